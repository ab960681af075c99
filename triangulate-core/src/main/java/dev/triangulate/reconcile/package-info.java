/**
 * Reconciliation: {@code Story -> Comparison(entities, findings)}.
 *
 * <p>Facts become claims (subject, attribute, value as an interval in normalised units, the clause's
 * context and hedges); claims are aligned only within a key (same dimension and counted thing, or
 * the same kind of date about a subject near it), so facts about different subjects are never compared;
 * values agree when their intervals overlap. Counted nouns of one kind ({@code counted-kinds.txt}:
 * "thieves"/"robbers" share a key; "residents" count as "people" only to agree, never to conflict). Quotes are grouped by shared words and checked for their
 * speakers; sentences are aligned by weighted word overlap, and optionally by meaning through a
 * {@link dev.triangulate.reconcile.SentenceSimilarity} asked only about pairs already close in words. Every finding carries its evidence spans and
 * a rationale saying why its claims were aligned and how their values were judged.
 *
 * <p>Cost: no step compares every pair of a story's items when most pairs cannot match. Similar sentences
 * are found through an index of their rarest words ({@link dev.triangulate.reconcile.TermVectors}), dates
 * only meet dates sharing a subject, and pairs already grouped are not tried again; each of these gives
 * the same findings as trying every pair. What remains grows with the number of pairs that do match.
 *
 * <p>Invariants: every evidence text equals its article's characters at its span; a conflict has at least
 * two sides from different articles; a corroboration counts independent articles (syndicated copies once).
 */
package dev.triangulate.reconcile;
