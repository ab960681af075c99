package dev.triangulate.flink;

import dev.triangulate.story.OnlineClusterer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by feature: when the bounded input ends, scores every pair of the articles posted under the
 * feature (the dot product of their unit vectors) and emits the pairs that reach the clusterer's join
 * threshold as links. A pair posted under several features is linked more than once; the union does
 * not mind. Cost: a feature posted by {@code m} articles costs {@code m²/2} dot products.
 * Each task instance is used by one thread, as Flink does.
 */
final class PairLinks extends KeyedProcessFunction<String, KeyedStories.Posting, KeyedStories.CandidateGroup> {

    private static final long serialVersionUID = 1L;
    /** Below the join threshold by a rounding margin: a link too many costs nothing, one too few splits a story. */
    private static final double MARGIN = 1e-9;

    private final JobSettings settings;
    private transient double threshold;
    private transient ListState<KeyedStories.Posting> postings;

    PairLinks(JobSettings settings) {
        this.settings = settings;
    }

    static double threshold(OnlineClusterer clusterer) {
        return clusterer.settings().joinThreshold() - MARGIN;
    }

    @Override
    public void open(OpenContext context) {
        threshold = threshold(settings.clusterer());
        postings = getRuntimeContext().getListState(new ListStateDescriptor<>("postings", KeyedStories.Posting.class));
    }

    @Override
    public void processElement(KeyedStories.Posting p, Context context, Collector<KeyedStories.CandidateGroup> out) throws Exception {
        postings.add(p);
        context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<KeyedStories.CandidateGroup> out) throws Exception {
        List<KeyedStories.Posting> all = new ArrayList<>();
        postings.get().forEach(all::add);
        postings.clear();
        List<Map<String, Double>> vectors = all.stream().map(PairLinks::asMap).toList();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (dot(all.get(i), vectors.get(j)) >= threshold) {
                    out.collect(new KeyedStories.CandidateGroup(new String[] {all.get(i).path(), all.get(j).path()}));
                }
            }
        }
    }

    private static Map<String, Double> asMap(KeyedStories.Posting p) {
        Map<String, Double> m = new HashMap<>(p.keys().length * 2);
        for (int i = 0; i < p.keys().length; i++) {
            m.put(p.keys()[i], p.weights()[i]);
        }
        return m;
    }

    private static double dot(KeyedStories.Posting a, Map<String, Double> b) {
        double s = 0;
        for (int i = 0; i < a.keys().length; i++) {
            Double w = b.get(a.keys()[i]);
            s += w == null ? 0 : a.weights()[i] * w;
        }
        return s;
    }
}
