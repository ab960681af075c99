package dev.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: outputs, exit statuses, and one clear line per unusable input. */
class MainTest {

    private static final String REPORT = """
            Title: Harbour crane collapses in storm
            Outlet: Test Gazette
            Published: 2025-03-04

            A harbour crane collapsed during a storm on Monday night, injuring two dock workers, the port \
            authority said. The 60-metre crane fell across a loading bay shortly before midnight. "We were \
            lucky the bay was nearly empty," said port director Anna Berg.
            """;

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private static synchronized Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.execute(args);
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void writesJsonBriefingToStandardOutput() throws IOException {
        Path report = write("crane.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        Result r = run("brief", "--format", "json", "-q", report.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("crane", json.at("/stories/0/articles/0/id").asText());
        assertEquals("Test Gazette", json.at("/stories/0/articles/0/outlet").asText());
    }

    @Test
    void reportsEachUnusableInputInOneLineAndGoesOn() throws IOException {
        Path good = write("crane.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        Path empty = write("empty.txt", new byte[0]);
        Path binary = write("binary.txt", new byte[] {'a', 0, 'b', 0, 1, 2});
        Path latin1 = write("latin1.txt", ("Caf\u00e9 " + "word ".repeat(30)).getBytes(StandardCharsets.ISO_8859_1));
        Path missing = dir.resolve("missing.txt");
        Result r = run("brief", "--format", "json", "-q", good.toString(), empty.toString(), binary.toString(),
                latin1.toString(), missing.toString());
        assertEquals(Main.SKIPPED, r.status(), r.err());
        assertTrue(r.err().contains("skipped " + empty + ": empty file"), r.err());
        assertTrue(r.err().contains("skipped " + binary + ": binary file"), r.err());
        assertTrue(r.err().contains("skipped " + latin1 + ": not UTF-8"), r.err());
        assertTrue(r.err().contains("skipped " + missing + ": no such file"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.out().contains("\"stories\""), "the usable report is still briefed");
    }

    @Test
    void extractingAnArchiveWithNonHtmlRecordsTellsTheCountAndSucceeds() throws IOException {
        String page = "<html><head><title>Crane falls in storm</title></head><body><article><h1>Crane falls in storm</h1><p>"
                + REPORT.replace("\n", " ") + "</p></article></body></html>";
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + page.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + page;
        String request = "GET /crane HTTP/1.1\r\nHost: port.example\r\n\r\n";
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.writeBytes(warcRecord("request", "application/http; msgtype=request", request));
        warc.writeBytes(warcRecord("response", "application/http; msgtype=response", http));
        warc.writeBytes(warcRecord("metadata", "application/warc-fields", "via: test\r\n"));
        Path archive = write("crawl.warc", warc.toByteArray());
        Result r = run("extract", "--format", "json", archive.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("note: " + archive + ": 2 records without an HTML page passed over"), r.err());
        assertFalse(r.err().contains("skipped"), r.err());
        assertTrue(r.out().contains("\"title\":\"Crane falls in storm\""), r.out());
    }

    private static byte[] warcRecord(String type, String contentType, String block) {
        byte[] body = block.getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID()
                + ">\r\nWARC-Date: 2025-03-04T09:00:00Z\r\nWARC-Target-URI: https://port.example/crane\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void failsWithOneLineWhenNothingIsUsable() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Result r = run("brief", "-q", empty.toString());
        assertEquals(Main.FAILED, r.status());
        assertTrue(r.err().contains("no usable reports"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void reportsAnUnwritableOutputWithoutAStackTrace() throws IOException {
        Path good = write("crane.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        Result r = run("brief", "-q", "-o", dir.resolve("no/such/folder/b.html").toString(), good.toString());
        assertEquals(Main.FAILED, r.status());
        assertTrue(r.err().contains("cannot write"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void choosesTheFormatFromTheOutputExtension() throws IOException {
        Path good = write("crane.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        Path html = dir.resolve("b.html");
        assertEquals(0, run("brief", "-q", "-o", html.toString(), good.toString()).status());
        String page = Files.readString(html);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(html)));
        assertTrue(page.startsWith("<!DOCTYPE html>") || page.startsWith("<!doctype html>"), page.substring(0, 40));
    }

    @Test
    void printsFactsAsJsonLinesWithExactText() throws IOException {
        Path good = write("crane.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        Result r = run("facts", "--format", "json", good.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode line = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
        String body = REPORT.substring(REPORT.indexOf("\n\n") + 2).strip();
        for (JsonNode f : line.get("facts")) {
            assertEquals(body.substring(f.get("start").asInt(), f.get("end").asInt()), f.get("text").asText());
        }
        assertTrue(line.get("facts").size() > 3, r.out());
    }

    @Test
    void extractsArticlesAndClustersThem() throws IOException {
        Path good = write("crane.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        Result x = run("extract", "--format", "json", good.toString());
        assertEquals("2025-03-04", new ObjectMapper().readTree(x.out()).get("published").asText());
        Result c = run("cluster", "--format", "json", good.toString());
        assertEquals("crane", new ObjectMapper().readTree(c.out()).at("/stories/0/articles/0").asText());
    }

    @Test
    void rejectsAnUnknownFormatAsAUsageMistake() {
        assertEquals(2, run("brief", "--format", "pdf", "x.txt").status());
        assertEquals(Main.FAILED, run("facts", "--format", "xml", "x.txt").status());
    }

    @Test
    void rejectsANonPositiveStoryBenchSizeInOneLine() {
        Result r = run("bench", "--stories", "1000,0");

        assertEquals(Main.FAILED, r.status());
        assertTrue(r.err().strip().lines().count() == 1 && r.err().contains("--stories"), r.err());
    }
}
