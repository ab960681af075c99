package dev.triangulate.flink;

import dev.triangulate.model.Coverage;
import dev.triangulate.story.BatchStatistics;
import dev.triangulate.story.OnlineClusterer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Joins each placed article (keyed by path) with the batch-wide counts of its features and, when the
 * bounded input ends, weighs it as the local runner's batch would ({@link OnlineClusterer#vector}). The
 * article goes on carrying its features' statistics; its vector is posted to {@link #POSTINGS} under
 * each of its prefix features: its features from the rarest (fewest articles, then first seen) on,
 * until what is left of the unit vector is shorter than the join threshold. Two articles whose
 * cosine reaches the threshold then share a posted feature (if they shared none, their dot product
 * would come from one side's unposted rest alone, which is shorter than the threshold).
 * Each task instance is used by one thread, as Flink does.
 */
final class ArticleVectors extends EndOfInputJoin<String, Analysed, KeyedStories.FeatureCount, Analysed> {

    private static final long serialVersionUID = 1L;

    /** An article's vector under each of its prefix features. */
    static final OutputTag<KeyedStories.Posting> POSTINGS = new OutputTag<>("postings") {
        private static final long serialVersionUID = 1L;
    };

    private final JobSettings settings;
    private transient OnlineClusterer clusterer;

    ArticleVectors(JobSettings settings) {
        super(Analysed.class, KeyedStories.FeatureCount.class);
        this.settings = settings;
    }

    @Override
    void opened() {
        clusterer = settings.clusterer();
    }

    @Override
    void join(Analysed a, List<KeyedStories.FeatureCount> counts, OnTimerContext context, Collector<Analysed> out) {
        Map<String, BatchStatistics.Feature> features = new HashMap<>();
        for (KeyedStories.FeatureCount f : counts) {
            features.put(f.feature(), new BatchStatistics.Feature(f.documents(), f.firstSeen(), f.surface()));
        }
        var placed = RecordCodec.decode(a.statistics(), KeyedStories.ArticleStatistics.class);
        BatchStatistics stats = new BatchStatistics(placed.stats().documents(), features);
        Map<String, Double> vector = clusterer.vector(RecordCodec.decode(a.coverage(), Coverage.class), stats);
        post(a.path(), vector, stats, context);
        var withStats = new KeyedStories.ArticleStatistics(placed.order(), stats);
        out.collect(new Analysed(a.path(), a.path(), a.coverage(), RecordCodec.encode(withStats)));
    }

    private void post(String path, Map<String, Double> vector, BatchStatistics stats, OnTimerContext context) {
        String[] keys = vector.keySet().toArray(String[]::new);
        double[] weights = vector.values().stream().mapToDouble(Double::doubleValue).toArray();
        for (String feature : prefix(vector, stats, PairLinks.threshold(clusterer))) {
            context.output(POSTINGS, new KeyedStories.Posting(feature, path, keys, weights));
        }
    }

    /** The rarest features, until the squared weight left is below the threshold's square. */
    static List<String> prefix(Map<String, Double> vector, BatchStatistics stats, double threshold) {
        List<String> byRarity = new ArrayList<>(vector.keySet());
        byRarity.sort(Comparator.comparingInt((String k) -> stats.features().get(k).documents())
                .thenComparingLong(k -> stats.features().get(k).firstSeen()));
        double left = 0;
        for (double w : vector.values()) {
            left += w * w;
        }
        List<String> out = new ArrayList<>();
        for (String k : byRarity) {
            if (left < threshold * threshold) {
                break;
            }
            out.add(k);
            left -= vector.get(k) * vector.get(k);
        }
        return out;
    }
}
