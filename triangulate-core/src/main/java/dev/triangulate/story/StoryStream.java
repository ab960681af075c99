package dev.triangulate.story;

import dev.triangulate.model.Coverage;
import dev.triangulate.text.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups reports into stories as they arrive, with memory bounded by the time window rather than by
 * the length of the stream: the streaming entry point of the same assignment core that
 * {@link OnlineClusterer} runs over a batch.
 *
 * <p>Each {@link #offer offered} article joins the live story it is most similar to (at or above
 * {@code joinThreshold}) or opens one; a story it also matches is merged in when the two agree.
 * Once the stream's clock (the latest publication date seen) is more than {@code windowDays} past
 * a story's last article, the story closes: it is handed back in a {@link StoryAssignment}, its
 * vectors are dropped and its postings leave the index. What is kept per live story is compact: a
 * centroid capped at {@code centroidTerms}, the vectors of at most {@code exemplars} recent members,
 * and per member its id, headline, date, vector and MinHash signature (never the text).
 *
 * <p>Differences from the batch: rarity (IDF) is counted over the stream so far, not the whole input;
 * there is no reassignment pass (a member never moves once placed, only merges); articles are taken
 * in arrival order, not sorted by date; an undated story closes when the clock has moved
 * {@code windowDays} past its last article. A closing story that holds two events of one kind is handed
 * back as its parts ({@link Bisection}); the part with its first article keeps its id, the others get
 * new ids that no earlier assignment named. A stream with no dates at all never closes a story
 * before {@link #closeAll}.
 *
 * <pre>{@code
 * StoryStream stream = StoryStream.defaults();
 * for (Coverage c : arriving) {
 *     StoryAssignment a = stream.offer(c);
 *     a.closed().forEach(sink::accept);
 * }
 * stream.closeAll().forEach(sink::accept);
 * }</pre>
 *
 * <p>Mutable and not thread-safe: one instance per stream (or per key in a keyed engine), fed from
 * one thread. The assignments are a deterministic function of the articles and their order.
 */
public final class StoryStream {

    /** Distinct features whose document frequency is held at once (about 32 MB of arrays). */
    private static final int FEATURES = 1 << 21;

    private final ClusterSettings settings;
    private final TermExtractor extractor;
    private final StreamVocabulary vocabulary;
    private final ClusteringRun run;
    private final StoryAssembler assembler;
    private int offered;

    public StoryStream(ClusterSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.extractor = TermExtractor.english(settings);
        Set<String> generic = Lexicon.lines("story/generic-words.txt").stream().map(TermExtractor::stem)
                .collect(Collectors.toUnmodifiableSet());
        this.vocabulary = new StreamVocabulary(generic, settings.genericDiscount(), FEATURES);
        this.run = ClusteringRun.streaming(settings);
        this.assembler = new StoryAssembler(vocabulary, settings.copyThreshold());
    }

    public static StoryStream defaults() {
        return new StoryStream(ClusterSettings.defaults());
    }

    /** Places one article; returns where it went and which stories closed meanwhile. */
    public StoryAssignment offer(Coverage coverage) {
        Objects.requireNonNull(coverage, "coverage");
        ArticleTerms terms = extractor.extract(coverage);
        SparseVector vector = vocabulary.vector(terms, settings.articleTerms());
        Profile profile = Profile.of(offered++, coverage, vector, Profile.identity(terms, vector, StreamVocabulary::id));
        ClusteringRun.Placement placed = run.offer(profile);
        List<String> absorbed = placed.absorbed().stream().map(StoryStream::id).toList();
        return new StoryAssignment(coverage.id(), id(placed.story()), placed.opened(), absorbed,
                close(run.drainClosed()));
    }

    /** Ends the stream: closes every live story, oldest first. The stream stays usable. */
    public List<ClosedStory> closeAll() {
        return close(run.closeAll());
    }

    /** Stories open now. */
    public int liveStories() {
        return run.liveStories();
    }

    /** Articles offered so far. */
    public int offered() {
        return offered;
    }

    private List<ClosedStory> close(List<StoryDraft> drafts) {
        List<ClosedStory> out = new ArrayList<>(drafts.size());
        for (StoryDraft d : drafts) {
            out.add(assembler.closed(id(d), d));
        }
        return out;
    }

    private static String id(StoryDraft d) {
        return "s" + (d.serial + 1);
    }
}
