package dev.triangulate.ingest.html;

import dev.triangulate.ingest.Extractor;
import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.RawDoc;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Extracts the main text and metadata of a news page. The cascade: decode the bytes (byte-order
 * mark, declared charset, sniffing), parse with jsoup, read metadata from the untouched page, drop
 * non-content tags, find the body container by selector (or by text density when no selector finds
 * enough), strip furniture blocks inside it, and write one paragraph per line. When the container
 * yields too little, the whole cleaned page is scored instead.
 *
 * <pre>{@code
 * Extractor html = new HtmlExtractor(HtmlSettings.standard());
 * Extraction result = html.extract(new RawDoc("a1", "page.html", "text/html", bytes));
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it. Never throws for bad input; inputs that are
 * not HTML, or hold no text, come back as {@link Extraction.Skipped} with the reason.
 */
public final class HtmlExtractor implements Extractor {

    private static final Pattern MARKUP = Pattern.compile("(?is)<\\s*(!doctype\\s+html|html|head|body|meta|title|div|p|article)[\\s>/]");
    private static final int SNIFF_CHARS = 65_536;
    private final HtmlSettings settings;
    private final MetadataReader metadata;
    private final DomCleaner cleaner;
    private final ContentLocator locator;
    private final TextCollector collector;

    public HtmlExtractor(HtmlSettings settings) {
        this.settings = settings;
        this.metadata = new MetadataReader(settings.rules());
        this.cleaner = new DomCleaner(settings.rules());
        this.locator = new ContentLocator(settings.rules(), settings.minContainerChars());
        this.collector = new TextCollector(settings.rules());
    }

    /** An extractor with the shipped rules. */
    public static HtmlExtractor standard() {
        return new HtmlExtractor(HtmlSettings.standard());
    }

    @Override
    public Extraction extract(RawDoc doc) {
        try {
            return extractOrSkip(doc);
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug on one hostile page must not stop a batch: report it as a skip.
            return new Extraction.Skipped(doc.source(), "HTML extraction failed: " + e);
        }
    }

    private Extraction extractOrSkip(RawDoc raw) {
        byte[] bytes = raw.content();
        if (bytes.length == 0) {
            return new Extraction.Skipped(raw.source(), "empty document (0 bytes)");
        }
        if (bytes.length > settings.maxBytes()) {
            bytes = Arrays.copyOf(bytes, settings.maxBytes());
        }
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, raw.mediaType());
        String html = decoded.text();
        if (!MARKUP.matcher(html.substring(0, Math.min(html.length(), SNIFF_CHARS))).find()) {
            return new Extraction.Skipped(raw.source(), "not HTML: no html, head, body or paragraph tag in the first "
                    + SNIFF_CHARS / 1024 + " KiB (media type " + raw.mediaType() + ")");
        }
        Document page = Jsoup.parse(html, baseUri(raw.source()));
        PageMetadata meta = metadata.read(page, raw.source());
        String text = mainText(page);
        if (TextStats.visibleChars(text) < Math.max(1, settings.minTextChars())) {
            return new Extraction.Skipped(raw.source(), "no article text found in the HTML body");
        }
        return new Extraction.Ok(new Article(raw.id(), raw.source(), meta.title(), meta.outlet(), meta.url(),
                meta.authors(), meta.published(), meta.language(), text));
    }

    /**
     * The text of an HTML fragment (a feed item's content, say) as one paragraph per line, without
     * the page-level search for a body container: the fragment is the body. Never throws.
     */
    public String fragmentText(String html) {
        try {
            Element body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
            cleaner.removeTags(body);
            return collector.collect(java.util.List.of(body)).strip();
        } catch (RuntimeException | StackOverflowError e) {
            return Jsoup.parseBodyFragment(html == null ? "" : html).text();
        }
    }

    /** The body text: selector container first, density scoring when that yields too little. */
    String mainText(Document page) {
        Element body = page.body();
        Element headline = ContentLocator.headline(body);
        cleaner.removeTags(body);
        ContentLocator.Located found = locator.bySelectors(body, headline);
        if (!found.containers().isEmpty()) {
            found.containers().forEach(c -> cleaner.removeFurniture(c, headline, settings.minContainerChars()));
            String text = collector.collect(found.containers());
            if (TextStats.visibleChars(text) >= settings.minContainerChars()) {
                return text;
            }
        }
        cleaner.removeFurniture(body);
        return collector.collect(locator.byScore(body).containers());
    }

    private static String baseUri(String source) {
        return source.matches("(?i)^https?://.*") ? source : "";
    }
}
