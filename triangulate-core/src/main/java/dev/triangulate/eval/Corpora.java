package dev.triangulate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Reads the shared evaluation sets (AEB and the WCXB dev article pages) from their folders. */
public final class Corpora {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpora() {
    }

    /** One AEB page: id, URL, gzip-decoded bytes, gold article body. */
    public record AebPage(String id, String url, byte[] html, String body) {
    }

    /** One WCXB page with its gold fields (empty when the gold has none). */
    public record WcxbPage(String id, String url, byte[] html, String body, String title, String author, String date) {
    }

    /** Where the shared data lives: the system property, else {@code ../../shared/data} from the module. */
    public static Path sharedData() {
        String p = System.getProperty("triangulate.shared.data");
        return Path.of(p != null && !p.isBlank() ? p : "../../shared/data");
    }

    public static List<AebPage> aeb(Path dir) throws IOException {
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        List<AebPage> out = new ArrayList<>();
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) truth::fields) {
            String id = e.getKey();
            out.add(new AebPage(id, e.getValue().path("url").asText(""),
                    gunzip(dir.resolve("html").resolve(id + ".html.gz")), e.getValue().path("articleBody").asText("")));
        }
        return out;
    }

    /** A peer's stored output: id → articleBody (the file wraps it in {@code output}). */
    public static Map<String, String> peerOutput(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode output = root.has("output") ? root.get("output") : root;
        Map<String, String> out = new TreeMap<>();
        output.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        return out;
    }

    public static List<WcxbPage> wcxb(Path dir) throws IOException {
        List<WcxbPage> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
            for (Path f : files.sorted().toList()) {
                String id = f.getFileName().toString().replace(".json", "");
                JsonNode j = JSON.readTree(f.toFile());
                JsonNode g = j.path("ground_truth");
                out.add(new WcxbPage(id, j.path("url").asText(""), gunzip(dir.resolve("html").resolve(id + ".html.gz")),
                        text(g, "main_content"), text(g, "title"), text(g, "author"), text(g, "publish_date")));
            }
        }
        return out;
    }

    private static String text(JsonNode g, String field) {
        JsonNode n = g.path(field);
        return n.isNull() || n.isMissingNode() ? "" : n.asText("");
    }

    static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
