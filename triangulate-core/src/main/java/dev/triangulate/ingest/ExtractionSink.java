package dev.triangulate.ingest;

import dev.triangulate.model.Extraction;
import java.util.function.Consumer;

/**
 * Receives the extractions of a read and, besides them, notices: facts of normal operation worth
 * telling the user that are not skips, such as how many records of a web archive held no HTML page
 * (requests, images, metadata: an archive is expected to hold them). A reader given a plain
 * {@link Consumer} has no other channel and reports such a fact as an {@link Extraction.Skipped}.
 *
 * <pre>{@code
 * inputs.read("crawl.warc.gz", ExtractionSink.of(out::add, (source, message) -> log.info(source + ": " + message)));
 * }</pre>
 *
 * <p>Implementations must be thread-safe when readers run on several threads.
 */
public interface ExtractionSink extends Consumer<Extraction> {

    /** A fact about {@code source} that is neither an article nor a skip. */
    void notice(String source, String message);

    /** Reports {@code notice} to whichever channel {@code sink} has: its notices, else as a skip. */
    static void notice(Consumer<Extraction> sink, String source, String message) {
        if (sink instanceof ExtractionSink s) {
            s.notice(source, message);
        } else {
            sink.accept(new Extraction.Skipped(source, message));
        }
    }

    /** A sink from a consumer of extractions and one of notices. */
    static ExtractionSink of(Consumer<Extraction> extractions, NoticeListener notices) {
        return new ExtractionSink() {
            @Override
            public void accept(Extraction x) {
                extractions.accept(x);
            }

            @Override
            public void notice(String source, String message) {
                notices.notice(source, message);
            }
        };
    }

    /** Hears notices. */
    @FunctionalInterface
    interface NoticeListener {
        void notice(String source, String message);
    }
}
