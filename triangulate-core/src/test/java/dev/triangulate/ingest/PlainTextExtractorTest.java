package dev.triangulate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.RawDoc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain-text articles: the header block, the headline guess, and every reason to skip. */
class PlainTextExtractorTest {

    private static final String BODY = """
            Engineers closed the old stone bridge over the river on Tuesday after finding a deep crack in one \
            of its arches, and traffic will use the northern bypass for at least three weeks.""";

    private final PlainTextExtractor extractor = new PlainTextExtractor();

    private static RawDoc raw(String text) {
        return raw(text.getBytes(StandardCharsets.UTF_8));
    }

    private static RawDoc raw(byte[] bytes) {
        return new RawDoc("bridge", "in/bridge.txt", "text/plain", bytes);
    }

    private Article ok(RawDoc doc) {
        Extraction x = extractor.extract(doc);
        assertTrue(x instanceof Extraction.Ok, () -> "expected an article: " + x);
        return ((Extraction.Ok) x).article();
    }

    private String skipped(RawDoc doc) {
        Extraction x = extractor.extract(doc);
        assertTrue(x instanceof Extraction.Skipped, () -> "expected a skip: " + x);
        assertEquals("in/bridge.txt", x.source());
        return ((Extraction.Skipped) x).reason();
    }

    @Test
    void readsTheHeaderBlockAndKeepsOnlyTheBodyAsText() {
        Article a = ok(raw("""
                Title: Stone bridge closed after crack found
                Outlet: Riverside Gazette
                Published: 2025-03-11
                Authors: Ada Moss and Ben Carver
                URL: https://example.org/bridge
                Language: en

                """ + BODY + "\n"));
        assertEquals("Stone bridge closed after crack found", a.title());
        assertEquals("Riverside Gazette", a.outlet());
        assertEquals(LocalDate.of(2025, 3, 11), a.published().date());
        assertFalse(a.published().inferred());
        assertEquals(List.of("Ada Moss", "Ben Carver"), a.authors());
        assertEquals("https://example.org/bridge", a.url());
        assertEquals("en", a.language());
        assertEquals(BODY, a.text());
        assertEquals("bridge", a.id());
    }

    @Test
    void headerKeysIgnoreCaseAndTakeAnIsoDateTime() {
        Article a = ok(raw("headline: Bridge shut\nSITE: Gazette\ndate: 2025-03-11T08:15:00Z\n\n" + BODY));
        assertEquals("Bridge shut", a.title());
        assertEquals("Gazette", a.outlet());
        assertEquals(LocalDate.of(2025, 3, 11), a.published().date());
    }

    @Test
    void headerLikeBodyIsNotParsed() {
        String text = "Riverton: engineers have closed the bridge.\n\n" + BODY;
        Article a = ok(raw(text));
        assertEquals(text, a.text());
        assertEquals("", a.outlet());
        assertFalse(a.published().known());
    }

    @Test
    void aHeaderBlockWithOneUnknownKeyIsBody() {
        String text = "Title: Bridge shut\nWeather: rain\n\n" + BODY;
        Article a = ok(raw(text));
        assertEquals(text, a.text());
    }

    @Test
    void skipsNonUtf8WithTheReason() {
        byte[] latin1 = ("Caf\u00e9 owners near the bridge said " + BODY).getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("not UTF-8 text (byte 0xe9 at offset 3)", skipped(raw(latin1)));
    }

    @Test
    void takesTheFirstPublishedLineWhenTheHeaderRepeatsIt() {
        var ok = (dev.triangulate.model.Extraction.Ok) new PlainTextExtractor().extract(
                raw("Published: 2024-05-01\nPublished: 2024-05-02\n\n" + BODY));
        assertEquals(java.time.LocalDate.of(2024, 5, 1), ok.article().published().date());
    }

    @Test
    void skipsBinaryWithTheReason() {
        byte[] bytes = (BODY + "\0\0\0").getBytes(StandardCharsets.UTF_8);
        assertEquals("binary file (contains NUL bytes), not text", skipped(raw(bytes)));
    }

    @Test
    void skipsEmptyAndBlankFiles() {
        assertEquals("empty file", skipped(raw(new byte[0])));
        assertEquals("empty file", skipped(raw(" \n\t\n ")));
        assertEquals("empty file", skipped(raw("Title: Nothing here\nOutlet: Gazette\n\n\n")));
    }

    @Test
    void skipsTooShortBodiesSayingHowShort() {
        assertEquals("too short for an article: 5 words", skipped(raw("Title: Short\n\nThe bridge is closed today.")));
    }

    @Test
    void skipsABadPublishedHeaderNamingIt() {
        String reason = skipped(raw("Published: last Tuesday\n\n" + BODY));
        assertTrue(reason.contains("last Tuesday") && reason.contains("YYYY-MM-DD"), reason);
    }

    @Test
    void infersTheHeadlineFromAShortFirstLineAndKeepsItInTheBody() {
        String text = "Stone bridge closed after crack found\n" + BODY;
        Article a = ok(raw(text));
        assertEquals("Stone bridge closed after crack found", a.title());
        assertEquals(text, a.text());
    }

    @Test
    void takesTheOutletFromAMastheadLineUnderTheHeadline() {
        var ok = (dev.triangulate.model.Extraction.Ok) new PlainTextExtractor().extract(
                raw("Council Approves New Ferry Terminal\nLakeside Media Group\n" + BODY));
        assertEquals("Lakeside Media Group", ok.article().outlet());
        var byline = (dev.triangulate.model.Extraction.Ok) new PlainTextExtractor().extract(
                raw("Council Approves New Ferry Terminal\nBy Jane Holt\n" + BODY));
        assertEquals("", byline.article().outlet());
    }

    @Test
    void aFirstLineEndingLikeASentenceIsNoHeadline() {
        assertEquals("", ok(raw("The bridge over the river is closed.\n" + BODY)).title());
        assertEquals("", ok(raw("Closed\n" + BODY)).title(), "too short for a headline");
        assertEquals("", ok(raw(BODY)).title(), "a single line");
    }

    @Test
    void dropsAByteOrderMarkAndNormalisesLineEnds() {
        Article a = ok(raw("\uFEFFTitle: Bridge shut\r\nOutlet: Gazette\r\n\r\nFirst paragraph of the report.\r\n" + BODY));
        assertEquals("Bridge shut", a.title());
        assertEquals("First paragraph of the report.\n" + BODY, a.text());
    }

    @Test
    void inputsReportAMissingPathAndReadFoldersInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b-report.txt"), BODY);
        Files.writeString(dir.resolve("a-report.txt"), BODY);
        Files.writeString(dir.resolve(".hidden.txt"), BODY);
        List<Extraction> read = Inputs.plainText().read(List.of(dir, dir.resolve("missing.txt")));
        assertEquals(3, read.size(), read::toString);
        assertEquals("a-report", ((Extraction.Ok) read.get(0)).article().id());
        assertEquals("b-report", ((Extraction.Ok) read.get(1)).article().id());
        assertEquals("no such file or folder", ((Extraction.Skipped) read.get(2)).reason());
    }
}
