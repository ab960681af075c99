package dev.triangulate.reconcile;

import java.util.List;

/**
 * How alike two sentences are in meaning, for lining up paraphrases that share few words ("robbers
 * fled with the jewels" / "the thieves escaped with the gems"). An optional signal: the statement
 * aligner asks it only about pairs its word index already found close (never every pair of a story),
 * and only to accept a pair the word overlap alone would reject. It never decides a conflict: meaning
 * vectors cannot tell 300 km from 30 km, so contradictions come from comparing normalised facts.
 *
 * <pre>{@code
 * Reconciler r = new FactReconciler(new EntityLinker()::link, mySimilarity);
 * }</pre>
 *
 * Implementations must be thread-safe (stories are reconciled in parallel) and deterministic: the same
 * pair always gets the same score.
 */
public interface SentenceSimilarity {

    /** Two sentence texts to be compared. */
    record Pair(String first, String second) {
    }

    /**
     * For each pair, in order, a similarity in [-1, 1] (a cosine): 1 means the same meaning. Called once
     * per story with all its candidate pairs, so an implementation can embed each distinct sentence once.
     */
    double[] similarities(List<Pair> pairs);
}
