package dev.triangulate.flink;

import dev.triangulate.model.Coverage;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.story.BatchStatistics;
import dev.triangulate.story.OnlineClusterer;
import java.util.List;
import java.util.Map;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Joins each analysed article (keyed by path) with its {@link KeyedStories.Placement} and, when the
 * bounded input ends, sends it on with its processing order attached, re-analysed under its unique id
 * when that differs ({@code report~2}, as the local runner does), and posts each of its clusterer
 * features ({@link OnlineClusterer#features}) to {@link #OCCURRENCES} for the batch-wide count.
 * Stage objects are built in {@link #opened}. Each task instance is used by one thread, as Flink does.
 */
final class ArticlePlacement extends EndOfInputJoin<String, Analysed, KeyedStories.Placement, Analysed> {

    private static final long serialVersionUID = 1L;

    /** One line per feature of each article. */
    static final OutputTag<KeyedStories.FeatureOccurrence> OCCURRENCES = new OutputTag<>("feature-occurrences") {
        private static final long serialVersionUID = 1L;
    };

    private final JobSettings settings;
    private transient Triangulate pipeline;
    private transient OnlineClusterer clusterer;

    ArticlePlacement(JobSettings settings) {
        super(Analysed.class, KeyedStories.Placement.class);
        this.settings = settings;
    }

    @Override
    void opened() {
        pipeline = settings.pipeline();
        clusterer = settings.clusterer();
    }

    @Override
    void join(Analysed a, List<KeyedStories.Placement> placements, OnTimerContext context, Collector<Analysed> out) {
        if (placements.isEmpty()) {
            return; // every article is placed once the input ends; an article alone has nothing to join
        }
        KeyedStories.Placement p = placements.getLast();
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
