/**
 * Fact extraction: {@code Article -> Document -> Coverage(document, facts)}: named mentions, quantities,
 * dates and quotes, each extractor a {@link dev.triangulate.analyze.FactExtractor}.
 *
 * <p>Invariants: every fact's span lies inside the article text and its {@code text()} equals the
 * characters it covers; facts are in position order; output is a pure function of the article.
 */
package dev.triangulate.analyze;
