package dev.triangulate.story;

import dev.triangulate.model.Coverage;
import java.time.LocalDate;

/**
 * One article as the clusterer sees it: what assignment, titles and copy detection need, and not
 * the text, so that a stream holds only this for the members of its live stories.
 *
 * @param order     position in processing order (the batch: publication date, then input order; a stream: arrival)
 * @param id        the article id
 * @param title     its headline, possibly blank
 * @param date      its publication date, or {@code null} when unknown
 * @param vector    its unit-length TF-IDF vector over the strongest features
 * @param signature its MinHash signature, for copy detection
 * @param year      the year it states most often, 0 when none: the event's time when publication dates are unknown
 * @param identity  which of the vector's entries say which event it is rather than which kind (named things,
 *                  numbers, counted quantities): bit {@code i} for entry {@code i}; {@link Bisection} tells
 *                  events apart by them. A mask, not ids, so that a batch of millions holds it cheaply
 */
record Profile(int order, String id, String title, LocalDate date, SparseVector vector, long[] signature,
                int year, long[] identity) {

    static Profile of(int order, Coverage c, SparseVector vector, long[] identity) {
        return new Profile(order, c.id(), c.article().title(), windowDate(c), vector, MinHash.signature(c),
                TermExtractor.statedYear(c), identity);
    }

    /** The mask of {@code vector}'s entries whose feature (ids by {@code idOf}) is an identity feature ({@link ArticleTerms#isIdentity}). */
    static long[] identity(ArticleTerms terms, SparseVector vector, java.util.function.ToIntFunction<String> idOf) {
        java.util.Set<Integer> named = new java.util.HashSet<>();
        terms.weights().keySet().stream().filter(ArticleTerms::isIdentity).forEach(k -> named.add(idOf.applyAsInt(k)));
        long[] mask = new long[(vector.size() + 63) / 64];
        for (int i = 0; i < vector.size(); i++) {
            if (named.contains(vector.id(i))) {
                mask[i >>> 6] |= 1L << i;
            }
        }
        return mask;
    }

    /** Whether entry {@code i} of the vector names the event (see {@code identity}). */
    boolean names(int i) {
        return (i >>> 6) < identity.length && (identity[i >>> 6] & (1L << i)) != 0;
    }

    /**
     * The date the time window and decay use: only a given publication date. An inferred one (the
     * latest date a text mentions) can be far from the real one and would split a story, so it is
     * treated as unknown here; it still orders the batch.
     */
    private static LocalDate windowDate(Coverage c) {
        return c.article().published().inferred() ? null : c.article().published().date();
    }
}
