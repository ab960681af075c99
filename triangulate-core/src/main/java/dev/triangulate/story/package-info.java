/**
 * Story clustering: {@code List<Coverage> -> List<Story>}, the one global step of the pipeline.
 *
 * <p>{@link dev.triangulate.story.OnlineClusterer} assigns articles one at a time (publication
 * date, then input order) to the most similar live story or a new one, merging stories that a later
 * article bridges; a second pass then moves each article whose own story (without it) fits it clearly
 * worse than another. Similarity is a cosine over bounded TF-IDF vectors of word stems, named things,
 * event dates, the stated year, days of the year and quantities, decayed by the publication gap. Syndicated copies inside a story are
 * found by MinHash over word shingles and reported in {@link dev.triangulate.model.Story#copyOf()}.
 *
 * <p>Invariants: every input article is a member of exactly one story; members are oldest first;
 * story ids {@code s1, s2, ...} follow first-article order; a copy maps to an earlier member of its
 * own story; the output is a deterministic function of the input list. Heuristic word lists live in
 * {@code src/main/resources/dev/triangulate/story/}.
 */
package dev.triangulate.story;
