/**
 * The immutable types that carry everything between Triangulate's stages.
 *
 * <pre>
 * RawDoc --extract--> Extraction{Ok(Article) | Skipped}
 * Article --segment--> Document --analyze--> Coverage(document, facts)
 * List&lt;Coverage&gt; --cluster--> List&lt;Story&gt;
 * Story --reconcile--> Comparison(entities, findings) --brief--> Briefing
 * </pre>
 *
 * <p>Invariants: every derived item points back into an article's text through a {@link
 * dev.triangulate.model.Span}, and the {@code text} next to a span always equals the characters it
 * covers. Records copy their lists; nothing here is mutable, so every type may be shared across
 * threads.
 */
package dev.triangulate.model;
