package dev.triangulate.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.model.Article;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Briefing.Cited;
import dev.triangulate.model.Briefing.OutletProfile;
import dev.triangulate.model.Briefing.QuoteRow;
import dev.triangulate.model.Briefing.TimelineEntry;
import dev.triangulate.model.Entity;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Story;
import dev.triangulate.model.Strength;
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
        return Json.array(story.members(), member -> article(member.article(), story.copyOf().get(member.id())));
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
        return Json.array(findings, BriefingJson::finding);
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
        node.set("strength", strength(f.strength()));
        return node;
    }

    private static ObjectNode strength(Strength s) {
        ObjectNode node = Json.object();
        node.put("level", s.level());
        node.put("independentSources", s.independentSources());
        node.put("hedged", s.hedged());
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
        List<Verdict.Side> sides = verdict instanceof Verdict.Conflicting c ? c.sides() : List.of();
        return Json.array(sides, side -> {
            ObjectNode node = Json.object();
            node.put("value", side.value());
            node.set("evidence", Json.evidence(side.evidence()));
            return node;
        });
    }

    private static ArrayNode entities(List<Entity> entities) {
        return Json.array(entities, (Entity e) -> {
            ObjectNode node = Json.object();
            node.put("id", e.id());
            node.put("name", e.name());
            node.put("type", e.type().label());
            node.set("aliases", Json.strings(e.aliases()));
            node.set("articles", Json.strings(e.articles()));
            node.put("mentions", e.mentions().size());
            return node;
        });
    }

    private static ArrayNode quotes(List<QuoteRow> quotes) {
        return Json.array(quotes, (QuoteRow q) -> {
            ObjectNode node = Json.object();
            node.put("text", q.text());
            node.set("speaker", Json.textOrNull(q.speaker()));
            node.put("partial", q.partial());
            node.set("articles", Json.strings(q.articles()));
            node.set("evidence", Json.evidence(q.evidence()));
            return node;
        });
    }

    private static ArrayNode timeline(List<TimelineEntry> entries) {
        return Json.array(entries, (TimelineEntry t) -> {
            ObjectNode node = Json.object();
            node.put("when", t.when());
            node.set("day", Json.date(t.day()));
            node.put("what", t.what());
            node.set("evidence", Json.evidence(t.evidence()));
            return node;
        });
    }

    private static ArrayNode summary(List<Cited> sentences) {
        return Json.array(sentences, (Cited c) -> {
            ObjectNode node = Json.object();
            node.put("text", c.text());
            node.set("evidence", Json.evidence(c.evidence()));
            return node;
        });
    }

    private static ArrayNode outlets(List<OutletProfile> profiles) {
        return Json.array(profiles, (OutletProfile p) -> {
            ObjectNode node = Json.object();
            node.put("article", p.article());
            node.put("outlet", p.outlet());
            node.set("covered", Json.strings(p.covered()));
            node.set("exclusive", Json.strings(p.exclusive()));
            node.set("loaded", Json.evidence(p.loaded()));
            return node;
        });
    }
}
