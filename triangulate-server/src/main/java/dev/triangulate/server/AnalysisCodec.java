package dev.triangulate.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Document;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Fact;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.Measure;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Modifier;
import dev.triangulate.model.Quantity;
import dev.triangulate.model.Quote;
import dev.triangulate.model.Relation;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Span;
import dev.triangulate.model.TimeType;
import dev.triangulate.model.Token;
import dev.triangulate.model.When;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An analysed article's sentences, tokens and facts as compact JSON, so a restarted server loads what
 * it analysed instead of analysing every stored article again. Unlike {@code render.FactsJson} (a
 * public output format) this is a private storage format that keeps every component of the records:
 * {@code decode(article, encode(c))} equals {@code c}.
 *
 * <p>Texts that equal the article's characters at their span are not stored. The format carries a
 * version ({@link #VERSION}); a stored analysis of another version, or one that does not fit the
 * article (a span past its end), decodes to empty and the article is analysed again. Stateless.
 */
final class AnalysisCodec {

    /** Raise when the stored shape changes: older analyses are then recomputed once. */
    static final int VERSION = 1;

    private AnalysisCodec() {
    }

    static String encode(Coverage c) {
        String text = c.article().text();
        ObjectNode root = Store.JSON.createObjectNode();
        root.put("v", VERSION);
        ArrayNode sentences = root.putArray("s");
        for (Sentence s : c.sentences()) {
            ArrayNode row = sentences.addArray().add(s.start()).add(s.end());
            ArrayNode tokens = row.addArray();
            for (Token t : s.tokens()) {
                ArrayNode tok = tokens.addArray().add(t.start()).add(t.end()).add(t.pos());
                if (!t.text().equals(text.substring(t.start(), t.end()))) {
                    tok.add(t.text());
                }
            }
        }
        ArrayNode facts = root.putArray("f");
        c.facts().forEach(f -> facts.add(fact(f, text)));
        try {
            return Store.JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the analysis of " + c.id() + ": " + e.getMessage(), e);
        }
    }

    /** The coverage of {@code article} stored as {@code json}, or empty when it is of another version or does not fit. */
    static Optional<Coverage> decode(Article article, String json) {
        if (json == null || json.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode root = Store.JSON.readTree(json);
            if (root.path("v").asInt() != VERSION) {
                return Optional.empty();
            }
            List<Sentence> sentences = new ArrayList<>();
            for (JsonNode s : root.path("s")) {
                sentences.add(new Sentence(sentences.size(), span(article, s.get(0), s.get(1)), tokens(article.text(), s.get(2))));
            }
            List<Fact> facts = new ArrayList<>();
            for (JsonNode f : root.path("f")) {
                facts.add(fact(article, f));
            }
            return Optional.of(new Coverage(new Document(article, sentences), facts));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<Token> tokens(String text, JsonNode array) {
        List<Token> out = new ArrayList<>(array.size());
        for (JsonNode t : array) {
            int start = t.get(0).asInt();
            int end = t.get(1).asInt();
            String surface = t.size() > 3 ? t.get(3).asText() : text.substring(start, end);
            out.add(new Token(start, end, surface, t.get(2).asText()));
        }
        return out;
    }

    private static ObjectNode fact(Fact fact, String text) {
        ObjectNode n = Store.JSON.createObjectNode();
        n.put("k", fact.kind().label());
        n.put("a", fact.span().start());
        n.put("b", fact.span().end());
        if (!fact.text().equals(fact.span().of(text))) {
            n.put("t", fact.text());
        }
        switch (fact) {
            case Mention m -> n.put("type", m.type().name()).put("canonical", m.canonical());
            case Quantity q -> quantity(n, q);
            case When w -> when(n, w);
            case Quote q -> quote(n, q);
        }
        return n;
    }

    private static void quantity(ObjectNode n, Quantity q) {
        n.put("value", q.value());
        n.put("upper", q.upper());
        n.put("unit", q.unit());
        if (q.si() != null) {
            n.put("siValue", q.si().value()).put("siUnit", q.si().unit());
        }
        n.put("modifier", q.modifier().name());
        n.put("counts", q.counts());
    }

    private static void when(ObjectNode n, When w) {
        n.put("value", w.value());
        n.put("type", w.type().name());
        n.put("granularity", w.granularity().name());
        n.put("begin", w.begin() == null ? null : w.begin().toString());
        n.put("end", w.end() == null ? null : w.end().toString());
        n.put("relation", w.relation().name());
    }

    private static void quote(ObjectNode n, Quote q) {
        n.put("speaker", q.speaker());
        if (q.speakerSpan() != null) {
            n.put("speakerStart", q.speakerSpan().start()).put("speakerEnd", q.speakerSpan().end());
        }
        n.put("cue", q.cue());
        n.put("partial", q.partial());
    }

    private static Fact fact(Article article, JsonNode n) {
        Span span = span(article, n.get("a"), n.get("b"));
        String text = n.has("t") ? n.get("t").asText() : span.of(article.text());
        return switch (n.get("k").asText()) {
            case "entity" -> new Mention(span, text, EntityType.valueOf(n.get("type").asText()), n.get("canonical").asText());
            case "quantity" -> new Quantity(span, text, n.get("value").asDouble(), nullableDouble(n.get("upper")),
                    n.get("unit").asText(), n.hasNonNull("siValue") ? new Measure(n.get("siValue").asDouble(), n.get("siUnit").asText()) : null,
                    Modifier.valueOf(n.get("modifier").asText()), nullableText(n.get("counts")));
            case "date" -> new When(span, text, nullableText(n.get("value")), TimeType.valueOf(n.get("type").asText()),
                    Granularity.valueOf(n.get("granularity").asText()), day(n.get("begin")), day(n.get("end")),
                    Relation.valueOf(n.get("relation").asText()));
            case "quote" -> new Quote(span, text, nullableText(n.get("speaker")),
                    n.hasNonNull("speakerStart") ? span(article, n.get("speakerStart"), n.get("speakerEnd")) : null,
                    nullableText(n.get("cue")), n.get("partial").asBoolean());
            default -> throw new IllegalArgumentException("unknown fact kind " + n.get("k"));
        };
    }

    /** A span of the article, checked against its text so a stored analysis of other text is refused. */
    private static Span span(Article article, JsonNode start, JsonNode end) {
        Span span = new Span(article.id(), start.asInt(), end.asInt());
        if (span.end() > article.text().length()) {
            throw new IllegalArgumentException("span " + span + " past the end of the text");
        }
        return span;
    }

    private static Double nullableDouble(JsonNode n) {
        return n == null || n.isNull() ? null : n.asDouble();
    }

    private static String nullableText(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static LocalDate day(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }
}
