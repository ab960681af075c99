package dev.triangulate.pipeline;

/** Hears how a long run is going. Implementations must be thread-safe: stages report from worker threads. */
public interface Progress {

    Progress SILENT = new Progress() {
    };

    /** A stage started, with the number of items it will handle (-1 when unknown). */
    default void stage(String name, int total) {
    }

    /** One more item of the current stage is done. */
    default void step() {
    }

    /** An input was skipped; the run goes on. */
    default void skipped(String source, String reason) {
    }

    /** A fact of normal operation worth telling (not a skip), such as how many archive records held no page. */
    default void notice(String source, String message) {
    }
}
