package dev.triangulate.ingest.html;

import dev.triangulate.model.Extraction;
import dev.triangulate.model.RawDoc;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Random and mutated pages: never an exception, never a blank line in the text, same output twice. */
class HtmlExtractorContractTest {

    private static final String[] PIECES = {
        "<html>", "<body>", "<p>", "</p>", "<div class=\"article-body\">", "</div>", "<article>", "</article>",
        "<script>var x = '<p>';</script>", "<h1>Title</h1>", "<a href='/x'>link</a>", "<!-- c -->", "<br>",
        "<meta charset=\"utf-8\">", "<time datetime=\"2020-02-30\">", "<ul><li>item", "</li></ul>", "<pre>a\nb</pre>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"name\":",
        "\"}]}</script>", "&amp;", "&#0;", "\u0000", "\uFFFD", "é", "—", "Words of a sentence, with commas. ",
        "<form>", "</form>", "<header>", "<table><tr><td>cell", "<<<", ">>>", "<p class=share>", "<title>T | S</title>"
    };

    @Test
    void neverThrowsAndIsDeterministicOnRandomAndMutatedInput() {
        HtmlExtractor html = HtmlExtractor.standard();
        Random random = new Random(20240305);
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = i % 3 == 0 ? randomBytes(random) : mutate(randomPage(random), random);
            RawDoc doc = new RawDoc("r" + i, "r" + i + ".html", i % 5 == 0 ? "text/html; charset=bogus" : "text/html", bytes);
            Extraction first = html.extract(doc);
            assertNotNull(first);
            assertEquals(first, html.extract(doc), "not deterministic on input " + i);
            if (first instanceof Extraction.Ok ok) {
                String text = ok.article().text();
                assertFalse(text.contains("\n\n") || text.startsWith("\n") || text.endsWith("\n"), "blank line in " + i);
            } else {
                assertFalse(((Extraction.Skipped) first).reason().isBlank());
            }
        }
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(400)];
        random.nextBytes(b);
        return b;
    }

    private static byte[] randomPage(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(60);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString().getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16LE);
    }

    private static byte[] mutate(byte[] page, Random random) {
        byte[] b = page.clone();
        for (int k = 0; k < b.length / 20; k++) {
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return b;
    }
}
