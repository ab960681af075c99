/**
 * Direct quotes and their speakers: {@code Document} (+ the document's {@code Mention}s, optional)
 * {@code -> List<Quote>}, via {@link dev.triangulate.analyze.quote.QuoteExtractor}.
 *
 * <p>Flow: {@code QuoteMarks} pairs quotation marks per paragraph in one pass (apostrophes never
 * pair; nested quotes stay inside the outer one; a quote running over paragraphs becomes one
 * linked piece per paragraph); {@code TokenView} lays the tokens out flat with the passage each
 * lies in; {@code CueTable} marks reporting verbs and source phrases outside quotes and finds the
 * nearest one before a token; {@code QuoteShapes} decides each passage's shape (full, partial,
 * scare); {@code QuoteAttributor} finds its reporting clause, {@code ClauseSubjects} the clause's
 * subject ({@code NameWords}: which tokens are name words), {@code SpeakerNames} the canonical
 * name ({@code FullNames}: the fullest name the article wrote, "Doug" → "Doug McDermott"),
 * {@code Antecedents} the referent of "he/she said" (nearest fitting reporting, resolved-pronoun,
 * addressee or sentence subject, not of the other sex by given name, not named in the quote),
 * {@code DetachedClauses} a reporting clause the sentence splitter cut off and "Name: “…”". Word lists live in
 * {@code src/main/resources/dev/triangulate/analyze/quote/} ({@link dev.triangulate.analyze.quote.QuoteCues}).
 *
 * <p>Invariants: quote spans cover the quoted words without the marks and equal the source
 * characters; quotes are disjoint and in text order; a speaker span is the mention (or written
 * name) that names the speaker, possibly a pronoun's antecedent; an unnamed speaker's role phrase
 * is available from {@link dev.triangulate.analyze.quote.QuoteExtractor#attribute}. All work is
 * linear in the text apart from mention look-ups (binary search). Stage objects are immutable and
 * thread-safe; per-document helpers live for one call.
 */
package dev.triangulate.analyze.quote;
