package dev.triangulate.pipeline;

import static dev.triangulate.pipeline.Briefings.cites;
import static dev.triangulate.pipeline.Briefings.findings;
import static dev.triangulate.pipeline.Briefings.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Briefing;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in example corpus (examples/wildfire, written by the team) gives the briefing the README promises. */
class ExampleCorpusTest {

    private static Run run;
    private static Briefing fire;

    @BeforeAll
    static void runPipeline() {
        run = Triangulate.english().brief(List.of(Path.of("../examples/wildfire")), Progress.SILENT);
        fire = run.briefings().stream().filter(b -> b.story().members().size() > 1).findFirst().orElseThrow();
    }

    @Test
    void keepsTheUnrelatedReportInAStoryOfItsOwn() {
        assertEquals(2, run.stories().size());
        assertEquals(4, fire.story().members().size());
    }

    @Test
    void burnedAreaAgreesAcrossHectaresAcresAndSquareKilometres() {
        List<Finding> area = findings(fire, f -> f.kind() == FactKind.QUANTITY && cites("hectare").test(f));
        assertEquals(1, area.size(), () -> "area findings: " + area);
        assertTrue(area.get(0).verdict() instanceof Verdict.Corroborated);
        assertTrue(cites("acres").test(area.get(0)) && cites("square kilometres").test(area.get(0)), area.get(0).toString());
    }

    @Test
    void evacueeCountAgreesWithinModifiers() {
        List<Finding> evacuees = findings(fire, f -> f.kind() == FactKind.QUANTITY && cites("3,000").test(f));
        assertEquals(1, evacuees.size(), () -> "evacuee findings: " + evacuees);
        assertTrue(evacuees.get(0).verdict() instanceof Verdict.Corroborated);
    }

    @Test
    void startDateOfTheFireConflicts() {
        List<Finding> conflicts = findings(fire, verdict(Verdict.Conflicting.class).and(cites("2 August")).and(cites("4 August")));
        assertEquals(1, conflicts.size(), () -> "findings: " + fire.findings());
    }

    @Test
    void firefighterCountIsSingleSource() {
        List<Finding> f = findings(fire, cites("800"));
        assertEquals(1, f.size(), () -> "800 findings: " + f);
        assertTrue(f.get(0).verdict() instanceof Verdict.SingleSource);
    }

    @Test
    void mergesTransliteratedNamesAndAttributesQuotes() {
        var governor = Briefings.entityNamed(fire, "Rustam Aliyev");
        assertNotNull(governor, () -> "entities: " + fire.entities());
        assertTrue(Briefings.names(governor, "Aliev"), governor.toString());
        var quote = fire.quotes().stream().filter(q -> q.text().contains("street by street")).findFirst().orElseThrow();
        assertTrue(quote.speaker() != null && quote.speaker().contains("Aliyev"), String.valueOf(quote.speaker()));
        assertTrue(quote.articles().size() >= 3, quote.articles().toString());
    }

    @Test
    void infersMissingPublicationDatesAndSaysSo() {
        var valley = fire.story().member("valley-post").article().published();
        assertTrue(valley.inferred() && valley.known(), valley.toString());
        var ledger = fire.story().member("northern-ledger").article().published();
        assertEquals("2025-08-06", String.valueOf(ledger.date()));
    }

    @Test
    void everyEvidenceSpanIsExact() {
        run.briefings().forEach(Briefings::assertEvidenceExact);
    }
}
