package dev.triangulate.ingest.warc;

import static dev.triangulate.ingest.Fixtures.BODY;
import static dev.triangulate.ingest.Fixtures.gzip;
import static dev.triangulate.ingest.Fixtures.page;
import static dev.triangulate.ingest.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.ingest.Inputs;
import dev.triangulate.ingest.ExtractionSink;
import dev.triangulate.ingest.html.HtmlExtractor;
import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.RawDoc;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArchiveReaderTest {

    private static final WarcArchiveReader READER = new WarcArchiveReader(HtmlExtractor.standard(), 1 << 20);

    @TempDir
    Path dir;

    static byte[] record(String type, String id, String target, String contentType, String block) {
        byte[] body = utf8(block);
        String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\n"
                + "WARC-Date: 2025-03-04T09:00:00Z\r\n"
                + (target == null ? "" : "WARC-Target-URI: " + target + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(head));
        out.writeBytes(body);
        out.writeBytes(utf8("\r\n\r\n"));
        return out.toByteArray();
    }

    static byte[] response(String id, String target, String mediaType, String payload) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + mediaType + "\r\nContent-Length: " + utf8(payload).length + "\r\n\r\n" + payload;
        return record("response", id, target, "application/http; msgtype=response", http);
    }

    static byte[] request(String id, String target) {
        return record("request", id, target, "application/http; msgtype=request", "GET / HTTP/1.1\r\nHost: gazette.example\r\n\r\n");
    }

    /** A record whose header block is not WARC fields at all. */
    static byte[] corrupt() {
        return utf8("WARC/1.1\r\nthis line is no header field\r\n\u0000\u0001garbage\r\n\r\n");
    }

    private List<Extraction> read(Path file) {
        List<Extraction> out = new ArrayList<>();
        READER.read(file, out::add);
        return out;
    }

    private Path write(String name, byte[]... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            out.writeBytes(name.endsWith(".gz") ? gzip(r) : r);
        }
        Path f = dir.resolve(name);
        Files.write(f, out.toByteArray());
        return f;
    }

    @Test
    void htmlResponsesBecomeArticlesAndOtherRecordsAreCountedOnce() throws IOException {
        Path f = write("crawl.warc.gz",
                request("r-1", "https://gazette.example/news/breakwater.html"),
                response("a-1", "https://gazette.example/news/breakwater.html", "text/html; charset=utf-8", page("Breakwater opens late", BODY)),
                response("a-2", "https://gazette.example/logo.png", "image/png", "PNGDATA"),
                record("metadata", "m-1", "https://gazette.example/", "application/warc-fields", "outlinks: none\r\n"));
        List<Extraction> got = read(f);
        assertEquals(2, got.size(), got::toString);
        Article a = assertInstanceOf(Extraction.Ok.class, got.get(0)).article();
        assertEquals("breakwater", a.id());
        assertEquals("https://gazette.example/news/breakwater.html", a.url());
        assertEquals(f + "#urn:uuid:a-1", a.source());
        assertEquals("Breakwater opens late", a.title());
        Extraction.Skipped summary = assertInstanceOf(Extraction.Skipped.class, got.get(1));
        assertTrue(summary.reason().startsWith("3 records without an HTML page passed over"), summary.reason());
    }

    @Test
    void recordsWithoutAPageAreANoticeNotASkipWhenTheSinkHearsNotices() throws IOException {
        Path f = write("crawl.warc",
                request("r-1", "https://gazette.example/news/breakwater.html"),
                response("a-1", "https://gazette.example/news/breakwater.html", "text/html", page("Breakwater opens late", BODY)));
        List<Extraction> got = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        READER.read(f, ExtractionSink.of(got::add, (source, message) -> notices.add(source + ": " + message)));
        assertEquals(1, got.size(), got::toString);
        assertInstanceOf(Extraction.Ok.class, got.get(0));
        assertEquals(List.of(f + ": 1 record without an HTML page passed over (1 request)"), notices);
    }

    @Test
    void corruptRecordIsReportedWithItsOffsetAndTheRestIsRead() throws IOException {
        for (String name : List.of("bad.warc", "bad.warc.gz")) {
            byte[] first = response("a-1", "https://gazette.example/news/one", "text/html", page("First report", BODY));
            long offset = name.endsWith(".gz") ? gzip(first).length : first.length;
            Path f = write(name, first,
                    corrupt(),
                    response("a-3", "https://gazette.example/news/three", "text/html", page("Third report", BODY)));
            List<Extraction> got = read(f);
            List<String> ids = got.stream().filter(x -> x instanceof Extraction.Ok)
                    .map(x -> ((Extraction.Ok) x).article().id()).toList();
            assertEquals(List.of("one", "three"), ids, name + ": " + got);
            Extraction.Skipped bad = got.stream().filter(x -> x instanceof Extraction.Skipped).map(x -> (Extraction.Skipped) x)
                    .findFirst().orElseThrow();
            assertTrue(bad.source().startsWith(f + "#offset-") && bad.reason().startsWith("corrupt WARC record at offset"), bad.toString());
            assertEquals(f + "#offset-" + offset, bad.source());
        }
    }

    @Test
    void readsAnArchiveHeldInMemory() {
        byte[] warc = response("a-1", "https://gazette.example/", "text/html", page("Front page", BODY));
        List<Extraction> out = new ArrayList<>();
        READER.read(new RawDoc("x", "https://archive.example/x.warc", "application/warc", warc), out::add);
        assertEquals("gazette.example", assertInstanceOf(Extraction.Ok.class, out.getFirst()).article().id());
    }

    @Test
    void inputsStreamWarcFilesByExtension() throws IOException {
        write("one.warc", response("a-1", "https://gazette.example/news/harbour", "text/html", page("Harbour", BODY)));
        List<Extraction> out = new ArrayList<>();
        Inputs.standard().read(dir.toString(), out::add);
        assertEquals("harbour", assertInstanceOf(Extraction.Ok.class, out.getFirst()).article().id());
    }
}
