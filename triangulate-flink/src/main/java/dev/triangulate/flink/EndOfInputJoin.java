package dev.triangulate.flink;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A keyed join of one element of the first input with every element of the second that shares its
 * key, done when a bounded input ends (the event-time timer at {@code Long.MAX_VALUE} fires only
 * then). Keys without a first-input element are dropped; whether a key needs second-input elements
 * is the subclass's call. Subclasses build their stage objects in {@link #opened} and do the work in
 * {@link #join}. Each task instance is used by one thread, as Flink does.
 *
 * @param <K> the key
 * @param <A> the first input: one element per key (the last one wins)
 * @param <B> the second input: any number per key
 * @param <O> the output
 */
abstract class EndOfInputJoin<K, A, B, O> extends KeyedCoProcessFunction<K, A, B, O> {

    private static final long serialVersionUID = 1L;

    private final Class<A> firstType;
    private final Class<B> secondType;
    private transient ValueState<A> first;
    private transient ListState<B> second;

    EndOfInputJoin(Class<A> firstType, Class<B> secondType) {
        this.firstType = firstType;
        this.secondType = secondType;
    }

    @Override
    public final void open(OpenContext context) {
        first = getRuntimeContext().getState(new ValueStateDescriptor<>("first", firstType));
        second = getRuntimeContext().getListState(new ListStateDescriptor<>("second", secondType));
        opened();
    }

    /** Builds the subclass's stage objects; called once per task, after the state is set up. */
    void opened() {
    }

    @Override
    public final void processElement1(A value, Context context, Collector<O> out) throws Exception {
        first.update(value);
        context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public final void processElement2(B value, Context context, Collector<O> out) throws Exception {
        second.add(value);
        context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public final void onTimer(long timestamp, OnTimerContext context, Collector<O> out) throws Exception {
        A a = first.value();
        List<B> bs = new ArrayList<>();
        second.get().forEach(bs::add);
        first.clear();
        second.clear();
        if (a != null) {
            join(a, bs, context, out);
        }
    }

    /** Joins the key's first-input element with its second-input elements (perhaps none). */
    abstract void join(A a, List<B> bs, OnTimerContext context, Collector<O> out) throws Exception;
}
