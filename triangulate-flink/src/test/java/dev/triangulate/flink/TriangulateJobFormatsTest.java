package dev.triangulate.flink;

import static dev.triangulate.flink.TriangulateJobTest.findings;
import static dev.triangulate.flink.TriangulateJobTest.findingsOf;
import static dev.triangulate.flink.TriangulateJobTest.lines;
import static dev.triangulate.flink.TriangulateJobTest.membership;
import static dev.triangulate.flink.TriangulateJobTest.membershipOf;
import static dev.triangulate.flink.TriangulateJobTest.skipped;
import static dev.triangulate.flink.TriangulateJobTest.skippedOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Run;
import dev.triangulate.pipeline.Triangulate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job reads every format the local runner reads, through the local runner's readers: on a folder
 * mixing plain text, an HTML page, JSON Lines and a WARC archive (and broken files) it gives the same
 * article ids, stories, findings and skipped inputs as the local runner, at parallelism 2.
 */
class TriangulateJobFormatsTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void readsTextHtmlJsonLinesAndWarcAsTheLocalRunnerDoes(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("report.txt"), TriangulateJobTest.EAST);
        Files.writeString(input.resolve("quay.html"), page("Ferry passengers taken off at Gull Point", TriangulateJobTest.WEST));
        Files.writeString(input.resolve("wire.jsonl"), jsonLine("report", "Ferry aground off Gull Point", FERRY_WIRE)
                + "\n" + jsonLine("", "Rail bridge shut for repairs", BRIDGE) + "\n");
        Files.write(input.resolve("crawl.warc"), warc());

        Run local = assertSameAsLocalRunner(input, dir.resolve("out"));

        Set<String> ids = new TreeSet<>(local.coverages().stream().map(c -> c.id()).toList());
        // The JSON Lines article named "report" meets report.txt: the local runner's suffix, in both runners.
        assertEquals(Set.of("report", "report~2", "quay", "wire-2", "ferry-refit"), ids);
    }

    @Test
    void reportsBrokenFilesAndReadsTheRest(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("report.txt"), TriangulateJobTest.EAST);
        Files.writeString(input.resolve("quay.html"), page("Ferry passengers taken off at Gull Point", TriangulateJobTest.WEST));
        // gzip magic followed by rubbish, and an archive that is no archive.
        Files.write(input.resolve("broken.jsonl.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5});
        Files.writeString(input.resolve("broken.warc"), "this is not a web archive\r\n\r\n");
        Files.writeString(input.resolve("lines.jsonl"), "{not json\n" + jsonLine("", "Rail bridge shut for repairs", BRIDGE) + "\n");

        Run local = assertSameAsLocalRunner(input, dir.resolve("out"));

        Set<String> skippedNames = new TreeSet<>(skippedOf(lines(dir.resolve("out/skipped"))).stream()
                .map(s -> s.replaceFirst("[:#].*", "")).toList());
        assertTrue(skippedNames.containsAll(Set.of("broken.jsonl.gz", "broken.warc", "lines.jsonl")), skippedNames.toString());
        assertEquals(3, local.coverages().size());
    }

    private static Run assertSameAsLocalRunner(Path input, Path out) throws Exception {
        JobSettings settings = new JobSettings(input.toString(), out.toString(), 2, 1_000, "en");
        TriangulateJob.run(TriangulateJob.environment(settings), settings);
        Run local = Triangulate.english().brief(List.of(input), Progress.SILENT);

        assertTrue(local.stories().size() >= 2, "a ferry story and a bridge story expected: " + membership(local.stories()));
        assertEquals(membership(local.stories()), membershipOf(lines(out.resolve("stories"))));
        assertEquals(findings(local.briefings()), findingsOf(lines(out.resolve("briefings"))));
        assertEquals(skipped(local), skippedOf(lines(out.resolve("skipped"))));
        return local;
    }

    static final String FERRY_WIRE = """
            Gull Point, May 2, 2024 - Coast guard crews on Thursday freed a passenger ferry that had run aground \
            near Gull Point with 212 people on board. Captain Ines Varga of the coast guard said nobody was hurt \
            and that the hull held. Blue Strait Lines said the vessel would be inspected by divers before it \
            returned to service.""";

    static final String FERRY_REFIT = """
            Harbour Town, May 3, 2024 - The ferry that ran aground off Gull Point on Thursday will be out of service \
            for at least two weeks, Blue Strait Lines said on Friday. Divers found a cracked rudder, and the operator \
            said all 212 passengers would be refunded in full. Coast guard captain Ines Varga said an inquiry into \
            the grounding had begun.""";

    static final String BRIDGE = """
            Millbrook, June 9, 2024 - The rail bridge over the Tarn river at Millbrook will close for eleven days \
            from Monday while engineers replace corroded steel bearings, the regional railway said. Trains between \
            Millbrook and Easton will be replaced by buses, adding about forty minutes to the journey. The railway \
            said the repairs would cost 3.2 million euros.""";

    private static String page(String title, String body) {
        StringBuilder paragraphs = new StringBuilder();
        for (String p : body.strip().split("\n")) {
            paragraphs.append("<p>").append(p).append("</p>\n");
        }
        return """
                <!DOCTYPE html><html lang="en"><head><title>%s</title>
                <meta property="og:site_name" content="Strait Observer"></head>
                <body><nav><a href="/">Home</a></nav><article><h1>%s</h1>
                %s</article><footer>Strait Observer</footer></body></html>
                """.formatted(title, title, paragraphs);
    }

    private static String jsonLine(String id, String title, String text) {
        var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        if (!id.isEmpty()) {
            node.put("id", id);
        }
        node.put("title", title);
        node.put("source_domain", "wire.example");
        node.put("maintext", text);
        return node.toString();
    }

    /** An archive of a request, the HTML response it got, and a metadata record. */
    private static byte[] warc() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String target = "https://observer.example/news/ferry-refit.html";
        out.writeBytes(record("request", "1", target, "application/http; msgtype=request",
                "GET /news/ferry-refit.html HTTP/1.1\r\nHost: observer.example\r\n\r\n"));
        String html = page("Grounded ferry out for two weeks", FERRY_REFIT);
        out.writeBytes(record("response", "2", target, "application/http; msgtype=response",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                        + html.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + html));
        out.writeBytes(record("metadata", "3", target, "application/warc-fields", "fetchTimeMs: 120\r\n"));
        return out.toByteArray();
    }

    private static byte[] record(String type, String id, String target, String contentType, String block) {
        byte[] body = block.getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000" + id + ">\r\n"
                + "WARC-Date: 2024-05-03T10:00:00Z\r\nWARC-Target-URI: " + target + "\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
