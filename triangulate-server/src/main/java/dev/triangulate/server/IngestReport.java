package dev.triangulate.server;

import java.util.List;

/**
 * What one ingest did ({@code POST /api/articles} answers with it).
 *
 * @param added       ids of the articles stored
 * @param skipped     inputs not stored, with the reason (not an article, not UTF-8, already stored...)
 * @param reconciled  ids of the stories whose membership changed, so were reconciled and briefed again
 * @param unchanged   stories whose membership did not change: their stored briefing was kept
 * @param removed     ids of stories that no longer exist (merged into another)
 * @param millis      wall time of the ingest
 */
public record IngestReport(List<String> added, List<Skip> skipped, List<String> reconciled, int unchanged,
                           List<String> removed, long millis) {

    public IngestReport {
        added = List.copyOf(added);
        skipped = List.copyOf(skipped);
        reconciled = List.copyOf(reconciled);
        removed = List.copyOf(removed);
    }

    /** An input that was not stored. */
    public record Skip(String source, String reason) {

        /** The reason given when the text is stored already. */
        static final String SAME_TEXT = "same text as stored article ";

        /** Whether it was skipped only because its text is stored already (not a failure). */
        public boolean duplicate() {
            return reason.startsWith(SAME_TEXT);
        }
    }
}
