package dev.triangulate.reconcile;

import static dev.triangulate.TestStories.brief;
import static dev.triangulate.TestStories.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Briefing;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Verdict;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Statements that say the same thing, one affirmed and one negated, are a conflict with both sides. */
class NegationConflictTest {

    private static final String AFFIRMED = "The defence minister authorised the coastguard to fire on the smuggling "
            + "boats near the northern harbour, the ministry said on Monday.";

    @Test
    void refusedToAgainstAffirmedIsAConflictWithBothSides() {
        Briefing b = brief(report("a", AFFIRMED),
                report("b", "The defence minister refused to authorise the coastguard to fire on the smuggling boats "
                        + "near the northern harbour, the ministry said."));
        Finding f = onlyStatementConflict(b);
        Verdict.Conflicting c = (Verdict.Conflicting) f.verdict();
        assertEquals(2, c.sides().size(), f::toString);
        assertEquals(Set.of("a", "b"), sideArticles(c), f::toString);
        assertTrue(f.rationale().contains("negat"), f::rationale);
    }

    @Test
    void didNotAgainstAffirmedIsAConflict() {
        Briefing b = brief(report("a", AFFIRMED),
                report("b", "The defence minister did not authorise the coastguard to fire on the smuggling boats "
                        + "near the northern harbour, a ministry spokesman said."));
        assertEquals(Set.of("a", "b"), sideArticles((Verdict.Conflicting) onlyStatementConflict(b).verdict()));
    }

    @Test
    void bothNegatedCorroborate() {
        Briefing b = brief(
                report("a", "The defence minister never authorised the coastguard to fire on the smuggling boats near "
                        + "the northern harbour, the ministry said."),
                report("b", "The defence minister did not authorise the coastguard to fire on the smuggling boats near "
                        + "the northern harbour, the ministry said on Monday."));
        assertTrue(b.findings(Verdict.Conflicting.class).isEmpty(), () -> "findings: " + b.findings());
        assertTrue(b.findings().stream().anyMatch(f -> f.kind() == FactKind.STATEMENT
                && f.verdict() instanceof Verdict.Corroborated), () -> "findings: " + b.findings());
    }

    @Test
    void negationOfAnotherVerbIsNoConflict() {
        Briefing b = brief(
                report("a", "The defence minister authorised the coastguard to fire on the smuggling boats near the "
                        + "northern harbour, but did not say when."),
                report("b", "The defence minister authorised the coastguard to fire on the smuggling boats near the "
                        + "northern harbour, the ministry said."));
        assertTrue(b.findings(Verdict.Conflicting.class).isEmpty(), () -> "findings: " + b.findings());
    }

    private static Finding onlyStatementConflict(Briefing b) {
        List<Finding> conflicts = b.findings(Verdict.Conflicting.class).stream()
                .filter(f -> f.kind() == FactKind.STATEMENT).toList();
        assertEquals(1, conflicts.size(), () -> "findings: " + b.findings());
        return conflicts.get(0);
    }

    private static Set<String> sideArticles(Verdict.Conflicting c) {
        return c.sides().stream().flatMap(s -> s.evidence().stream()).map(e -> e.article()).collect(Collectors.toSet());
    }
}
