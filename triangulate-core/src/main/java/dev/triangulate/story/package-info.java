/**
 * Story clustering: {@code List<Coverage> -> List<Story>}, the one global step of the pipeline, in
 * two forms over one assignment core ({@code ClusteringRun}).
 *
 * <p><b>Batch</b>: {@link dev.triangulate.story.OnlineClusterer} assigns articles one at a time (publication
 * date, then input order) to the most similar live story or a new one, merging stories that a later
 * article bridges; a second pass then moves each article whose own story (without it) fits it clearly
 * worse than another. Similarity is a cosine over bounded TF-IDF vectors of word stems, named things,
 * event dates, the stated year, days of the year and quantities, decayed by the publication gap. Rarity
 * (IDF) is counted over the whole batch before assignment starts. Syndicated copies inside a story are
 * found by MinHash over word shingles and reported in {@link dev.triangulate.model.Story#copyOf()}.
 *
 * <p><b>Stream</b>: {@link dev.triangulate.story.StoryStream} takes articles as they arrive and answers each
 * with a {@link dev.triangulate.story.StoryAssignment}: the same scoring, joining and merging, but a single
 * pass (no reassignment: a placed article only ever moves with a merge), IDF counted over the stream so
 * far (features hashed to ids, frequencies in a bounded table), arrival order rather than date order,
 * and bounded state: a story closes once the stream's clock is a time window past its last article, and
 * is then handed out as a {@link dev.triangulate.story.ClosedStory} (member ids, title, keywords, copies)
 * with its vectors and index postings dropped. Per live story it keeps a capped centroid, a few recent
 * member vectors, and per member its id, headline, date, vector and signature, never the text. On the
 * same input the two agree on clear cases; the batch is the better judge of borderline ones, because it
 * knows every article's rarity and can revisit early choices.
 *
 * <p>Invariants: every input article is a member of exactly one story (for a stream: of exactly one
 * closed story once {@code closeAll} has run); members are oldest first (a stream: in arrival order);
 * batch story ids {@code s1, s2, ...} follow first-article order, stream ids opening order; a copy maps
 * to an earlier member of its own story; the output is a deterministic function of the input list (its
 * order, for a stream). Heuristic word lists live in {@code src/main/resources/dev/triangulate/story/}.
 */
package dev.triangulate.story;
