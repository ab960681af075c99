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
 * @param identity  the ids of the vector's features that say which event it is rather than which kind: named
 *                  things, numbers and counted quantities (sorted); {@link Bisection} tells events apart by them
 */
record Profile(int order, String id, String title, LocalDate date, SparseVector vector, long[] signature,
                int year, int[] identity) {

    static Profile of(int order, Coverage c, SparseVector vector, int[] identity) {
        return new Profile(order, c.id(), c.article().title(), windowDate(c), vector, MinHash.signature(c),
                TermExtractor.statedYear(c), identity);
    }

    /** The ids (by {@code idOf}) of the article's identity features ({@link ArticleTerms#isIdentity}) that made it into {@code vector}. */
    static int[] identity(ArticleTerms terms, SparseVector vector, java.util.function.ToIntFunction<String> idOf) {
        java.util.Set<Integer> kept = new java.util.HashSet<>();
        for (int i = 0; i < vector.size(); i++) {
            kept.add(vector.id(i));
        }
        return terms.weights().keySet().stream().filter(ArticleTerms::isIdentity).mapToInt(idOf)
                .filter(kept::contains).distinct().sorted().toArray();
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
