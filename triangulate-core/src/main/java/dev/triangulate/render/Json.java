package dev.triangulate.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.model.Evidence;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON building blocks shared by {@link JsonRenderer}, {@link FactsJson} and {@link ArticleJson}:
 * node factories that keep insertion order (so key order is deterministic), number and date
 * spellings, and the two writers (pretty documents, one-line records). Stateless; thread-safe.
 */
final class Json {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final JsonMapper MAPPER = JsonMapper.builder().nodeFactory(NODES).build();
    private static final ObjectWriter LINE = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Two-space indentation, {@code "key": value}, {@code []} for empty arrays, {@code \n} line ends on every platform. */
    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return printer;
    }

    /** The node as an indented document, ending with a line break. */
    static String pretty(JsonNode node) {
        return write(PRETTY, node) + "\n";
    }

    /** The node on one line (string values escape their line breaks), without a line break. */
    static String line(JsonNode node) {
        return write(LINE, node);
    }

    private static String write(ObjectWriter writer, JsonNode node) {
        try {
            return writer.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serialises; failing here is a bug, not an input problem.
            throw new UncheckedIOException("cannot serialise JSON tree", e);
        }
    }

    /**
     * A number as JSON: integral values without a fraction ({@code 300}, not {@code 300.0}).
     * JSON has no NaN or infinity, and a non-finite measurement is an upstream bug, so it is refused.
     */
    static JsonNode number(double v, String what) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("non-finite number in " + what + ": " + v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return NODES.numberNode((long) v);
        }
        return NODES.numberNode(v);
    }

    static JsonNode numberOrNull(Double v, String what) {
        return v == null ? NullNode.getInstance() : number(v, what);
    }

    /** ISO-8601 day, or JSON null. */
    static JsonNode date(LocalDate day) {
        return day == null ? NullNode.getInstance() : NODES.textNode(day.toString());
    }

    static JsonNode textOrNull(String s) {
        return s == null ? NullNode.getInstance() : NODES.textNode(s);
    }

    /** An array with one node per item, in order. */
    static <T> ArrayNode array(List<T> items, java.util.function.Function<T, ? extends JsonNode> node) {
        ArrayNode array = array();
        for (T item : items) {
            array.add(node.apply(item));
        }
        return array;
    }

    static ArrayNode strings(List<String> values) {
        return array(values, NODES::textNode);
    }

    /** A cited passage: article, start, end, text (exactly the characters at the span), value, hedge. */
    static ObjectNode evidence(Evidence e) {
        ObjectNode node = object();
        node.put("article", e.article());
        node.put("start", e.span().start());
        node.put("end", e.span().end());
        node.put("text", e.text());
        node.set("value", textOrNull(e.value()));
        node.set("hedge", textOrNull(e.hedge()));
        return node;
    }

    static ArrayNode evidence(List<Evidence> passages) {
        return array(passages, Json::evidence);
    }
}
