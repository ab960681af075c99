package dev.triangulate.story;

import dev.triangulate.model.Coverage;
import dev.triangulate.model.Story;
import dev.triangulate.text.Lexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups reports of the same event into stories, one article at a time.
 *
 * <p>Order: articles are processed by publication date; an undated article keeps its place after the
 * dated article that precedes it in the input; ties keep input order. Each article joins the live
 * story whose centroid is most similar to it, if that similarity (cosine over TF-IDF-weighted word
 * stems, named things, event dates and quantities, halved every {@code halfLifeDays} of publication
 * gap and zero beyond {@code windowDays}) reaches {@code joinThreshold}; otherwise it starts a story.
 * When the article also matches a second story whose centroid agrees with the first, the two merge.
 * After the pass a story that holds two events of one kind is split in two ({@link Bisection}); then
 * every article is scored once more against its own story without itself and moves
 * to a candidate story that beats that by {@code reassignMargin}: an early article joined a story
 * before later reports showed which event it was about.
 * Document frequencies come from the batch itself, counted before assignment starts.
 *
 * <p>Facts help but are optional: {@code Mention}s supply named things, {@code When}s event dates,
 * {@code Quantity}s counted values; an article without facts falls back to capitalised token runs.
 *
 * <pre>{@code
 * Clusterer clusterer = OnlineClusterer.defaults();
 * List<Story> stories = clusterer.cluster(coverages);
 * }</pre>
 *
 * <p>For an unbounded stream, where holding every article is not an option, use {@link StoryStream}:
 * the same assignment core, one pass, bounded state.
 *
 * <p>Immutable and thread-safe; each call works on its own state. The result is a deterministic
 * function of the input list: story ids {@code s1, s2, ...} follow each story's first article.
 */
public final class OnlineClusterer implements Clusterer {

    private static final int KEY_WORDS = 2;

    private final ClusterSettings settings;
    private final TermExtractor extractor;
    private final Set<String> generic;

    public OnlineClusterer(ClusterSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.extractor = TermExtractor.english(settings);
        this.generic = Lexicon.lines("story/generic-words.txt").stream().map(TermExtractor::stem)
                .collect(Collectors.toUnmodifiableSet());
    }

    public static OnlineClusterer defaults() {
        return new OnlineClusterer(ClusterSettings.defaults());
    }

    public ClusterSettings settings() {
        return settings;
    }

    @Override
    public List<Story> cluster(List<Coverage> coverages) {
        FeatureSpace space = new FeatureSpace(generic, settings.genericDiscount());
        List<Coverage> ordered = processingOrder(coverages);
        List<StoryDraft> drafts = ClusteringRun.batch(settings).assign(profiles(ordered, space));
        return new StoryAssembler(space, settings.copyThreshold()).assemble(drafts, ordered);
    }

    /**
     * Clusters one part of a batch as the whole batch would cluster it, given the batch's statistics
     * ({@link BatchStatistics}) and the part's articles in the batch's processing order
     * ({@link #processingPositions} over the whole batch). Exact for a part that is a connected
     * component of the batch's link graph (articles linked when the cosine of their {@link #vector}s
     * reaches the join threshold): an article joins, merges or moves into a story only through a member
     * it scores at least the join threshold with (a story's score is a mean of member cosines, times
     * factors of at most 1), so every story of the batch lies inside one component. Story ids
     * {@code s1, s2, ...} number the part's stories only.
     */
    public List<Story> cluster(List<Coverage> ordered, BatchStatistics stats) {
        List<ArticleTerms> terms = ordered.stream().map(extractor::extract).toList();
        FeatureSpace space = FeatureSpace.preset(generic, settings.genericDiscount(), stats,
                terms.stream().flatMap(t -> t.weights().keySet().stream()).toList());
        List<StoryDraft> drafts = ClusteringRun.batch(settings).assign(profiles(ordered, terms, space));
        return new StoryAssembler(space, settings.copyThreshold()).assemble(drafts, ordered);
    }

    /**
     * The article's features as the batch counts them towards {@link BatchStatistics}: keys in counting
     * order (a key's position here is its {@code position} in {@link BatchStatistics.Feature#firstSeen}),
     * each with its readable form.
     */
    public Map<String, String> features(Coverage coverage) {
        ArticleTerms terms = extractor.extract(coverage);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        terms.weights().keySet().forEach(k -> out.put(k, terms.surfaces().getOrDefault(k, k.substring(2))));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The article's unit TF-IDF vector under the batch's statistics, as the batch scores it: feature key
     * to weight. Two articles whose vectors' dot product is below {@code settings().joinThreshold()} are
     * never linked directly (see {@link #cluster(List, BatchStatistics)}).
     */
    public Map<String, Double> vector(Coverage coverage, BatchStatistics stats) {
        ArticleTerms terms = extractor.extract(coverage);
        FeatureSpace space = FeatureSpace.preset(generic, settings.genericDiscount(), stats, terms.weights().keySet());
        SparseVector v = space.vector(terms, settings.articleTerms());
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < v.size(); i++) {
            out.put(space.key(v.id(i)), v.weight(i));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The articles, in processing order, as weighted vectors over {@code space} (which counts them first). */
    List<Profile> profiles(List<Coverage> ordered, FeatureSpace space) {
        List<ArticleTerms> terms = ordered.stream().map(extractor::extract).toList();
        terms.forEach(space::count);
        return profiles(ordered, terms, space);
    }

    private List<Profile> profiles(List<Coverage> ordered, List<ArticleTerms> terms, FeatureSpace space) {
        List<Profile> profiles = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            SparseVector vector = space.vector(terms.get(i), settings.articleTerms());
            profiles.add(Profile.of(i, ordered.get(i), vector, Profile.identity(terms.get(i), vector, space::id)));
        }
        return profiles;
    }

    /**
     * Keys for a keyed engine: the article's most frequent named things, then its most frequent
     * topic words ({@code e:lindsay lohan}, {@code w:rehab}). Needs no state, so any worker computes
     * the same keys for the same article.
     */
    @Override
    public Set<String> blockingKeys(Coverage coverage) {
        ArticleTerms terms = extractor.extract(coverage);
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(strongest(terms, "e:", settings.blockingKeys() - KEY_WORDS));
        keys.addAll(strongest(terms, "w:", settings.blockingKeys() - keys.size()));
        return keys;
    }

    private List<String> strongest(ArticleTerms terms, String namespace, int limit) {
        return terms.weights().entrySet().stream()
                .filter(e -> e.getKey().startsWith(namespace) && !generic.contains(e.getKey().substring(2)))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(Math.max(0, limit))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Stable sort by date, where an undated article borrows the date of the dated one before it. */
    static List<Coverage> processingOrder(List<Coverage> coverages) {
        return processingPositions(coverages.stream().map(c -> c.article().published().date()).toList())
                .stream().map(coverages::get).toList();
    }

    /**
     * The order a batch processes its articles in, given their publication dates ({@code null} when
     * unknown) in input order: the input positions, by date, where an undated article borrows the date
     * of the dated one before it; ties keep input order.
     */
    public static List<Integer> processingPositions(List<LocalDate> dates) {
        List<LocalDate> keys = new ArrayList<>(dates.size());
        LocalDate previous = LocalDate.MIN;
        for (LocalDate d : dates) {
            previous = d != null ? d : previous;
            keys.add(previous);
        }
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            index.add(i);
        }
        index.sort(Comparator.comparing(keys::get)); // List.sort is stable: ties keep input order
        return List.copyOf(index);
    }
}
