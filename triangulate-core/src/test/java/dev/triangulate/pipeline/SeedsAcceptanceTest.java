package dev.triangulate.pipeline;

import static dev.triangulate.pipeline.Briefings.cites;
import static dev.triangulate.pipeline.Briefings.findings;
import static dev.triangulate.pipeline.Briefings.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Briefing;
import dev.triangulate.model.Entity;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The foundation issue's acceptance on the five seed reports (read from ../shared/data/seeds by path;
 * skipped with a notice when absent). Asserts the outcomes, never the mechanism: the same code runs on
 * held-out reports.
 */
class SeedsAcceptanceTest {

    private static Run run;
    private static Briefing briefing;

    static Path seeds() {
        String shared = System.getProperty("triangulate.shared.data", "../../shared/data");
        return Path.of(shared, "seeds");
    }

    @BeforeAll
    static void runPipeline() {
        Path dir = seeds();
        if (!Files.isDirectory(dir)) {
            System.out.println("SeedsAcceptanceTest skipped: no seed reports at " + dir.toAbsolutePath());
        }
        Assumptions.assumeTrue(Files.isDirectory(dir), "seed reports not present");
        run = Triangulate.english().brief(List.of(dir), Progress.SILENT);
        briefing = run.briefings().get(0);
    }

    @Test
    void groupsAllFiveReportsIntoOneStory() {
        assertEquals(1, run.stories().size(), () -> "stories: " + run.stories().stream()
                .map(s -> s.members().stream().map(c -> c.id()).toList().toString()).toList());
        assertEquals(5, run.stories().get(0).members().size());
    }

    @Test
    void missileRangeIsOneCorroboratedFindingAcrossUnits() {
        List<Finding> range = findings(briefing, f -> f.kind() == FactKind.QUANTITY
                && (cites("300 km").test(f) || cites("190 mi").test(f) || cites("190-mile").test(f)));
        assertEquals(1, range.size(), () -> "range findings: " + range);
        Finding f = range.get(0);
        assertTrue(f.verdict() instanceof Verdict.Corroborated, f.toString());
        assertTrue(f.articles().size() >= 4, () -> "articles: " + f.articles());
    }

    @Test
    void northKoreanTroopCountIsCorroborated() {
        List<Finding> troops = findings(briefing, f -> f.kind() == FactKind.QUANTITY && cites("10,000").test(f));
        assertEquals(1, troops.size(), () -> "10,000 findings: " + troops);
        assertTrue(troops.get(0).verdict() instanceof Verdict.Corroborated);
        assertTrue(troops.get(0).articles().size() >= 3, () -> troops.get(0).articles().toString());
    }

    @Test
    void deploymentTimingConflictsWithBothSidesCited() {
        List<Finding> conflicts = findings(briefing, verdict(Verdict.Conflicting.class)
                .and(cites("August 2023")).and(cites("October 2024")));
        assertEquals(1, conflicts.size(), () -> "all findings: " + briefing.findings());
        Verdict.Conflicting c = (Verdict.Conflicting) conflicts.get(0).verdict();
        Set<String> sideArticles = c.sides().stream().flatMap(s -> s.evidence().stream())
                .map(e -> e.article()).collect(Collectors.toSet());
        assertTrue(sideArticles.size() >= 2);
    }

    @Test
    void russianTroopFigureIsSingleSourceAndNeverAgainstNorthKorean() {
        List<Finding> f = findings(briefing, cites("50,000"));
        assertEquals(1, f.size(), () -> "50,000 findings: " + f);
        assertTrue(f.get(0).verdict() instanceof Verdict.SingleSource, f.get(0).toString());
        assertFalse(cites("10,000").test(f.get(0)));
    }

    @Test
    void mergesSpellingVariantsAndAcronyms() {
        Entity zelensky = Briefings.entityNamed(briefing, "Zelensky");
        assertNotNull(zelensky, () -> "entities: " + briefing.entities().stream().map(Entity::name).toList());
        for (String v : List.of("Zelenskyy", "Zelenskyi")) {
            assertTrue(Briefings.names(zelensky, v), () -> v + " not in " + zelensky);
        }
        Entity atacms = Briefings.entityNamed(briefing, "ATACMS");
        assertNotNull(atacms, () -> "entities: " + briefing.entities().stream().map(Entity::name).toList());
        for (String v : List.of("ATCMS", "Army Tactical Missile System", "MGM-140")) {
            assertTrue(Briefings.names(atacms, v), () -> v + " not in " + atacms);
        }
    }

    @Test
    void attributesTheTensionQuoteToPeskov() {
        var quote = briefing.quotes().stream().filter(q -> q.text().contains("means a whole new spiral of tension")).findFirst();
        assertTrue(quote.isPresent(), () -> "quotes: " + briefing.quotes());
        assertNotNull(quote.get().speaker());
        assertTrue(quote.get().speaker().contains("Peskov"), quote.get().speaker());
    }

    @Test
    void everyEvidenceSpanIsExact() {
        run.briefings().forEach(Briefings::assertEvidenceExact);
    }
}
