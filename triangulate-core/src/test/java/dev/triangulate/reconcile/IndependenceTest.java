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
import org.junit.jupiter.api.Test;

/** Corroboration counts independent sources: reports passing on one agency's claim count once. */
class IndependenceTest {

    @Test
    void twoReportsCitingOneAgencyAreOneSource() {
        Briefing b = brief(
                report("a", "Rebels seized 40 grain trucks at the river crossing on Sunday, according to Reuters."),
                report("b", "Rebels seized 40 grain trucks at the river crossing, Reuters reported."));
        Finding f = trucks(b);
        assertInstanceOf(Verdict.SingleSource.class, f);
        assertTrue(f.rationale().contains("Reuters"), f::rationale);
    }

    @Test
    void aCitingReportAndADirectOneAreTwoSources() {
        Finding f = trucks(brief(
                report("a", "Rebels seized 40 grain trucks at the river crossing on Sunday, according to Reuters."),
                report("b", "Rebels seized 40 grain trucks at the river crossing, Reuters reported."),
                report("c", "Rebels seized 40 grain trucks at the river crossing on Sunday afternoon.")));
        assertEquals(2, assertInstanceOf(Verdict.Corroborated.class, f).independentSources(), f::toString);
    }

    @Test
    void theCitedOutletCountsOnceWithItsOwnReport() {
        Finding f = trucks(brief(
                report("reuters", "Rebels seized 40 grain trucks at the river crossing on Sunday afternoon."),
                report("b", "Rebels seized 40 grain trucks at the river crossing, Reuters reported.")));
        assertInstanceOf(Verdict.SingleSource.class, f);
    }

    @Test
    void statementsToldToOneAgencyCountOnce() {
        Briefing b = brief(
                report("a", "The harbour master closed the western channel to all tankers after the collision, the "
                        + "port authority told the AP."),
                report("b", "The harbour master closed the western channel to all tankers after the collision, the "
                        + "port authority told The Associated Press on Friday."));
        List<Finding> statements = b.findings().stream().filter(f -> f.kind() == FactKind.STATEMENT).toList();
        assertEquals(1, statements.size(), () -> "findings: " + b.findings());
        assertInstanceOf(Verdict.SingleSource.class, statements.get(0));
        assertTrue(statements.get(0).rationale().contains("Associated Press"), statements.get(0)::rationale);
    }

    @Test
    void officialsQuotedByTwoOutletsStayTwoSources() {
        Finding f = trucks(brief(
                report("a", "Rebels seized 40 grain trucks at the river crossing on Sunday, officials said."),
                report("b", "Rebels seized 40 grain trucks at the river crossing, police said.")));
        assertEquals(2, assertInstanceOf(Verdict.Corroborated.class, f).independentSources(), f::toString);
    }

    private static Finding trucks(Briefing b) {
        List<Finding> found = b.findings().stream().filter(f -> f.kind() == FactKind.QUANTITY
                && f.evidence().stream().anyMatch(e -> e.text().contains("40"))).toList();
        assertEquals(1, found.size(), () -> "findings: " + b.findings());
        return found.get(0);
    }

    private static <T extends Verdict> T assertInstanceOf(Class<T> type, Finding f) {
        assertTrue(type.isInstance(f.verdict()), () -> "expected " + type.getSimpleName() + ": " + f);
        return type.cast(f.verdict());
    }
}
