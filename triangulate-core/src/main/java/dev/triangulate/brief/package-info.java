/**
 * Briefings: {@code Story + Comparison -> Briefing} (consensus summary, findings, timeline, quotes,
 * entities, per-outlet comparison).
 *
 * <p>Invariant: every sentence of the summary is the exact text of a source sentence and cites it;
 * every passage cited anywhere equals its article's characters at its span.
 */
package dev.triangulate.brief;
