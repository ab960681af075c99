/**
 * Named entities: {@code Document -> List<Mention>} per article ({@link
 * dev.triangulate.analyze.entity.MentionExtractor}) and {@code List<Coverage> -> List<Entity>}
 * across articles ({@link dev.triangulate.analyze.entity.EntityLinker}). Rule- and lexicon-based:
 * the word lists (titles, head cues, gazetteers, demonyms, given names) live under
 * {@code dev/triangulate/analyze/entity/} as data.
 *
 * <p>Invariants: every mention's span lies inside the article text and its {@code text} equals the
 * characters there; mentions come in position order and never overlap; {@code canonical} is the
 * fullest name the same article uses for the thing (long form over acronym). Entities list every
 * mention exactly once. All classes are immutable and thread-safe.
 */
package dev.triangulate.analyze.entity;
