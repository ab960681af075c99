package dev.triangulate.flink;

import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The merge step of a keyed run, on one task: gathers every candidate group and, when the bounded
 * input ends, unions groups that share an article and names each article's component by its
 * smallest path. Holds paths only (never coverages). An article in no group gets no line and stays
 * its own component. Each task instance is used by one thread, as Flink does.
 */
final class ComponentUnion extends KeyedProcessFunction<String, KeyedStories.CandidateGroup, KeyedStories.ComponentOf> {

    private static final long serialVersionUID = 1L;

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
        for (String path : sets.members()) {
            out.collect(new KeyedStories.ComponentOf(path, sets.find(path)));
        }
    }
}
