package dev.triangulate.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.model.Article;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Briefing.Cited;
import dev.triangulate.model.Briefing.OutletProfile;
import dev.triangulate.model.Briefing.QuoteRow;
import dev.triangulate.model.Briefing.TimelineEntry;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Entity;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Story;
import dev.triangulate.model.Verdict;
import java.util.List;

/**
 * Maps one {@link Briefing} to the JSON tree of the public contract published as
 * {@code docs/briefing.schema.json}. Field names are a contract: add fields, never rename them.
 * Keys are inserted in a fixed order, so output is deterministic. Stateless; thread-safe.
 */
final class BriefingJson {

    private BriefingJson() {
    }

    static ObjectNode story(Briefing b) {
        Story story = b.story();
        ObjectNode node = Json.object();
        node.put("id", story.id());
        node.put("title", story.title());
        node.set("keywords", Json.strings(story.keywords()));
        node.set("articles", articles(story));
        node.set("findings", findings(b.findings()));
        node.set("entities", entities(b.entities()));
        node.set("quotes", quotes(b.quotes()));
        node.set("timeline", timeline(b.timeline()));
        node.set("summary", summary(b.summary()));
        node.set("outlets", outlets(b.outlets()));
        return node;
    }

    private static ArrayNode articles(Story story) {
        ArrayNode array = Json.array();
        for (Coverage member : story.members()) {
            array.add(article(member.article(), story.copyOf().get(member.id())));
        }
        return array;
    }

    private static ObjectNode article(Article a, String copyOf) {
        ObjectNode node = Json.object();
        node.put("id", a.id());
        node.put("outlet", a.outlet());
        node.put("title", a.title());
        node.set("published", Json.date(a.published().date()));
        node.put("publishedInferred", a.published().inferred());
        node.put("publishedBasis", a.published().basis());
        node.put("url", a.url());
        node.set("authors", Json.strings(a.authors()));
        node.put("source", a.source());
        node.set("copyOf", Json.textOrNull(copyOf));
        return node;
    }

    private static ArrayNode findings(List<Finding> findings) {
        ArrayNode array = Json.array();
        findings.forEach(f -> array.add(finding(f)));
        return array;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode node = Json.object();
        node.put("id", f.id());
        node.put("verdict", f.verdict().label());
        node.put("kind", f.kind().label());
        node.put("subject", f.subject());
        node.put("attribute", f.attribute());
        node.put("statement", f.statement());
        node.put("independentSources", independentSources(f.verdict(), f.evidence()));
        node.set("evidence", Json.evidence(f.evidence()));
        node.set("sides", sides(f.verdict()));
        node.put("rationale", f.rationale());
        return node;
    }

    /** The verdict's own count where it has one; for a conflict, the distinct articles cited. */
    static int independentSources(Verdict verdict, List<Evidence> evidence) {
        return switch (verdict) {
            case Verdict.Corroborated c -> c.independentSources();
            case Verdict.SingleSource s -> 1;
            case Verdict.Conflicting c -> (int) evidence.stream().map(Evidence::article).distinct().count();
        };
    }

    private static ArrayNode sides(Verdict verdict) {
        ArrayNode array = Json.array();
        if (verdict instanceof Verdict.Conflicting c) {
            for (Verdict.Side side : c.sides()) {
                ObjectNode node = Json.object();
                node.put("value", side.value());
                node.set("evidence", Json.evidence(side.evidence()));
                array.add(node);
            }
        }
        return array;
    }

    private static ArrayNode entities(List<Entity> entities) {
        ArrayNode array = Json.array();
        for (Entity e : entities) {
            ObjectNode node = Json.object();
            node.put("id", e.id());
            node.put("name", e.name());
            node.put("type", e.type().label());
            node.set("aliases", Json.strings(e.aliases()));
            node.set("articles", Json.strings(e.articles()));
            node.put("mentions", e.mentions().size());
            array.add(node);
        }
        return array;
    }

    private static ArrayNode quotes(List<QuoteRow> quotes) {
        ArrayNode array = Json.array();
        for (QuoteRow q : quotes) {
            ObjectNode node = Json.object();
            node.put("text", q.text());
            node.set("speaker", Json.textOrNull(q.speaker()));
            node.put("partial", q.partial());
            node.set("articles", Json.strings(q.articles()));
            node.set("evidence", Json.evidence(q.evidence()));
            array.add(node);
        }
        return array;
    }

    private static ArrayNode timeline(List<TimelineEntry> entries) {
        ArrayNode array = Json.array();
        for (TimelineEntry t : entries) {
            ObjectNode node = Json.object();
            node.put("when", t.when());
            node.set("day", Json.date(t.day()));
            node.put("what", t.what());
            node.set("evidence", Json.evidence(t.evidence()));
            array.add(node);
        }
        return array;
    }

    private static ArrayNode summary(List<Cited> sentences) {
        ArrayNode array = Json.array();
        for (Cited c : sentences) {
            ObjectNode node = Json.object();
            node.put("text", c.text());
            node.set("evidence", Json.evidence(c.evidence()));
            array.add(node);
        }
        return array;
    }

    private static ArrayNode outlets(List<OutletProfile> profiles) {
        ArrayNode array = Json.array();
        for (OutletProfile p : profiles) {
            ObjectNode node = Json.object();
            node.put("article", p.article());
            node.put("outlet", p.outlet());
            node.set("covered", Json.strings(p.covered()));
            node.set("exclusive", Json.strings(p.exclusive()));
            node.set("loaded", Json.evidence(p.loaded()));
            array.add(node);
        }
        return array;
    }
}
