package dev.triangulate.flink;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by feature: when the bounded input ends, counts the articles that have the feature and finds
 * its first occurrence in processing order (and the readable form there), as the local runner's batch
 * counts them, and sends that to every article that has it. Each task instance is used by one thread.
 */
final class FeatureCounts extends KeyedProcessFunction<String, KeyedStories.FeatureOccurrence, KeyedStories.FeatureCount> {

    private static final long serialVersionUID = 1L;

    private transient ListState<KeyedStories.FeatureOccurrence> occurrences;

    @Override
    public void open(OpenContext context) {
        occurrences = getRuntimeContext().getListState(new ListStateDescriptor<>("occurrences", KeyedStories.FeatureOccurrence.class));
    }

    @Override
    public void processElement(KeyedStories.FeatureOccurrence o, Context context, Collector<KeyedStories.FeatureCount> out) throws Exception {
        occurrences.add(o);
        context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<KeyedStories.FeatureCount> out) throws Exception {
        List<KeyedStories.FeatureOccurrence> all = new ArrayList<>();
        occurrences.get().forEach(all::add);
        occurrences.clear();
        KeyedStories.FeatureOccurrence first = all.getFirst();
        for (KeyedStories.FeatureOccurrence o : all) {
            first = o.firstSeen() < first.firstSeen() ? o : first;
        }
        for (KeyedStories.FeatureOccurrence o : all) {
            out.collect(new KeyedStories.FeatureCount(o.path(), o.feature(), all.size(), first.firstSeen(), first.surface()));
        }
    }
}
