package dev.triangulate.flink;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.util.Collector;

/**
 * Story assignment partitioned by the clusterer's blocking keys, for a bounded input:
 *
 * <pre>
 * analysed ──fan out by blocking key──▶ CandidateStories (keyed by block, parallel)
 *          ──candidate groups──▶ ComponentUnion (one task: union of groups sharing an article)
 *          ──path → component──▶ ComponentRouting (keyed by path, joins the article) ──▶ by component
 * </pre>
 *
 * <p>Each article goes to the partition of every one of its blocking keys, where the local runner's
 * clusterer groups that partition's articles; two articles grouped together in any partition belong
 * to one component (a union of candidate stories that share articles). Each component is then
 * clustered once more, whole, by {@link StoryAssignment} with the same clusterer: that second pass
 * splits a component that chained two events, so what the merge can get wrong is only a pair of
 * articles the local runner joins but no partition did. The merge task handles article paths only,
 * never coverages: its cost is a union-find over {@code articles × keys} strings.
 *
 * <p>Stateless wiring; the functions are serialisable and hold only the settings.
 */
final class KeyedStories {

    /** A candidate story found under one blocking key: the paths of its articles, two or more. */
    public record CandidateGroup(String[] paths) {
    }

    /** The component an article belongs to, named by its smallest path. */
    public record ComponentOf(String path, String root) {
    }

    private KeyedStories() {
    }

    /** The analysed articles re-keyed by component, ready for {@link StoryAssignment}. */
    static DataStream<Analysed> byComponent(DataStream<Analysed> analysed, JobSettings settings) {
        DataStream<CandidateGroup> groups = analysed.flatMap(new FanOut()).name("fan out by blocking key")
                .keyBy(Analysed::key).process(new CandidateStories(settings))
                .name("candidate stories per key").uid("candidate-stories");
        DataStream<ComponentOf> components = groups.keyBy(g -> "merge").process(new ComponentUnion())
                .setParallelism(1).setMaxParallelism(1).name("merge candidates").uid("merge-candidates");
        return analysed.keyBy(Analysed::path).connect(components.keyBy(ComponentOf::path))
                .process(new ComponentRouting()).name("route to component").uid("route-to-component");
    }

    /** One copy of the article per blocking key (an article without keys stays alone). */
    private static final class FanOut implements FlatMapFunction<Analysed, Analysed> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Analysed article, Collector<Analysed> out) {
            for (String block : article.blocks()) {
                out.collect(article.withKey(block));
            }
        }
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
