/**
 * Main text and metadata from news HTML. In: {@link dev.triangulate.model.RawDoc} bytes of a page.
 * Out: {@link dev.triangulate.model.Extraction.Ok} with an {@link dev.triangulate.model.Article} whose
 * text has one paragraph, heading, list item or quote per line, or
 * {@link dev.triangulate.model.Extraction.Skipped} with a reason (empty, not HTML, no text).
 *
 * <p>Invariants: extraction never throws for bad input; walks over the tree are iterative (no stack
 * overflow on deep nesting); input beyond {@link dev.triangulate.ingest.html.HtmlSettings#maxBytes()}
 * is cut; all site knowledge (selectors, class-name patterns, boilerplate lines, meta names) is data
 * under {@code src/main/resources/dev/triangulate/ingest/html/}.
 */
package dev.triangulate.ingest.html;
