package dev.triangulate.reconcile;

import static dev.triangulate.TestStories.brief;
import static dev.triangulate.TestStories.report;
import static dev.triangulate.TestStories.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Briefing;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quantity and date reconciliation on two-report fixtures run through the real English stages. */
class FactReconcilerTest {

    @Test
    void convertsMilesBeforeComparing() {
        Briefing b = brief(
                report("a", "The new rocket can hit targets up to 300 km away, engineers at the test range said on Monday."),
                report("b", "The new rocket can hit targets 190 miles away, engineers at the test range said."));
        Finding range = only(b, FactKind.QUANTITY, "300 km");
        assertCorroborated(range, 2);
        assertTrue(cites(range, "190 miles"), range::toString);
    }

    @Test
    void treatsAroundAndOverAsCompatible() {
        Finding f = only(brief(
                report("a", "Around 3,000 residents fled the valley on Sunday as the flames spread."),
                report("b", "More than 3,000 residents fled the valley as the flames spread toward the town.")),
                FactKind.QUANTITY, "3,000");
        assertCorroborated(f, 2);
    }

    @Test
    void upToAndExactFigureAgree() {
        Finding f = only(brief(
                report("a", "Up to 500 firefighters were battling the blaze in the hills above the town."),
                report("b", "In the hills above the town, 480 firefighters were battling the blaze on Sunday.")),
                FactKind.QUANTITY, "500");
        assertCorroborated(f, 2);
        assertTrue(cites(f, "480"), f::toString);
    }

    @Test
    void aFigureWithoutItsOwnVerbDisputesNothing() {
        Briefing b = brief(
                report("a", "Three people died in the fire at the bank on Main Street, the fire brigade said."),
                report("b", "The fire brigade said as many as 20 people had been inside the bank on Main Street."));
        assertTrue(b.findings(Verdict.Conflicting.class).isEmpty(), () -> "findings: " + b.findings());
    }

    @Test
    void aTotalDoesNotDisputeOneOfItsParts() {
        Briefing b = brief(
                report("a", "The coastguard seized six rifles and 12 magazines from the boats in the bay, an officer said."),
                report("b", "The coastguard has seized a total of 14 rifles from the boats in the bay during five operations."));
        assertTrue(b.findings(Verdict.Conflicting.class).isEmpty(), () -> "findings: " + b.findings());
    }

    @Test
    void nearlyFiftyVersusTwoIsAConflictWhenTheyShareContext() {
        Finding f = only(brief(
                report("a", "Nearly 50 people were killed in the flooding in the northern province, officials said."),
                report("b", "Two people were killed in the flooding in the northern province, officials said.")),
                FactKind.QUANTITY, "Nearly 50");
        Verdict.Conflicting c = assertInstanceOf(Verdict.Conflicting.class, f.verdict(), f);
        assertEquals(2, c.sides().size());
        assertTrue(cites(f, "Two"), f::toString);
    }

    @Test
    void nearlyFiftyVersusTwoIsNoConflictWithoutSharedContext() {
        Briefing b = brief(
                report("a", "Nearly 50 people were killed in the flooding in the northern province."),
                report("b", "Two people attended the ceremony at the palace in the capital yesterday."));
        assertTrue(b.findings(Verdict.Conflicting.class).isEmpty(), () -> "findings: " + b.findings());
        assertSingleSource(only(b, FactKind.QUANTITY, "Nearly 50"), "a");
        assertSingleSource(only(b, FactKind.QUANTITY, "Two"), "b");
    }

    @Test
    void tollsCitedToDifferentSourcesStillDisagree() {
        for (String[] sources : new String[][] {
                {", the Harbour Relief Society said.", ", the Interior Ministry said."},
                {", according to the Harbour Relief Society.", ", said the Interior Ministry."}}) {
            Finding f = only(brief(
                    report("a", "Nearly 50 people were killed in the flooding in the northern province" + sources[0]),
                    report("b", "Two people were killed in the flooding in the northern province" + sources[1])),
                    FactKind.QUANTITY, "Nearly 50");
            assertInstanceOf(Verdict.Conflicting.class, f.verdict(), f);
        }
    }

    @Test
    void sentencesWhoseFiguresDisagreeDoNotCorroborateEachOther() {
        Briefing b = brief(
                report("a", "Nearly 50 people were killed in the flooding in the northern province, officials said."),
                report("b", "Two people were killed in the flooding in the northern province, officials said."));
        assertTrue(b.findings().stream().noneMatch(f -> f.kind() == FactKind.STATEMENT
                && f.verdict() instanceof Verdict.Corroborated), () -> "findings: " + b.findings());
    }

    @Test
    void figuresOfDifferentOwnersStayApartWhenNeitherIsASource() {
        Briefing b = brief(
                report("a", "Halvorsen Shipping hired 50 engineers for the new terminal in the northern province."),
                report("b", "Brightwater Logistics hired two engineers for the new terminal in the northern province."));
        assertTrue(b.findings(Verdict.Conflicting.class).isEmpty(), () -> "findings: " + b.findings());
    }

    @Test
    void neverComparesTroopsOfDifferentCountries() {
        Briefing b = brief(
                report("a", "Moscow has moved 50,000 Russian troops to the border region, the ministry said."),
                report("b", "Pyongyang has sent 10,000 North Korean troops to the border region, the ministry said."));
        assertTrue(b.findings(Verdict.Conflicting.class).isEmpty(), () -> "findings: " + b.findings());
        Finding russian = only(b, FactKind.QUANTITY, "50,000");
        assertSingleSource(russian, "a");
        assertTrue(!cites(russian, "10,000"), russian::toString);
    }

    @Test
    void neverComparesCountsWithLengths() {
        Briefing b = brief(
                report("a", "Crews cleared 40 trucks from the road near the bridge after the storm, officials said."),
                report("b", "Crews cleared 40 kilometres of the road near the bridge after the storm, officials said."));
        Finding trucks = only(b, FactKind.QUANTITY, "40");
        assertSingleSource(trucks, "a");
        assertSingleSource(only(b, FactKind.QUANTITY, "40 kilometres"), "b");
    }

    @Test
    void speculativeFiguresNeverConflict() {
        Briefing b = brief(
                report("a", "The storm could kill up to 2,000 people in the coastal villages, forecasters warned."),
                report("b", "The storm killed 12 people in the coastal villages, officials said on Sunday."));
        assertTrue(b.findings(Verdict.Conflicting.class).isEmpty(), () -> "findings: " + b.findings());
        assertSingleSource(only(b, FactKind.QUANTITY, "up to 2,000"), "a");
    }

    @Test
    void differentHappeningsToOneSubjectNeverConflict() {
        Briefing b = brief(
                report("a", "Police said 12 people were killed when the roof of the market hall collapsed on Friday."),
                report("b", "Police said 48 people were injured when the roof of the market hall collapsed on Friday."));
        assertTrue(b.findings(Verdict.Conflicting.class).isEmpty(), () -> "findings: " + b.findings());
    }

    @Test
    void differentFiguresForOneHappeningConflict() {
        Briefing b = brief(
                report("a", "Police said 12 people were killed when the roof of the market hall collapsed on Friday."),
                report("b", "Police said 30 people were killed when the roof of the market hall collapsed on Friday."));
        assertEquals(1, b.findings(Verdict.Conflicting.class).size(), () -> "findings: " + b.findings());
    }

    @Test
    void startDatesOfTheSameSubjectConflict() {
        Finding f = only(brief(
                report("a", "Tarnian border guards began arriving at the Velm crossing in August 2023, according to the agency."),
                report("b", "Tarnian border guards began arriving at the Velm crossing in October 2024, according to the agency.")),
                FactKind.DATE, "August 2023");
        assertEquals("start date", f.attribute());
        Verdict.Conflicting c = assertInstanceOf(Verdict.Conflicting.class, f.verdict(), f);
        assertEquals(List.of("2023-08", "2024-10"), c.sides().stream().map(Verdict.Side::value).toList());
    }

    @Test
    void monthContainsDayIsNotAConflict() {
        Finding f = only(brief(
                report("a", "Tarnian border guards began arriving at the Velm crossing in October 2024, according to the agency."),
                report("b", "Tarnian border guards began arriving at the Velm crossing on 18 October 2024, the agency said.")),
                FactKind.DATE, "October 2024");
        assertCorroborated(f, 2);
        assertTrue(cites(f, "18 October 2024"), f::toString);
    }

    @Test
    void neverComparesStartDatesOfDifferentSubjectsAtOnePlace() {
        Briefing b = brief(
                report("a", "Tarnian border guards began arriving at the Velm crossing in August 2023, according to the agency."),
                report("b", "Orvian engineers began arriving at the Velm crossing in October 2024, according to the agency."));
        assertTrue(b.findings(Verdict.Conflicting.class).isEmpty(), () -> "findings: " + b.findings());
    }

    @Test
    void aDateOnlyOneReportGivesIsNoFinding() {
        Briefing b = brief(
                report("a", "Tarnian border guards began arriving at the Velm crossing in October 2024, according to the agency."),
                report("b", "Officials at the ministry declined to comment on the number of guards at the crossing."));
        assertTrue(b.findings().stream().noneMatch(f -> f.kind() == FactKind.DATE), () -> "findings: " + b.findings());
    }

    @Test
    void syndicatedCopyCountsOnce() {
        String text = """
                Heavy rain flooded 200 homes in the river town of Marlow on Sunday, the council said. \
                Rescuers lifted 15 people by boat from rooftops near the old mill.""";
        Coverage original = report("wire", text);
        Coverage copy = report("copy", text);

        Briefing independent = brief(story(original, copy));
        assertCorroborated(only(independent, FactKind.QUANTITY, "200"), 2);

        Briefing syndicated = brief(story(Map.of("copy", "wire"), original, copy));
        Finding homes = only(syndicated, FactKind.QUANTITY, "200");
        assertSingleSource(homes, "wire");
        assertTrue(syndicated.findings(Verdict.Corroborated.class).isEmpty(), () -> "findings: " + syndicated.findings());
    }

    @Test
    void ordersConflictsFirstThenCorroboratedThenSingleSourceAndNumbersThem() {
        Briefing b = brief(
                report("a", """
                        Nearly 50 people were killed in the flooding in the northern province, officials said. \
                        Around 3,000 residents fled the valley on Sunday as the water rose. \
                        Volunteers handed out 900 blankets at the stadium."""),
                report("b", """
                        Two people were killed in the flooding in the northern province, officials said. \
                        More than 3,000 residents fled the valley as the water rose toward the town."""));
        List<Integer> ranks = b.findings().stream().map(FactReconcilerTest::rank).toList();
        assertEquals(ranks.stream().sorted().toList(), ranks, () -> "findings: " + b.findings());
        assertEquals(List.of(0, 1, 2), ranks.stream().distinct().toList(), () -> "findings: " + b.findings());
        for (int i = 0; i < b.findings().size(); i++) {
            assertEquals("f" + (i + 1), b.findings().get(i).id());
        }
    }

    @Test
    void conflictSidesComeFromDifferentArticles() {
        Briefing b = brief(
                report("a", "Nearly 50 people were killed in the flooding in the northern province, officials said."),
                report("b", "Two people were killed in the flooding in the northern province, officials said."));
        for (Finding f : b.findings(Verdict.Conflicting.class)) {
            Verdict.Conflicting c = (Verdict.Conflicting) f.verdict();
            assertTrue(c.sides().size() >= 2);
            assertTrue(c.sides().stream().flatMap(s -> s.evidence().stream()).map(e -> e.article()).distinct().count() >= 2, f::toString);
        }
    }

    private static int rank(Finding f) {
        return switch (f.verdict()) {
            case Verdict.Conflicting c -> 0;
            case Verdict.Corroborated c -> 1;
            case Verdict.SingleSource s -> 2;
        };
    }

    /** The one finding of {@code kind} that cites a passage equal to or containing {@code text}. */
    static Finding only(Briefing b, FactKind kind, String text) {
        List<Finding> found = b.findings().stream().filter(f -> f.kind() == kind)
                .filter(f -> f.evidence().stream().anyMatch(e -> e.text().equals(text)))
                .toList();
        if (found.isEmpty()) {
            found = b.findings().stream().filter(f -> f.kind() == kind && cites(f, text)).toList();
        }
        List<Finding> shown = found;
        assertEquals(1, shown.size(), () -> kind + " findings citing '" + text + "': " + shown + "\nall: " + b.findings());
        return shown.get(0);
    }

    static boolean cites(Finding f, String text) {
        return f.evidence().stream().anyMatch(e -> e.text().contains(text));
    }

    static void assertCorroborated(Finding f, int sources) {
        Verdict.Corroborated c = assertInstanceOf(Verdict.Corroborated.class, f.verdict(), f);
        assertEquals(sources, c.independentSources(), f::toString);
    }

    static void assertSingleSource(Finding f, String article) {
        Verdict.SingleSource s = assertInstanceOf(Verdict.SingleSource.class, f.verdict(), f);
        assertEquals(article, s.article(), f::toString);
    }

    static <T> T assertInstanceOf(Class<T> type, Object value, Finding context) {
        assertTrue(type.isInstance(value), () -> "expected " + type.getSimpleName() + ": " + context);
        return type.cast(value);
    }
}
