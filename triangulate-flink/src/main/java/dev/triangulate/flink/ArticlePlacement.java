package dev.triangulate.flink;

import dev.triangulate.model.Coverage;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.story.BatchStatistics;
import dev.triangulate.story.OnlineClusterer;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Joins each analysed article (keyed by path) with its {@link KeyedStories.Placement} and, when the
 * bounded input ends, sends it on with its processing order attached, re-analysed under its unique id
 * when that differs ({@code report~2}, as the local runner does), and posts each of its clusterer
 * features ({@link OnlineClusterer#features}) to {@link #OCCURRENCES} for the batch-wide count.
 * Stage objects are built in {@link #open}. Each task instance is used by one thread, as Flink does.
 */
final class ArticlePlacement extends KeyedCoProcessFunction<String, Analysed, KeyedStories.Placement, Analysed> {

    private static final long serialVersionUID = 1L;

    /** One line per feature of each article. */
    static final OutputTag<KeyedStories.FeatureOccurrence> OCCURRENCES = new OutputTag<>("feature-occurrences") {
        private static final long serialVersionUID = 1L;
    };

    private final JobSettings settings;
    private transient Triangulate pipeline;
    private transient OnlineClusterer clusterer;
    private transient ValueState<Analysed> article;
    private transient ValueState<KeyedStories.Placement> placement;

    ArticlePlacement(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        pipeline = settings.pipeline();
        clusterer = settings.clusterer();
        article = getRuntimeContext().getState(new ValueStateDescriptor<>("article", Analysed.class));
        placement = getRuntimeContext().getState(new ValueStateDescriptor<>("placement", KeyedStories.Placement.class));
    }

    @Override
    public void processElement1(Analysed value, Context context, Collector<Analysed> out) throws Exception {
        article.update(value);
        context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void processElement2(KeyedStories.Placement value, Context context, Collector<Analysed> out) throws Exception {
        placement.update(value);
        context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Analysed> out) throws Exception {
        Analysed a = article.value();
        KeyedStories.Placement p = placement.value();
        article.clear();
        placement.clear();
        if (a == null || p == null) {
            return; // every article is placed once the input ends; a side alone has nothing to join
        }
        Coverage c = RecordCodec.decode(a.coverage(), Coverage.class);
        if (!c.id().equals(p.id())) {
            c = pipeline.analyze(List.of(StoryAssignment.renamed(c.article(), p.id())), Progress.SILENT).getFirst();
        }
        int position = 0;
        for (Map.Entry<String, String> f : clusterer.features(c).entrySet()) {
            long first = BatchStatistics.Feature.firstSeen(p.order(), position++);
            context.output(OCCURRENCES, new KeyedStories.FeatureOccurrence(f.getKey(), a.path(), first, f.getValue()));
        }
        var stats = new KeyedStories.ArticleStatistics(p.order(), new BatchStatistics(p.documents(), Map.of()));
        out.collect(new Analysed(a.path(), a.path(), RecordCodec.encode(c), RecordCodec.encode(stats)));
    }
}
