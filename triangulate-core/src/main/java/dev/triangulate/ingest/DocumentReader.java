package dev.triangulate.ingest;

import dev.triangulate.model.Extraction;
import dev.triangulate.model.RawDoc;
import java.util.function.Consumer;

/**
 * Turns the bytes of one document into zero or more extractions: a page is one article, a feed,
 * an archive or a JSON Lines file many. Implementations are immutable and thread-safe, never throw
 * for bad input, and report each unusable record as an {@link Extraction.Skipped} naming it.
 */
@FunctionalInterface
public interface DocumentReader {

    void read(RawDoc doc, Consumer<Extraction> sink);

    /** A reader of single-article documents. */
    static DocumentReader of(Extractor extractor) {
        return (doc, sink) -> sink.accept(extractor.extract(doc));
    }
}
