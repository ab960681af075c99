package dev.triangulate.eval;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.sax.HTMLDocument;
import dev.triangulate.ingest.Extractor;
import dev.triangulate.ingest.html.HtmlExtractor;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.RawDoc;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One main-text extractor under evaluation: page bytes and URL in, plain text out (empty when it
 * gives up). Every system gets the raw bytes and decodes them its own way, as in a real crawl.
 */
public interface PageExtractor {

    String name();

    String text(byte[] html, String url);

    /** Triangulate's {@link HtmlExtractor}. */
    static PageExtractor triangulate() {
        Extractor x = HtmlExtractor.standard();
        return new PageExtractor() {
            public String name() {
                return "triangulate";
            }

            public String text(byte[] html, String url) {
                return switch (x.extract(new RawDoc("page", url, "text/html", html))) {
                    case Extraction.Ok ok -> ok.article().text();
                    case Extraction.Skipped s -> "";
                };
            }
        };
    }

    /** readability4j 1.0.8 (a Kotlin port of Mozilla Readability) on a jsoup-decoded page. */
    static PageExtractor readability4j() {
        return new PageExtractor() {
            public String name() {
                return "readability4j";
            }

            public String text(byte[] html, String url) {
                try {
                    var doc = Jsoup.parse(new ByteArrayInputStream(html), null, url);
                    String text = new Readability4J(url, doc).parse().getTextContent();
                    return text == null ? "" : text;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RuntimeException e) {
                    return "";
                }
            }
        };
    }

    /** boilerpipe 1.2.2 ArticleExtractor. */
    static PageExtractor boilerpipe() {
        return new PageExtractor() {
            public String name() {
                return "boilerpipe";
            }

            public String text(byte[] html, String url) {
                try {
                    var input = new HTMLDocument(html, StandardCharsets.UTF_8).toInputSource();
                    String text = ArticleExtractor.INSTANCE.getText(input);
                    return text == null ? "" : text;
                } catch (Exception e) {
                    return "";
                }
            }
        };
    }
}
