package dev.triangulate.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.ingest.DocumentReader;
import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.Published;
import dev.triangulate.model.RawDoc;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads JSON Lines of articles with news-please field names: {@code title}, {@code maintext},
 * {@code date_publish}, {@code authors}, {@code source_domain}, {@code url}, {@code language}, and an
 * optional {@code id} (else the id comes from the URL's last path segment, else "file-line").
 * Our own {@code extract} output ({@code text}, {@code published}, {@code outlet}) is read too, so
 * a file written by {@code triangulate extract} can be read back.
 *
 * <p>A bad line is reported as "file:line: reason" and the rest goes on; blank lines are ignored.
 * Immutable and thread-safe.
 */
public final class JsonLinesReader implements DocumentReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void read(RawDoc doc, Consumer<Extraction> sink) {
        String content = new String(doc.content(), StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String[] lines = content.split("\r?\n", -1);
        Set<String> ids = new LinkedHashSet<>();
        int read = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                read++;
                sink.accept(line(doc, lines[i], i + 1, ids));
            }
        }
        if (read == 0) {
            sink.accept(new Extraction.Skipped(doc.source(), "empty JSON Lines file"));
        }
    }

    private static Extraction line(RawDoc doc, String line, int number, Set<String> ids) {
        String source = doc.source() + ":" + number;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new Extraction.Skipped(source, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new Extraction.Skipped(source, "not a JSON object");
        }
        String text = field(node, "maintext", "text");
        if (text.isBlank()) {
            return new Extraction.Skipped(source, "no 'maintext' (article text)");
        }
        Published published;
        try {
            published = published(node);
        } catch (DateTimeParseException e) {
            return new Extraction.Skipped(source, "'date_publish' is not a date: " + field(node, "date_publish", "published"));
        }
        String url = field(node, "url");
        String id = unique(id(node, url, doc.id(), number), ids);
        return new Extraction.Ok(new Article(id, source, field(node, "title"), field(node, "source_domain", "outlet"), url,
                authors(node), published, field(node, "language"), text.replace("\r\n", "\n")));
    }

    private static String id(JsonNode node, String url, String fileId, int number) {
        String id = field(node, "id");
        if (!id.isBlank()) {
            return id.strip();
        }
        try {
            String path = URI.create(url.strip()).getPath();
            String last = path == null ? "" : path.replaceAll("/+$", "");
            last = last.substring(last.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
            if (!last.isBlank()) {
                return last;
            }
        } catch (IllegalArgumentException e) {
            // Not a URL: number the line instead.
        }
        return fileId + "-" + number;
    }

    private static Published published(JsonNode node) {
        String date = field(node, "date_publish", "published").strip();
        if (date.isEmpty()) {
            return Published.UNKNOWN;
        }
        return Published.given(LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date), "field 'date_publish'");
    }

    private static List<String> authors(JsonNode node) {
        List<String> out = new ArrayList<>();
        JsonNode a = node.path("authors");
        if (a.isArray()) {
            a.forEach(n -> {
                if (n.isTextual() && !n.asText().isBlank()) {
                    out.add(n.asText().strip());
                }
            });
        } else if (a.isTextual() && !a.asText().isBlank()) {
            out.add(a.asText().strip());
        }
        return out;
    }

    /** The first of the named fields that holds text (numbers are written as text), else "". */
    private static String field(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && (v.isTextual() || v.isNumber())) {
                return v.asText();
            }
        }
        return "";
    }

    private static String unique(String id, Set<String> ids) {
        String out = id;
        for (int k = 2; !ids.add(out); k++) {
            out = id + "-" + k;
        }
        return out;
    }
}
