package dev.triangulate.flink;

import dev.triangulate.model.Coverage;
import dev.triangulate.story.OnlineClusterer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The one global ordering step of a keyed run, on one task: when the bounded input ends, orders the
 * articles as the local runner reads them (by place), gives a repeated id the local runner's suffix
 * ({@code report~2}), and places each in the clusterer's processing order
 * ({@link OnlineClusterer#processingPositions}: by date, an undated article borrowing the date before it).
 * Holds a path, an id and a date per article, never a coverage. Each task instance is used by one thread.
 */
final class ProcessingOrder extends KeyedProcessFunction<String, KeyedStories.ArticleDate, KeyedStories.Placement> {

    private static final long serialVersionUID = 1L;

    private transient ListState<KeyedStories.ArticleDate> dates;

    @Override
    public void open(OpenContext context) {
        dates = getRuntimeContext().getListState(new ListStateDescriptor<>("article-dates", KeyedStories.ArticleDate.class));
    }

    @Override
    public void processElement(KeyedStories.ArticleDate date, Context context, Collector<KeyedStories.Placement> out) throws Exception {
        dates.add(date);
        context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<KeyedStories.Placement> out) throws Exception {
        List<KeyedStories.ArticleDate> read = new ArrayList<>();
        dates.get().forEach(read::add);
        dates.clear();
        read.sort(Comparator.comparing(KeyedStories.ArticleDate::path));
        List<Integer> positions = OnlineClusterer.processingPositions(
                read.stream().map(d -> d.date().isEmpty() ? null : LocalDate.parse(d.date())).toList());
        List<String> ids = uniqueIds(read);
        for (int order = 0; order < positions.size(); order++) {
            int i = positions.get(order);
            out.collect(new KeyedStories.Placement(read.get(i).path(), order, ids.get(i), read.size()));
        }
    }

    /** As the local runner: a repeated id gets a suffix ({@code report~2}), in reading order. */
    private static List<String> uniqueIds(List<KeyedStories.ArticleDate> read) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>(read.size());
        for (KeyedStories.ArticleDate d : read) {
            String id = d.id();
            for (int n = 2; !seen.add(id); n++) {
                id = d.id() + "~" + n;
            }
            out.add(id);
        }
        return out;
    }

    /** An analysed article's place, id and publication date. */
    static final class DateOf implements MapFunction<Analysed, KeyedStories.ArticleDate> {
        private static final long serialVersionUID = 1L;

        @Override
        public KeyedStories.ArticleDate map(Analysed a) {
            Coverage c = RecordCodec.decode(a.coverage(), Coverage.class);
            LocalDate d = c.article().published().date();
            return new KeyedStories.ArticleDate(a.path(), c.id(), d == null ? "" : d.toString());
        }
    }
}
