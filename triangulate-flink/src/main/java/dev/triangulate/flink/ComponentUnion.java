package dev.triangulate.flink;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.accumulators.IntMaximum;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The merge step of a keyed run, on one task: gathers every link (a group of paths) and, when the
 * bounded input ends, unions groups that share an article and names each article's component by its
 * smallest path. Holds paths only (never coverages). An article in no group gets no line and stays
 * its own component. Reports the components' count and sizes as accumulators. Each task instance is
 * used by one thread, as Flink does.
 */
final class ComponentUnion extends KeyedProcessFunction<String, KeyedStories.CandidateGroup, KeyedStories.ComponentOf> {

    private static final long serialVersionUID = 1L;

    /** Accumulators of the run's {@code JobExecutionResult}: components of two or more articles, their articles, the largest. */
    static final String LINKED_COMPONENTS = "linked-components", LINKED_ARTICLES = "linked-articles",
            LARGEST_COMPONENT = "largest-component";

    private transient ListState<KeyedStories.CandidateGroup> groups;

    @Override
    public void open(OpenContext context) {
        groups = getRuntimeContext().getListState(new ListStateDescriptor<>("groups", KeyedStories.CandidateGroup.class));
    }

    @Override
    public void processElement(KeyedStories.CandidateGroup group, Context context,
                               Collector<KeyedStories.ComponentOf> out) throws Exception {
        groups.add(group);
        context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<KeyedStories.ComponentOf> out) throws Exception {
        KeyedStories.DisjointSets sets = new KeyedStories.DisjointSets();
        for (KeyedStories.CandidateGroup g : groups.get()) {
            sets.union(List.of(g.paths()));
        }
        groups.clear();
        Map<String, Integer> sizes = new HashMap<>();
        for (String path : sets.members()) {
            String root = sets.find(path);
            sizes.merge(root, 2, (a, b) -> a + 1); // a root is no member of its own: its first member counts it too
            out.collect(new KeyedStories.ComponentOf(path, root));
        }
        getRuntimeContext().getIntCounter(LINKED_COMPONENTS).add(sizes.size());
        getRuntimeContext().getIntCounter(LINKED_ARTICLES).add(sizes.values().stream().mapToInt(Integer::intValue).sum());
        getRuntimeContext().addAccumulator(LARGEST_COMPONENT, new IntMaximum(sizes.values().stream().mapToInt(Integer::intValue).max().orElse(1)));
    }
}
