package dev.triangulate.story;

import java.util.Map;
import java.util.Objects;

/**
 * What a batch clustering run counts over the whole batch before it weighs any article: how many
 * articles there are, and per feature in how many of them it occurs, where it first occurs and how it
 * reads. {@link OnlineClusterer#cluster(java.util.List)} computes this itself; an engine that splits a
 * batch (a keyed Flink job) aggregates it over the whole input and hands each part the statistics of
 * that part's features, so every part weighs its articles exactly as the whole batch would
 * ({@link OnlineClusterer#cluster(java.util.List, BatchStatistics)}).
 *
 * @param documents articles in the whole batch
 * @param features  feature key ({@link OnlineClusterer#features}) to its batch-wide statistics; at
 *                  least the features of the articles it is used with
 */
public record BatchStatistics(int documents, Map<String, Feature> features) {

    public BatchStatistics {
        if (documents < 0) {
            throw new IllegalArgumentException("documents must not be negative: " + documents);
        }
        features = Map.copyOf(Objects.requireNonNull(features, "features"));
    }

    /**
     * One feature over the whole batch.
     *
     * @param documents articles it occurs in
     * @param firstSeen where it first occurs: {@code order * 2^20 + position} of the first article (in
     *                  processing order) that has it and its position among that article's features.
     *                  Orders feature ids, which break ties between equal weights.
     * @param surface   its readable form in that first article
     */
    public record Feature(int documents, long firstSeen, String surface) {

        /** Articles above this many features would collide in {@link #firstSeen}. */
        public static final int POSITIONS = 1 << 20;

        public static long firstSeen(int order, int position) {
            return (long) order * POSITIONS + position;
        }
    }
}
