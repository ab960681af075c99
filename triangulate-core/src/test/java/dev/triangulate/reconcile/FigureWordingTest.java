package dev.triangulate.reconcile;

import static dev.triangulate.TestStories.brief;
import static dev.triangulate.TestStories.report;
import static dev.triangulate.reconcile.FactReconcilerTest.assertCorroborated;
import static dev.triangulate.reconcile.FactReconcilerTest.assertInstanceOf;
import static dev.triangulate.reconcile.FactReconcilerTest.cites;
import static dev.triangulate.reconcile.FactReconcilerTest.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Briefing;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The same figure in other words is one claim (verbs of one class, a sum and what it buys, a rating, an
 * unnamed distance), while other happenings stay apart: fixtures run through the real English stages.
 */
class FigureWordingTest {

    @Test
    void movedResidentsAndEvacuatedPeopleCorroborate() {
        Finding f = only(brief(
                report("a", "Sixty residents were moved from their homes after the blaze at the timber yard."),
                report("b", "Around 60 people spent the night in a school hall after being evacuated from their homes near the timber yard.")),
                FactKind.QUANTITY, "Sixty");
        assertCorroborated(f, 2);
        assertTrue(cites(f, "Around 60"), f::toString);
    }

    @Test
    void killedAndInjuredCountsStayApart() {
        Briefing b = brief(
                report("a", "Twelve people were killed when the coach overturned on the mountain pass."),
                report("b", "Twelve people were injured when the coach overturned on the mountain pass."));
        assertTrue(b.findings(Verdict.Corroborated.class).stream().noneMatch(f -> f.kind() == FactKind.QUANTITY),
                () -> "findings: " + b.findings());
    }

    @Test
    void aSumAndItsBracketedConversionCorroborateTheSumOfAnotherReport() {
        Finding f = only(brief(
                report("a", "Burglars stole paintings valued at 40 million euros ($47 million) from the museum on Tuesday."),
                report("b", "Burglars snatched $47 million worth of paintings from the museum overnight.")),
                FactKind.QUANTITY, "$47 million");
        assertCorroborated(f, 2);
    }

    @Test
    void aFarHigherSumForTheSameHaulIsDisputed() {
        Briefing b = brief(
                report("a", "Burglars stole paintings valued at $47 million from the museum on Tuesday."),
                report("b", "Burglars made off with $90 million of paintings from the museum on Tuesday."));
        Finding f = only(b, FactKind.QUANTITY, "$90 million");
        assertInstanceOf(Verdict.Conflicting.class, f.verdict(), f);
    }

    @Test
    void aTollOfAnEarlierMonthNeverDisputesTodays() {
        Briefing b = brief(
                report("a", "Five people were injured when the earthquake struck the island on Sunday."),
                report("b", "A stronger earthquake injured almost 50 people on the island in March."));
        assertTrue(b.findings(Verdict.Conflicting.class).isEmpty(), () -> "findings: " + b.findings());
    }

    @Test
    void tollsOfTheSameMonthMayConflict() {
        Finding f = only(brief(
                report("a", "In March an earthquake on the island killed two people and injured 40."),
                report("b", "An earthquake on the island in March killed two people and injured almost 50.")),
                FactKind.QUANTITY, "40");
        assertInstanceOf(Verdict.Conflicting.class, f.verdict(), f);
    }

    @Test
    void ratingsInOtherWordsCorroborateAndDifferentOnesNeverConflict() {
        Briefing b = brief(
                report("a", "A 5.6 magnitude earthquake hit the island on Sunday, damaging homes."),
                report("b", "An earthquake measuring 5.6 on the Richter scale hit the island on Sunday."),
                report("c", "A 5.2 earthquake hit the island on Monday, damaging homes."));
        assertTrue(b.findings(Verdict.Conflicting.class).isEmpty(), () -> "findings: " + b.findings());
        assertCorroborated(only(b, FactKind.QUANTITY, "5.6"), 2);
    }

    @Test
    void aQualifiedCountAgreesWithTheBareCount() {
        Finding f = only(brief(
                report("a", "Commandos captured 23 Somalian pirates off the coast of Yemen on Saturday."),
                report("b", "Commandos captured 23 pirates off the coast of Yemen, the Indian Navy said.")),
                FactKind.QUANTITY, "23");
        assertCorroborated(f, 2);
    }

    @Test
    void anUnnamedDistanceCorroboratesTheSameDistance() {
        Finding f = only(brief(
                report("a", "The tremor struck seven km east of the harbour town on Sunday."),
                report("b", "The quake struck seven kilometres east of the harbour town.")),
                FactKind.QUANTITY, "seven km");
        assertCorroborated(f, 2);
    }
}
