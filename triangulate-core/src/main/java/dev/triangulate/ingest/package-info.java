/**
 * Reading inputs: paths, folders (and, with other readers, URLs, feeds, archives) into
 * {@link dev.triangulate.model.Extraction}s. {@code RawDoc -> Extraction{Ok(Article) | Skipped(reason)}}.
 *
 * <p>Invariants: nothing here throws for bad input; every unreadable or unusable input becomes a
 * {@code Skipped} that names the input and the reason, and the batch goes on.
 */
package dev.triangulate.ingest;
