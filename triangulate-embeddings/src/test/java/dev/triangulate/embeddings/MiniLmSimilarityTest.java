package dev.triangulate.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.reconcile.SentenceSimilarity.Pair;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real model, offline: paraphrases score above unrelated sentences; the cache stays within its bound. */
class MiniLmSimilarityTest {

    private static MiniLmSimilarity model;

    @BeforeAll
    static void load() {
        model = MiniLmSimilarity.load(new MiniLmSimilarity.Settings(4, 3, 64, 1));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void paraphraseScoresAboveAnUnrelatedSentence() {
        String a = "Masked robbers escaped with the diamonds through a service door behind the boutique.";
        String b = "The masked thieves fled with the gems through a side door behind the luxury boutique.";
        String c = "Farmers in the southern valley expect a poor harvest after months of drought.";
        double[] s = model.similarities(List.of(new Pair(a, b), new Pair(a, c), new Pair(a, a)));
        assertTrue(s[0] > 0.6, () -> "paraphrase " + s[0]);
        assertTrue(s[1] < 0.3, () -> "unrelated " + s[1]);
        assertEquals(1.0, s[2], 1e-4);
    }

    @Test
    void embeddingsAreNormalisedAndTheCacheIsBounded() {
        var vectors = model.embed(Set.of("One short line of text here.", "A second line, quite different.",
                "Third.", "A fourth sentence about the weather on the coast.", "Fifth and last."));
        assertEquals(5, vectors.size());
        for (float[] v : vectors.values()) {
            double norm = 0;
            for (float x : v) {
                norm += x * (double) x;
            }
            assertEquals(1.0, norm, 1e-4);
            assertEquals(384, v.length);
        }
        assertTrue(model.cached() <= 3, () -> "cached " + model.cached());
    }

    @Test
    void aPairScoresTheSameWhetherItsSentencesWereCachedOrNot() {
        Pair p = new Pair("The river burst its banks after two days of rain.", "Two days of rain made the river flood.");
        double first = model.similarities(List.of(p))[0];
        double again = model.similarities(List.of(p))[0];
        assertEquals(first, again, 1e-6);
    }
}
