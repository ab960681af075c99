package dev.triangulate.story;

import dev.triangulate.model.Coverage;
import java.time.LocalDate;

/**
 * One article as the clusterer sees it during a run.
 *
 * @param order     position in processing order (publication date, then input order)
 * @param coverage  the analysed article
 * @param date      its publication date, or {@code null} when unknown
 * @param vector    its unit-length TF-IDF vector over the strongest features
 * @param signature its MinHash signature, for copy detection
 * @param year      the year it states most often, 0 when none: the event's time when publication dates are unknown
 */
record Profile(int order, Coverage coverage, LocalDate date, SparseVector vector, long[] signature,
                int year) {

    String id() {
        return coverage.id();
    }
}
