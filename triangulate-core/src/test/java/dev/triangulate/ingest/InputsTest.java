package dev.triangulate.ingest;

import static dev.triangulate.ingest.Fixtures.BODY;
import static dev.triangulate.ingest.Fixtures.gzip;
import static dev.triangulate.ingest.Fixtures.page;
import static dev.triangulate.ingest.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    private static final Inputs INPUTS = Inputs.standard();

    @TempDir
    Path dir;

    private List<Extraction> read(String pathOrUrl) {
        List<Extraction> out = new ArrayList<>();
        INPUTS.read(pathOrUrl, out::add);
        return out;
    }

    private static Article article(Extraction x) {
        return assertInstanceOf(Extraction.Ok.class, x, () -> x.toString()).article();
    }

    @Test
    void readsEveryFormatInOneFolder() throws IOException {
        Files.writeString(dir.resolve("a-text.txt"), "Title: Breakwater delayed\n\n" + BODY);
        Files.writeString(dir.resolve("b-page.html"), page("Breakwater opens late", BODY));
        Files.write(dir.resolve("c-zipped.html.gz"), gzip(utf8(page("Harbour delay", BODY))));
        Files.writeString(dir.resolve("d-lines.jsonl"), "{\"id\":\"j1\",\"title\":\"Piles\",\"maintext\":\"" + BODY.replace("\n", "\\n") + "\"}\n");
        Files.writeString(dir.resolve("ignored.png"), "not read");
        List<String> ids = read(dir.toString()).stream().map(x -> article(x).id()).toList();
        assertEquals(List.of("a-text", "b-page", "c-zipped", "j1"), ids);
    }

    @Test
    void readsLoadedFolderFilesAsTheFolderWalkDoes() throws IOException {
        Files.writeString(dir.resolve("a-text.txt"), "Title: Breakwater delayed\n\n" + BODY);
        Files.write(dir.resolve("c-zipped.html.gz"), gzip(utf8(page("Harbour delay", BODY))));
        Files.writeString(dir.resolve("d-lines.jsonl"), "{\"id\":\"j1\",\"maintext\":\"" + BODY.replace("\n", "\\n") + "\"}\nnot json\n");
        Files.write(dir.resolve("e-broken.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 9, 9});
        Files.writeString(dir.resolve("ignored.png"), "not read");
        Files.writeString(dir.resolve(".hidden.txt"), BODY);
        List<Extraction> loaded = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                INPUTS.readFolderFile("s3://bucket/in/" + f.getFileName(), Files.readAllBytes(f), loaded::add);
            }
        }
        List<String> walked = read(dir.toString()).stream().map(InputsTest::describe).toList();
        assertEquals(walked, loaded.stream().map(InputsTest::describe).toList());
        assertEquals(5, walked.size(), walked.toString());
    }

    /** An extraction without the folder part of its source, which differs between the two reads. */
    private static String describe(Extraction x) {
        return switch (x) {
            case Extraction.Ok ok -> ok.article().id() + " " + ok.article().title() + " " + ok.article().text().length();
            case Extraction.Skipped s -> s.source().replaceAll(".*/", "") + ": " + s.reason();
        };
    }

    @Test
    void idDropsAllExtensionsOfAGzippedPage() throws IOException {
        Path f = dir.resolve("harbour-report.html.gz");
        Files.write(f, gzip(utf8(page("Harbour delay", BODY))));
        Article a = article(read(f.toString()).getFirst());
        assertEquals("harbour-report", a.id());
        assertEquals("Harbour Gazette", a.outlet());
        assertTrue(a.text().contains("softer than the survey"), a.text());
    }

    @Test
    void sniffsHtmlInAFileNamedDirectlyWithoutExtension() throws IOException {
        Path f = dir.resolve("download");
        Files.writeString(f, page("Breakwater opens late", BODY));
        Article a = article(read(f.toString()).getFirst());
        assertEquals("Breakwater opens late", a.title());
        assertTrue(!a.text().contains("<p>"), a.text());
    }

    @Test
    void truncatedGzipIsSkippedNamingTheFile() throws IOException {
        byte[] whole = gzip(utf8(page("Harbour delay", BODY)));
        Path f = dir.resolve("cut.html.gz");
        Files.write(f, Arrays.copyOf(whole, whole.length / 2));
        Extraction.Skipped s = assertInstanceOf(Extraction.Skipped.class, read(f.toString()).getFirst());
        assertEquals(f.toString(), s.source());
        assertTrue(s.reason().contains("truncated gzip"), s.reason());
    }

    @Test
    void hugePageIsSkippedAndTheRestGoesOn() throws IOException {
        Path big = dir.resolve("a-huge.html");
        String filler = "<p>" + "padding words ".repeat(70) + "</p>\n";
        try (var w = Files.newBufferedWriter(big)) {
            w.write("<html><body>");
            for (long n = 0; n < 50L * 1024 * 1024 / filler.length() + 1; n++) {
                w.write(filler);
            }
            w.write("</body></html>");
        }
        Files.writeString(dir.resolve("b-small.html"), page("Harbour delay", BODY));
        List<Extraction> got = read(dir.toString());
        Extraction.Skipped s = assertInstanceOf(Extraction.Skipped.class, got.get(0));
        assertTrue(s.source().endsWith("a-huge.html") && s.reason().contains("MiB limit"), s.toString());
        assertEquals("b-small", article(got.get(1)).id());
    }

    @Test
    void deeplyNestedHtmlDoesNotStopTheBatch() throws IOException {
        String deep = "<html><body>" + "<div>".repeat(200_000) + "<p>" + BODY + "</p>" + "</div>".repeat(200_000) + "</body></html>";
        Files.writeString(dir.resolve("a-deep.html"), deep);
        Files.writeString(dir.resolve("b-fine.txt"), BODY);
        List<Extraction> got = read(dir.toString());
        assertEquals(2, got.size());
        assertEquals("a-deep", got.get(0) instanceof Extraction.Ok ok ? ok.article().id() : "a-deep");
        assertTrue(got.get(0).source().endsWith("a-deep.html"));
        assertEquals("b-fine", article(got.get(1)).id());
    }

    @Test
    void urlWithoutFetchingIsSkippedWithTheReason() {
        Extraction.Skipped s = assertInstanceOf(Extraction.Skipped.class, read("https://news.example/story").getFirst());
        assertEquals("https://news.example/story", s.source());
        assertTrue(s.reason().contains("--fetch"), s.reason());
    }

    @Test
    void plainTextInputsStillReadUnknownFilesAsText() throws IOException {
        Path f = dir.resolve("notes.md");
        Files.writeString(f, BODY);
        List<Extraction> out = new ArrayList<>();
        Inputs.plainText().read(f, out::add);
        assertEquals("notes", article(out.getFirst()).id());
    }

    @Test
    void formatsAreSniffedFromFirstBytes() {
        assertEquals(Format.WARC, Format.sniff(utf8("WARC/1.1\r\nWARC-Type: warcinfo\r\n")));
        assertEquals(Format.FEED, Format.sniff(utf8("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>")));
        assertEquals(Format.FEED, Format.sniff(utf8("<feed xmlns=\"http://www.w3.org/2005/Atom\">")));
        assertEquals(Format.HTML, Format.sniff(utf8("\uFEFF  <!doctype html><html>")));
        assertEquals(Format.JSONL, Format.sniff(utf8("{\"title\": \"x\"}\n")));
        assertEquals(Format.TEXT, Format.sniff(utf8("A harbour opened late.")));
    }
}
