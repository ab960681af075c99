package dev.triangulate.flink;

import dev.triangulate.story.BatchStatistics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * Story assignment partitioned into the connected components of the batch's link graph, for a bounded
 * input: two articles are linked when their vectors, weighed with the whole batch's statistics, reach
 * the clusterer's join threshold. Every story of the local runner lies inside one component
 * ({@code OnlineClusterer.cluster(ordered, stats)} says why), so each component is clustered on its own,
 * in parallel, and gives the local runner's stories.
 *
 * <pre>
 * analysed ──(path, id, date)──▶ ProcessingOrder (one task: order, unique ids, article count)
 *          ──join by path──▶ ArticlePlacement ──(feature, path, first seen)──▶ FeatureCounts (keyed by feature)
 *          ──join by path──▶ ArticleVectors ──vector under each prefix feature──▶ PairLinks (keyed by feature)
 *          ──links──▶ ComponentUnion (one task: union-find over paths)
 *          ──join by path──▶ ComponentRouting ──▶ keyed by component (StoryAssignment, then StoryNaming)
 * </pre>
 *
 * <p>The one-task steps hold small records only: {@code ProcessingOrder} a path, an id and a date per
 * article; {@code ComponentUnion} the paths of linked articles. Feature counts, vectors and pair
 * scores are keyed by feature and spread over all tasks. Candidate pairs come from prefix filtering:
 * an article is posted under its rarest features until what is left of its unit vector is shorter
 * than the threshold, so any pair whose cosine reaches the threshold shares a posted feature.
 *
 * <p>Stateless wiring; the functions are serialisable and hold only the settings.
 */
final class KeyedStories {

    /** A linked pair (or any group of linked articles): the paths, two or more. */
    public record CandidateGroup(String[] paths) {
    }

    /** The component an article belongs to, named by its smallest path. */
    public record ComponentOf(String path, String root) {
    }

    /** What ordering needs of an article: its place, its id, its publication date (ISO, or empty). */
    public record ArticleDate(String path, String id, String date) {
    }

    /** An article's place in the batch: processing order, unique id, and how many articles the batch has. */
    public record Placement(String path, int order, String id, int documents) {
    }

    /** One feature of one article, and where it occurs first in that article ({@link BatchStatistics.Feature#firstSeen}). */
    public record FeatureOccurrence(String feature, String path, long firstSeen, String surface) {
    }

    /** A feature's batch-wide statistics, addressed to one article that has it. */
    public record FeatureCount(String path, String feature, int documents, long firstSeen, String surface) {
    }

    /** An article's vector, posted under one of its prefix features. */
    public record Posting(String feature, String path, String[] keys, double[] weights) {
    }

    /** What story assignment needs beyond the coverage: the article's order and its features' statistics. */
    public record ArticleStatistics(int order, BatchStatistics stats) {
    }

    private KeyedStories() {
    }

    /** The analysed articles re-keyed by component, ready for {@link StoryAssignment}. */
    static DataStream<Analysed> byComponent(DataStream<Analysed> analysed, JobSettings settings) {
        DataStream<Placement> order = analysed.map(new ProcessingOrder.DateOf()).name("article dates")
                .keyBy(d -> "order").process(new ProcessingOrder())
                .setParallelism(1).setMaxParallelism(1).name("processing order").uid("processing-order");
        SingleOutputStreamOperator<Analysed> placed = analysed.keyBy(Analysed::path).connect(order.keyBy(Placement::path))
                .process(new ArticlePlacement(settings)).name("place articles").uid("place-articles");
        DataStream<FeatureCount> counts = placed.getSideOutput(ArticlePlacement.OCCURRENCES)
                .keyBy(FeatureOccurrence::feature).process(new FeatureCounts()).name("count features").uid("count-features");
        SingleOutputStreamOperator<Analysed> weighed = placed.keyBy(Analysed::path).connect(counts.keyBy(FeatureCount::path))
                .process(new ArticleVectors(settings)).name("weigh articles").uid("weigh-articles");
        DataStream<CandidateGroup> links = weighed.getSideOutput(ArticleVectors.POSTINGS)
                .keyBy(Posting::feature).process(new PairLinks(settings)).name("link pairs").uid("link-pairs");
        DataStream<ComponentOf> components = links.keyBy(g -> "merge").process(new ComponentUnion())
                .setParallelism(1).setMaxParallelism(1).name("merge links").uid("merge-candidates");
        return weighed.keyBy(Analysed::path).connect(components.keyBy(ComponentOf::path))
                .process(new ComponentRouting()).name("route to component").uid("route-to-component");
    }

    /** Union-find over paths with path halving; roots are the smallest path of their set. Not thread-safe. */
    static final class DisjointSets {
        private final Map<String, String> parent = new HashMap<>();

        void union(List<String> paths) {
            for (int i = 1; i < paths.size(); i++) {
                String a = find(paths.get(0));
                String b = find(paths.get(i));
                if (!a.equals(b)) {
                    parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
                }
            }
        }

        String find(String path) {
            String p = path;
            while (true) {
                String up = parent.getOrDefault(p, p);
                if (up.equals(p)) {
                    return p;
                }
                String grand = parent.getOrDefault(up, up);
                parent.put(p, grand);
                p = grand;
            }
        }

        Iterable<String> members() {
            return List.copyOf(parent.keySet());
        }
    }
}
