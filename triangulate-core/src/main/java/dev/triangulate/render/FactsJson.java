package dev.triangulate.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Fact;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Measure;
import dev.triangulate.model.Quantity;
import dev.triangulate.model.Quote;
import dev.triangulate.model.Span;
import dev.triangulate.model.When;

/**
 * The facts of one analysed article as one JSON line, the output of the {@code facts} command:
 * {@code {"id","published","facts":[...]}}, specified by {@code docs/facts.schema.json}.
 *
 * <p>Every fact has {@code kind} (entity, quantity, date, quote), {@code start}, {@code end} and
 * {@code text} (the exact characters of the span). A date's own bounds are {@code periodBegin} and
 * {@code periodEnd}, because {@code end} is the span's end. Stateless; thread-safe.
 *
 * <pre>{@code
 * writer.write(FactsJson.line(coverage));
 * writer.write('\n');
 * }</pre>
 */
public final class FactsJson {

    private FactsJson() {
    }

    /** One line of JSON without a line break; line breaks inside values are escaped. */
    public static String line(Coverage coverage) {
        return Json.line(tree(coverage));
    }

    public static ObjectNode tree(Coverage coverage) {
        ObjectNode node = Json.object();
        node.put("id", coverage.id());
        node.set("published", Json.date(coverage.article().published().date()));
        node.set("facts", Json.array(coverage.facts(), FactsJson::fact));
        return node;
    }

    static ObjectNode fact(Fact fact) {
        ObjectNode node = Json.object();
        node.put("kind", fact.kind().label());
        node.put("start", fact.span().start());
        node.put("end", fact.span().end());
        node.put("text", fact.text());
        switch (fact) {
            case Mention m -> mention(node, m);
            case Quantity q -> quantity(node, q);
            case When w -> when(node, w);
            case Quote q -> quote(node, q);
        }
        return node;
    }

    private static void mention(ObjectNode node, Mention m) {
        node.put("type", m.type().label());
        node.put("canonical", m.canonical());
    }

    private static void quantity(ObjectNode node, Quantity q) {
        String where = "quantity " + q.span();
        node.set("value", Json.number(q.value(), where));
        node.set("upper", Json.numberOrNull(q.upper(), where));
        node.put("unit", q.unit());
        node.set("si", measure(q.si(), where));
        node.put("modifier", q.modifier().label());
        node.set("counts", Json.textOrNull(q.counts()));
    }

    private static JsonNode measure(Measure si, String where) {
        if (si == null) {
            return NullNode.getInstance();
        }
        ObjectNode node = Json.object();
        node.set("value", Json.number(si.value(), where));
        node.put("unit", si.unit());
        return node;
    }

    private static void when(ObjectNode node, When w) {
        node.set("value", Json.textOrNull(w.value()));
        node.put("type", w.type().label());
        node.put("granularity", w.granularity().label());
        node.set("periodBegin", Json.date(w.begin()));
        node.set("periodEnd", Json.date(w.end()));
        node.put("relation", w.relation().label());
        node.set("range", range(w.range()));
    }

    /** The period a range's end belongs to, or null. */
    private static JsonNode range(When.Range r) {
        if (r == null) {
            return NullNode.getInstance();
        }
        ObjectNode node = Json.object();
        node.put("start", r.start());
        node.put("end", r.stop());
        node.put("value", r.value());
        node.set("periodBegin", Json.date(r.begin()));
        node.set("periodEnd", Json.date(r.end()));
        return node;
    }

    private static void quote(ObjectNode node, Quote q) {
        node.set("speaker", Json.textOrNull(q.speaker()));
        node.set("speakerSpan", span(q.speakerSpan()));
        node.set("cue", Json.textOrNull(q.cue()));
        node.put("partial", q.partial());
        node.set("role", Json.textOrNull(q.role()));
    }

    private static JsonNode span(Span span) {
        if (span == null) {
            return NullNode.getInstance();
        }
        ObjectNode node = Json.object();
        node.put("start", span.start());
        node.put("end", span.end());
        return node;
    }
}
