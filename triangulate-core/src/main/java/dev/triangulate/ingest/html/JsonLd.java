package dev.triangulate.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">} blocks,
 * flattened out of arrays and {@code @graph} lists, with the article-like ones first. Broken JSON is
 * skipped: pages get it wrong often. Immutable and thread-safe.
 */
final class JsonLd {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.IGNORE_UNDEFINED)
            .build();
    private static final int MAX_NODES = 10_000;

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = List.copyOf(objects);
    }

    static JsonLd of(Document doc) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> others = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            for (JsonNode o : flatten(read(script.data()))) {
                (isArticle(o) ? articles : others).add(o);
            }
        }
        articles.addAll(others);
        return new JsonLd(articles);
    }

    /** All objects, article-like first. */
    List<JsonNode> objects() {
        return objects;
    }

    /** The first article-like object's field {@code name}, as text ({@code name} of an object). */
    String articleText(String name) {
        for (JsonNode o : objects) {
            if (isArticle(o) && o.hasNonNull(name)) {
                return textOf(o.get(name));
            }
        }
        return "";
    }

    /** Field {@code name} of the first object that has it, article-like objects first; else empty. */
    String anyText(String name) {
        for (JsonNode o : objects) {
            String text = o.hasNonNull(name) ? textOf(o.get(name)) : "";
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    static String textOf(JsonNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        if (n.isArray()) {
            return n.isEmpty() ? "" : textOf(n.get(0));
        }
        if (n.isObject()) {
            return n.has("name") ? textOf(n.get("name")) : n.has("@value") ? textOf(n.get("@value")) : "";
        }
        return n.asText("").strip();
    }

    static boolean isArticle(JsonNode o) {
        String types = o.path("@type").toString().toLowerCase(Locale.ROOT);
        return types.contains("article") || types.contains("posting") || types.contains("report");
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json.strip());
        } catch (Exception e) {
            // A broken block is common and never fatal: the page's other metadata still counts.
            return null;
        }
    }

    private static List<JsonNode> flatten(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        if (root != null) {
            todo.add(root);
        }
        while (!todo.isEmpty() && out.size() < MAX_NODES) {
            JsonNode n = todo.poll();
            if (n.isArray()) {
                n.forEach(todo::add);
            } else if (n.isObject()) {
                out.add(n);
                if (n.has("@graph")) {
                    todo.add(n.get("@graph"));
                }
                if (n.has("mainEntity")) {
                    todo.add(n.get("mainEntity"));
                }
            }
        }
        return out;
    }
}
