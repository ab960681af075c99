package dev.triangulate.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AebMetricTest {

    @Test
    void countsShinglesAsMultisetsWithCaseKept() {
        ShingleMetric.Counts c = ShingleMetric.page("one two three four five", "one two three four Five");
        assertEquals(1.0 / 3, c.tp(), 1e-9);
        assertEquals(1.0 / 3, c.fp(), 1e-9);
    }

    @Test
    void treatsShortTextAsOneShingleAndEmptyPredictionAsNoPrecisionPage() {
        ShingleMetric.Score s = ShingleMetric.score(List.of(ShingleMetric.page("a b", "a b"), ShingleMetric.page("x y z w", "")));
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
    }

    @Test
    void reproducesTrafilaturasPublishedScoreFromItsStoredOutput() throws Exception {
        Path aeb = Corpora.sharedData().resolve("aeb");
        assumeTrue(Files.isDirectory(aeb), "AEB data absent at " + aeb + ": skipped");
        ShingleMetric.Score s = Evaluations.aebStored(Corpora.aeb(aeb), Corpora.peerOutput(aeb.resolve("peer-output/trafilatura.json")));
        assertEquals(0.958, s.f1(), 0.002);
    }
}
