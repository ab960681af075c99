package dev.triangulate.reconcile;

import static dev.triangulate.TestStories.brief;
import static dev.triangulate.TestStories.report;
import static dev.triangulate.reconcile.FactReconcilerTest.assertCorroborated;
import static dev.triangulate.reconcile.FactReconcilerTest.assertInstanceOf;
import static dev.triangulate.reconcile.FactReconcilerTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.internal.Stems;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Verdict;
import org.junit.jupiter.api.Test;

/** Counts of interchangeable counted nouns: synonyms are one subject, a general noun and a specific one only agree. */
class CountedKindsTest {

    @Test
    void rewritesSynonymousHeadsAndKeepsModifiers() {
        CountedKinds kinds = CountedKinds.ENGLISH;
        assertEquals("robber", kinds.synonymous(Stems.of("thieves")));
        assertEquals("north korean soldier", kinds.synonymous("north korean " + Stems.of("troops")));
        assertEquals("count|person", kinds.kind("count|" + Stems.of("residents")));
        assertEquals("count|person", kinds.kind("count|" + Stems.of("people")));
        assertEquals("count|missile", kinds.kind("count|missile"));
    }

    @Test
    void thievesAndRobbersOfTheSameCountCorroborate() {
        Finding f = only(brief(
                report("a", "Four armed robbers stormed the jewellery shop on the main square late on Tuesday."),
                report("b", "Four armed thieves stormed the jewellery shop on the main square on Tuesday evening.")),
                FactKind.QUANTITY, "Four");
        assertCorroborated(f, 2);
    }

    @Test
    void synonymsWithDifferentCountsStillConflict() {
        Finding f = only(brief(
                report("a", "Four armed robbers stormed the jewellery shop on the main square late on Tuesday."),
                report("b", "Seven armed thieves stormed the jewellery shop on the main square on Tuesday evening.")),
                FactKind.QUANTITY, "Four");
        assertInstanceOf(Verdict.Conflicting.class, f.verdict(), f);
    }

    @Test
    void residentsAndPeopleOfTheSameCountCorroborate() {
        Finding f = only(brief(
                report("a", "Sixty residents were evacuated from flats next to the burning warehouse overnight."),
                report("b", "Around 60 people were evacuated from flats next to the burning warehouse.")),
                FactKind.QUANTITY, "Sixty");
        assertCorroborated(f, 2);
    }

    @Test
    void residentsAndPeopleOfDifferentCountsNeverConflict() {
        Briefing b = brief(
                report("a", "Sixty residents were evacuated from flats next to the burning warehouse overnight."),
                report("b", "Some 200 people were evacuated from flats next to the burning warehouse."));
        assertTrue(b.findings(Verdict.Conflicting.class).isEmpty(), () -> "findings: " + b.findings());
    }

    @Test
    void equalCountsOfOneKindAboutDifferentHappeningsStayApart() {
        Briefing b = brief(
                report("a", "Two villagers were injured when the wall of the school collapsed in the tremor."),
                report("b", "Two people won the regional lottery draw held in the capital last weekend."));
        assertTrue(b.findings(Verdict.Corroborated.class).stream().noneMatch(f -> f.kind() == FactKind.QUANTITY),
                () -> "findings: " + b.findings());
    }
}
