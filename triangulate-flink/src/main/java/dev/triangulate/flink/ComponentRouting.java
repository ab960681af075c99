package dev.triangulate.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Joins each analysed article (keyed by path) with its component from the merge step and, when the
 * bounded input ends on both sides, sends it on keyed by that component (by its own path when the
 * merge put it in no group). Each task instance is used by one thread, as Flink does.
 */
final class ComponentRouting extends KeyedCoProcessFunction<String, Analysed, KeyedStories.ComponentOf, Analysed> {

    private static final long serialVersionUID = 1L;

    private transient ValueState<Analysed> article;
    private transient ValueState<String> root;

    @Override
    public void open(OpenContext context) {
        article = getRuntimeContext().getState(new ValueStateDescriptor<>("article", Analysed.class));
        root = getRuntimeContext().getState(new ValueStateDescriptor<>("root", String.class));
    }

    @Override
    public void processElement1(Analysed value, Context context, Collector<Analysed> out) throws Exception {
        article.update(value);
        context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void processElement2(KeyedStories.ComponentOf value, Context context, Collector<Analysed> out) throws Exception {
        root.update(value.root());
        context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Analysed> out) throws Exception {
        Analysed a = article.value();
        if (a != null) {
            out.collect(a.withKey(root.value() != null ? root.value() : a.path()));
        }
        article.clear();
        root.clear();
    }
}
