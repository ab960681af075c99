package dev.triangulate.reconcile;

import static dev.triangulate.TestStories.brief;
import static dev.triangulate.TestStories.report;
import static dev.triangulate.reconcile.FactReconcilerTest.assertCorroborated;
import static dev.triangulate.reconcile.FactReconcilerTest.assertInstanceOf;
import static dev.triangulate.reconcile.FactReconcilerTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Briefing;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes carried by several reports: the same words corroborate, different speakers conflict. */
class QuoteAlignerTest {

    private static final String WORDS = "We will rebuild every home that was lost in this fire";

    @Test
    void quoteAttributedToTwoSpeakersIsAConflict() {
        Briefing b = brief(
                report("a", "\"" + WORDS + ",\" Governor Maria Alvarez said on Sunday."),
                report("b", "\"" + WORDS + ",\" Mayor Thomas Berg said on Sunday."));
        Finding f = only(b, FactKind.QUOTE, WORDS);
        assertEquals("speaker", f.attribute());
        Verdict.Conflicting c = assertInstanceOf(Verdict.Conflicting.class, f.verdict(), f);
        assertEquals(List.of("Maria Alvarez", "Thomas Berg"), c.sides().stream().map(Verdict.Side::value).toList());
    }

    @Test
    void surnameAndFullNameAreOneSpeaker() {
        Briefing b = brief(
                report("a", "\"" + WORDS + ",\" Governor Maria Alvarez said on Sunday."),
                report("b", "\"" + WORDS + ",\" Alvarez said."));
        assertTrue(b.findings(Verdict.Conflicting.class).isEmpty(), () -> "findings: " + b.findings());
        assertTrue(QuoteAligner.sameName("W. Mark Felt", "Mark Felt"));
        assertTrue(QuoteAligner.sameName("Paul Lee", "paul lee"));
        assertTrue(!QuoteAligner.sameName("Paul Lee", "ABC Entertainment Group"));
    }

    @Test
    void sameQuoteInTwoReportsIsCorroborated() {
        Briefing b = brief(
                report("a", "\"" + WORDS + ",\" Governor Maria Alvarez said on Sunday."),
                report("b", "Governor Maria Alvarez told reporters: \"" + WORDS + ".\""));
        Finding f = only(b, FactKind.QUOTE, WORDS);
        assertCorroborated(f, 2);
        Briefing.QuoteRow row = b.quotes().get(0);
        assertEquals(WORDS + ".", row.text(), "the longest form carried");
        assertEquals("Maria Alvarez", row.speaker());
        assertEquals(List.of("a", "b"), row.articles());
    }

    @Test
    void oneReportGivingTheWordsToTwoSpeakersIsNoConflict() {
        Briefing b = brief(
                report("a", "\"" + WORDS + ",\" Governor Maria Alvarez said. Mayor Thomas Berg told reporters: \"" + WORDS + ".\""),
                report("b", "Crews worked through the night to clear the burned streets of the hillside district."));
        Finding f = only(b, FactKind.QUOTE, WORDS);
        assertTrue(f.verdict() instanceof Verdict.SingleSource, f::toString);
    }

    @Test
    void shortUnattributedScareQuoteIsNoFinding() {
        Briefing b = brief(
                report("a", "The council called the plan a \"fresh start\" for the flooded district near the river."),
                report("b", "Residents of the district mocked what the council calls a \"fresh start\" after the flood."));
        assertTrue(b.findings().stream().noneMatch(f -> f.kind() == FactKind.QUOTE), () -> "findings: " + b.findings());
    }
}
