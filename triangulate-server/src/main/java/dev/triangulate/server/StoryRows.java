package dev.triangulate.server;

import dev.triangulate.model.Briefing;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Entity;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Story;
import dev.triangulate.model.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Turns the pipeline's stories and briefings into the rows the store keeps. Stateless. */
final class StoryRows {

    private StoryRows() {
    }

    /**
     * The story under an id derived from its earliest-ingested member ({@code order}: article id to
     * ingest position), so the id survives the story growing and a restart.
     */
    static Story withStableId(Story s, Map<String, Integer> order) {
        String first = s.members().stream().map(Coverage::id)
                .min(Comparator.comparingInt(id -> order.getOrDefault(id, Integer.MAX_VALUE))).orElseThrow();
        String id = "s-" + UUID.nameUUIDFromBytes(first.getBytes(StandardCharsets.UTF_8)).toString().substring(0, 13).replace("-", "");
        return new Story(id, s.title(), s.keywords(), s.members(), s.copyOf());
    }

    /** The sorted member ids, one per line. */
    static String membership(Story s) {
        return String.join("\n", s.members().stream().map(Coverage::id).sorted().toList());
    }

    static StoryRow row(Briefing b, String json) {
        Story s = b.story();
        List<LocalDate> days = s.members().stream().map(c -> c.article().published().date()).filter(Objects::nonNull).sorted().toList();
        StoryRow.Counts counts = new StoryRow.Counts(b.findings(Verdict.Corroborated.class).size(),
                b.findings(Verdict.SingleSource.class).size(), b.findings(Verdict.Conflicting.class).size());
        Set<String> outlets = new LinkedHashSet<>();
        s.members().forEach(c -> outlets.add(c.article().outletOrId()));
        return new StoryRow(s.id(), s.title(), days.isEmpty() ? null : days.getFirst(), days.isEmpty() ? null : days.getLast(),
                counts, membership(s), json, s.members().stream().map(Coverage::id).toList(), entities(b), outlets, cited(b), named(b));
    }

    private static Set<String> entities(Briefing b) {
        Set<String> out = new HashSet<>();
        for (Entity e : b.entities()) {
            out.add(e.name());
            out.addAll(e.aliases());
        }
        return out;
    }

    private static List<StoryRow.NamedEntity> named(Briefing b) {
        return b.entities().stream().map(e -> new StoryRow.NamedEntity(e.name(), e.type().label(), e.aliases(), e.articles(),
                e.mentions().size())).toList();
    }

    /** Every passage a finding cites, conflict sides included, once per finding. */
    private static List<StoryRow.CitedSpan> cited(Briefing b) {
        List<StoryRow.CitedSpan> out = new ArrayList<>();
        for (Finding f : b.findings()) {
            Set<Evidence> passages = new LinkedHashSet<>(f.evidence());
            if (f.verdict() instanceof Verdict.Conflicting c) {
                c.sides().forEach(side -> passages.addAll(side.evidence()));
            }
            for (Evidence e : passages) {
                out.add(new StoryRow.CitedSpan(e.article(), f.id(), f.verdict().label(), f.statement(), e.span().start(), e.span().end()));
            }
        }
        return out;
    }
}
