package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triangulate.model.Briefing;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Entity;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Story;
import dev.triangulate.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Queries over a run's briefings for acceptance tests. */
final class Briefings {

    private Briefings() {
    }

    static List<Finding> findings(Briefing b, Predicate<Finding> p) {
        return b.findings().stream().filter(p).toList();
    }

    static Predicate<Finding> cites(String text) {
        return f -> f.evidence().stream().anyMatch(e -> e.text().contains(text));
    }

    static Predicate<Finding> verdict(Class<? extends Verdict> v) {
        return f -> v.isInstance(f.verdict());
    }

    static Entity entityNamed(Briefing b, String name) {
        for (Entity e : b.entities()) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            if (names.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                return e;
            }
        }
        return null;
    }

    static boolean names(Entity e, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return e.name().toLowerCase(Locale.ROOT).contains(lower)
                || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(lower));
    }

    /** Every cited passage anywhere in the briefing equals its article's characters at its span. */
    static void assertEvidenceExact(Briefing b) {
        Story s = b.story();
        List<Evidence> all = new ArrayList<>();
        b.findings().forEach(f -> all.addAll(f.evidence()));
        b.summary().forEach(c -> all.addAll(c.evidence()));
        b.timeline().forEach(t -> all.addAll(t.evidence()));
        b.quotes().forEach(q -> all.addAll(q.evidence()));
        b.outlets().forEach(o -> all.addAll(o.loaded()));
        for (Evidence e : all) {
            Coverage c = s.member(e.article());
            assertEquals(e.span().of(c.article().text()), e.text(), "evidence text at " + e.span());
        }
    }
}
