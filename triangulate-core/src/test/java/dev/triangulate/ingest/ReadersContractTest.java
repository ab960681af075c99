package dev.triangulate.ingest;

import static dev.triangulate.ingest.Fixtures.BODY;
import static dev.triangulate.ingest.Fixtures.gzip;
import static dev.triangulate.ingest.Fixtures.page;
import static dev.triangulate.ingest.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.triangulate.model.Extraction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random and mutated feeds, archives, JSON Lines, pages and gzip files through
 * {@link Inputs}: never an exception, every extraction names its input, and the same bytes give the
 * same extractions.
 */
class ReadersContractTest {

    private static final int ROUNDS = 2_000;

    @Test
    void mutatedInputsNeverThrowAndAreDeterministic(@TempDir Path dir) throws IOException {
        Inputs inputs = Inputs.standard();
        Random random = new Random(20250304);
        List<Seed> seeds = seeds();
        for (int i = 0; i < ROUNDS; i++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            byte[] bytes = random.nextInt(10) == 0 ? noise(random) : mutate(seed.bytes(), random);
            Path f = dir.resolve("case" + i + "." + seed.extension());
            Files.write(f, bytes);
            List<Extraction> first = read(inputs, f);
            List<Extraction> second = read(inputs, f);
            assertEquals(describe(first), describe(second), "deterministic for " + f);
            assertFalse(first.isEmpty(), "every input is accounted for: " + f);
            for (Extraction x : first) {
                assertFalse(x.source().isBlank());
                if (x instanceof Extraction.Ok ok) {
                    assertFalse(ok.article().id().isBlank());
                }
            }
            Files.delete(f);
        }
    }

    private static List<Extraction> read(Inputs inputs, Path f) {
        List<Extraction> out = new ArrayList<>();
        inputs.read(f, out::add);
        return out;
    }

    private static List<String> describe(List<Extraction> xs) {
        return xs.stream().map(x -> switch (x) {
            case Extraction.Ok ok -> ok.article().toString();
            case Extraction.Skipped s -> s.toString();
        }).toList();
    }

    private record Seed(String extension, byte[] bytes) {
    }

    private static List<Seed> seeds() {
        String html = page("Breakwater opens late", BODY);
        String rss = """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>
                <item><title>One</title><link>https://gazette.example/1</link><description><![CDATA[%s]]></description></item>
                <item><title>Two</title><link>https://gazette.example/2</link><description>Teaser.</description></item>
                </channel></rss>""".formatted(html);
        String jsonl = "{\"id\":\"a\",\"title\":\"T\",\"maintext\":\"" + BODY.replace("\n", "\\n") + "\",\"date_publish\":\"2025-03-04\"}\n"
                + "{\"url\":\"https://x.example/b\",\"maintext\":\"Short text.\",\"authors\":[\"A B\"]}\n";
        String block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html;
        String warc = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Target-URI: https://gazette.example/a\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + utf8(block).length + "\r\n\r\n" + block + "\r\n\r\n";
        ByteArrayOutputStream gzWarc = new ByteArrayOutputStream();
        gzWarc.writeBytes(gzip(utf8(warc)));
        gzWarc.writeBytes(gzip(utf8(warc.replace("uuid:1", "uuid:2"))));
        return List.of(new Seed("html", utf8(html)), new Seed("rss", utf8(rss)), new Seed("jsonl", utf8(jsonl)),
                new Seed("warc", utf8(warc)), new Seed("warc.gz", gzWarc.toByteArray()),
                new Seed("html.gz", gzip(utf8(html))), new Seed("txt", utf8(BODY)), new Seed("bin", utf8(rss)));
    }

    private static byte[] mutate(byte[] in, Random r) {
        byte[] b = Arrays.copyOf(in, in.length);
        switch (r.nextInt(5)) {
            case 0 -> b = Arrays.copyOf(b, r.nextInt(b.length + 1));
            case 1 -> {
                for (int k = 0; k < 1 + r.nextInt(8); k++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
            }
            case 2 -> {
                int at = r.nextInt(b.length);
                byte[] out = new byte[b.length + 16];
                System.arraycopy(b, 0, out, 0, at);
                for (int k = 0; k < 16; k++) {
                    out[at + k] = (byte) "<>&;\"'\r\n{}[]#%\0x".charAt(r.nextInt(16));
                }
                System.arraycopy(b, at, out, at + 16, b.length - at);
                b = out;
            }
            case 3 -> {
                int from = r.nextInt(b.length);
                int to = Math.min(b.length, from + r.nextInt(200));
                byte[] out = new byte[b.length - (to - from)];
                System.arraycopy(b, 0, out, 0, from);
                System.arraycopy(b, to, out, from, b.length - to);
                b = out;
            }
            default -> {
                int at = r.nextInt(b.length);
                byte[] out = Arrays.copyOf(b, b.length * 2 - at);
                System.arraycopy(b, at, out, b.length, b.length - at);
                b = out;
            }
        }
        return b;
    }

    private static byte[] noise(Random r) {
        byte[] b = new byte[r.nextInt(600)];
        r.nextBytes(b);
        return b;
    }
}
