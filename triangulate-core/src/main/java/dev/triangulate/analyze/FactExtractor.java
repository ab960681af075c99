package dev.triangulate.analyze;

import dev.triangulate.model.Document;
import dev.triangulate.model.Fact;
import java.util.List;

/**
 * Finds one kind of fact in a segmented article.
 *
 * <p>Contract (checked by random-input tests): never throws on any text; every returned span lies
 * inside the text and its {@code text()} equals the characters it covers; the output is a pure
 * function of the document (same input, same output, in position order). Thread-safe.
 *
 * @param <F> the kind of fact
 */
@FunctionalInterface
public interface FactExtractor<F extends Fact> {

    List<F> extract(Document document);
}
