package dev.triangulate.brief;

import static dev.triangulate.TestStories.brief;
import static dev.triangulate.TestStories.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Briefing;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The briefing is made of source extracts: summary, timeline and outlet profiles on small fixtures. */
class ExtractiveBriefWriterTest {

    private static final Coverage HARBOUR = report("harbour", """
            Heavy rain flooded 200 homes in the river town of Marlow on Sunday, the council said. \
            Rescuers lifted 15 people by boat from rooftops near the old mill. \
            The mayor asked residents to boil their drinking water until further notice.""");
    private static final Coverage VALLEY = report("valley", """
            The council said about 200 homes in Marlow were flooded when the river burst its banks on Sunday. \
            Rescue boats took 15 people from rooftops close to the old mill, according to firefighters. \
            A shelter has opened in the school gym for families who lost their homes.""");
    private static final Coverage COUNTY = report("county", """
            Rescuers in boats pulled 15 people off rooftops near the old mill in Marlow. \
            Insurers expect claims to run into the millions once the water recedes next week.""");

    @Test
    void summarySentencesAreExactSourceSentencesCitingTheirOwnSpanFirst() {
        Briefing b = brief(HARBOUR, VALLEY, COUNTY);
        assertFalse(b.summary().isEmpty());
        for (Briefing.Cited c : b.summary()) {
            Evidence own = c.evidence().get(0);
            Coverage source = b.story().member(own.article());
            assertEquals(c.text(), own.span().of(source.article().text()));
            Sentence s = source.document().sentenceAt(own.span().start());
            assertEquals(s.span(), own.span(), "cites a whole sentence: " + c.text());
        }
        assertEquals(b.summary().size(), b.summary().stream().map(c -> c.evidence().get(0).span()).distinct().count(),
                "no sentence twice");
    }

    @Test
    void summaryLeadsWithTheStatementMostReportsShare() {
        Briefing b = brief(HARBOUR, VALLEY, COUNTY);
        Briefing.Cited first = b.summary().get(0);
        assertTrue(first.text().contains("15 people"), () -> "summary: " + b.summary());
        assertEquals(3, first.evidence().stream().map(Evidence::article).distinct().count(), first::toString);
    }

    @Test
    void aReportNobodyCorroboratesIsSummarisedByItsLead() {
        Briefing b = brief(report("solo", """
                Engineers closed the old stone bridge over the river after finding a deep crack in one arch. \
                Traffic will be sent through the northern bypass for at least three weeks. \
                The bridge carried about 9,000 vehicles a day. \
                Repairs are expected to cost the county several million."""));
        assertEquals(List.of(
                        "Engineers closed the old stone bridge over the river after finding a deep crack in one arch.",
                        "Traffic will be sent through the northern bypass for at least three weeks.",
                        "The bridge carried about 9,000 vehicles a day."),
                b.summary().stream().map(Briefing.Cited::text).toList());
    }

    @Test
    void timelineIsOrderedByDay() {
        Briefing b = brief(report("history", """
                The dam was completed on 3 March 2021. \
                Repairs began on 12 June 2019 after the first cracks appeared. \
                The flood came on 1 November 2024, officials said."""));
        assertEquals(List.of(LocalDate.of(2019, 6, 12), LocalDate.of(2021, 3, 3), LocalDate.of(2024, 11, 1)),
                b.timeline().stream().map(Briefing.TimelineEntry::day).toList());
        assertEquals("Repairs began on 12 June 2019 after the first cracks appeared.", b.timeline().get(0).what());
    }

    @Test
    void timelineJoinsTheSameEventAcrossReports() {
        Briefing b = brief(
                report("a", "The dam above the village of Orsk was completed on 3 March 2021, the operator said."),
                report("b", "The operator said the dam above Orsk village was completed on 3 March 2021."));
        List<Briefing.TimelineEntry> on = b.timeline().stream().filter(t -> t.when().equals("2021-03-03")).toList();
        assertEquals(1, on.size(), () -> "timeline: " + b.timeline());
        assertEquals(List.of("a", "b"), on.get(0).evidence().stream().map(Evidence::article).toList());
    }

    @Test
    void outletProfileFlagsAnInsertedLineAndLoadedWords() {
        Coverage c = report("tabloid", """
                The fire destroyed dozens of homes near the town, and the reckless response of officials drew anger.
                RELATED: Fires across the region in pictures
                Crews worked overnight to contain the blaze near the river.""");
        Briefing.OutletProfile p = brief(c).outlets().get(0);
        assertEquals(List.of("inserted line", "loaded word: reckless"), p.loaded().stream().map(Evidence::value).toList());
        assertEquals("RELATED: Fires across the region in pictures", p.loaded().get(0).text());
        for (Evidence e : p.loaded()) {
            assertEquals(e.span().of(c.article().text()), e.text());
        }
    }

    @Test
    void insertedLinesStayOutOfTheSummaryAndTimelineAndMatchInAnyCase() {
        Coverage c = report("portal", """
                Related: Fires across the region this summer, in pictures and maps from our readers
                The fire destroyed dozens of homes near the town on Monday, officials in the county said.
                Crews worked overnight to contain the blaze near the river, the fire service said.""");
        Briefing b = brief(c);
        assertTrue(b.summary().stream().noneMatch(s -> s.text().startsWith("Related")), () -> b.summary().toString());
        assertTrue(b.timeline().stream().noneMatch(t -> t.what().startsWith("Related")), () -> b.timeline().toString());
        assertEquals("inserted line", b.outlets().get(0).loaded().get(0).value());
    }

    @Test
    void loadedWordsMatchByStemNotByPrefix() {
        Coverage c = report("relief", """
                Disaster relief teams reached the radically changed valley after the regimental band left.
                The catastrophic flooding closed roads across the county for a third day, officials said.""");
        assertTrue(brief(c).outlets().get(0).loaded().isEmpty(), () -> brief(c).outlets().toString());
    }

    @Test
    void plainReportHasNoLoadedPassages() {
        Briefing b = brief(HARBOUR);
        assertTrue(b.outlets().get(0).loaded().isEmpty(), () -> b.outlets().toString());
    }

    @Test
    void outletProfileListsExclusiveFindings() {
        Briefing b = brief(HARBOUR, VALLEY, COUNTY);
        Briefing.OutletProfile county = b.outlets().stream().filter(o -> o.article().equals("county")).findFirst().orElseThrow();
        Briefing.OutletProfile harbour = b.outlets().stream().filter(o -> o.article().equals("harbour")).findFirst().orElseThrow();
        assertEquals("COUNTY", county.outlet());
        for (Briefing.OutletProfile p : b.outlets()) {
            for (String id : p.exclusive()) {
                Finding f = b.findings().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                assertTrue(f.verdict() instanceof Verdict.SingleSource s && s.article().equals(p.article()), f::toString);
                assertTrue(p.covered().contains(id));
            }
        }
        assertTrue(harbour.covered().size() > harbour.exclusive().size(), harbour::toString);
        long singleSource = b.findings(Verdict.SingleSource.class).size();
        assertEquals(singleSource, b.outlets().stream().mapToLong(o -> o.exclusive().size()).sum());
    }
}
