package dev.triangulate.ingest;

import dev.triangulate.model.Extraction;
import dev.triangulate.model.RawDoc;

/**
 * Turns the bytes of one document into an article, or says why it cannot.
 * Implementations are immutable and thread-safe; they never throw for bad input.
 */
@FunctionalInterface
public interface Extractor {

    Extraction extract(RawDoc doc);
}
