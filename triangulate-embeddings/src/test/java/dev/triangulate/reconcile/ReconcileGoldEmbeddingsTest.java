package dev.triangulate.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.triangulate.analyze.entity.EntityLinker;
import dev.triangulate.embeddings.MiniLmSimilarity;
import dev.triangulate.model.Story;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gold set of {@code ReconcileGoldTest} (core), reconciled without and with the sentence-embedding
 * signal, both printed. The signal may only add: no false conflict, no verdict's recall or precision
 * lower than without it. Skipped with a notice when the ECB+ data is absent.
 */
class ReconcileGoldEmbeddingsTest {

    @Test
    void embeddingsNeverLowerTheGoldScores() throws IOException {
        assumeTrue(ReconcileGoldTest.available(), "ECB+ dev data not found under triangulate.shared.data; skipping evaluation");
        Map<String, Story> stories = ReconcileGoldTest.stories();
        EntityLinker linker = new EntityLinker();
        ReconcileGoldTest.Scores without = ReconcileGoldTest.score(stories, new FactReconciler(linker::link));
        ReconcileGoldTest.Scores with;
        try (MiniLmSimilarity similarity = MiniLmSimilarity.load(MiniLmSimilarity.Settings.defaults())) {
            with = ReconcileGoldTest.score(stories, new FactReconciler(linker::link, similarity));
        }
        System.out.println("Reconciliation gold set without sentence embeddings:\n" + without.table());
        System.out.println("Reconciliation gold set with sentence embeddings (MiniLM, similarity >= "
                + StatementAligner.PARAPHRASE_THRESHOLD + "):\n" + with.table());
        assertEquals(0, with.falseConflicts(), "false conflicts with embeddings");
        for (int v = 0; v < 3; v++) {
            assertTrue(with.recall()[v] >= without.recall()[v], "recall " + v + ": " + with.recall()[v]);
            assertTrue(with.precision()[v] >= without.precision()[v], "precision " + v + ": " + with.precision()[v]);
        }
    }
}
