package dev.triangulate.flink;

import dev.triangulate.model.Story;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Gives a keyed run's stories the local runner's ids: the local runner numbers its stories
 * {@code s1, s2, ...} by their first article's processing order over the whole batch, and each
 * component only knows its own stories. One task ({@link Numbers}) gathers each story's first-article
 * order, one int per story, and numbers them; a join by that order (unique: an article is in one story)
 * renames each story and writes its membership line ({@link StoryAssignment#MEMBERSHIP}).
 * Each task instance is used by one thread, as Flink does.
 */
final class StoryNaming extends EndOfInputJoin<Integer, EncodedStory, StoryNaming.Number, EncodedStory> {

    private static final long serialVersionUID = 1L;

    /** The local runner's number of the story whose first article has processing order {@code first}. */
    public record Number(int first, int number) {
    }

    /** The unnamed stories of a keyed {@link StoryAssignment}, named; membership lines as {@link StoryAssignment#MEMBERSHIP}. */
    static SingleOutputStreamOperator<EncodedStory> named(DataStream<EncodedStory> unnamed) {
        DataStream<Number> numbers = unnamed.map(EncodedStory::rank).name("story firsts")
                .keyBy(first -> 0).process(new Numbers()).setParallelism(1).setMaxParallelism(1)
                .name("number stories").uid("number-stories");
        return unnamed.keyBy(EncodedStory::rank).connect(numbers.keyBy(Number::first))
                .process(new StoryNaming()).name("name stories").uid("name-stories");
    }

    StoryNaming() {
        super(EncodedStory.class, Number.class);
    }

    @Override
    void join(EncodedStory unnamed, List<Number> numbers, OnTimerContext context, Collector<EncodedStory> out) {
        if (numbers.isEmpty()) {
            return;
        }
        int n = numbers.getLast().number();
        Story named = StoryAssignment.named(RecordCodec.decode(unnamed.story(), Story.class), "s" + n);
        context.output(StoryAssignment.MEMBERSHIP, StoryAssignment.membershipLine(named, 0));
        out.collect(new EncodedStory(n, RecordCodec.encode(named), 0));
    }

    /** On one task: numbers the stories by their first article's processing order, from 1. */
    static final class Numbers extends KeyedProcessFunction<Integer, Integer, Number> {
        private static final long serialVersionUID = 1L;

        private transient ListState<Integer> firsts;

        @Override
        public void open(OpenContext context) {
            firsts = getRuntimeContext().getListState(new ListStateDescriptor<>("story-firsts", Integer.class));
        }

        @Override
        public void processElement(Integer first, Context context, Collector<Number> out) throws Exception {
            firsts.add(first);
            context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext context, Collector<Number> out) throws Exception {
            List<Integer> all = new ArrayList<>();
            firsts.get().forEach(all::add);
            firsts.clear();
            all.sort(null);
            for (int i = 0; i < all.size(); i++) {
                out.collect(new Number(all.get(i), i + 1));
            }
        }
    }
}
