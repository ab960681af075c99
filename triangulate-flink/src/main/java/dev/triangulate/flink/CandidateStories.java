package dev.triangulate.flink;

import dev.triangulate.model.Coverage;
import dev.triangulate.model.Story;
import dev.triangulate.story.OnlineClusterer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The articles of one blocking key, clustered by the local runner's clusterer when the bounded input
 * ends (in path order, as the local runner reads them); each story of two or more articles leaves as
 * a {@link KeyedStories.CandidateGroup} of paths. The clusterer is built in {@link #open} from the
 * settings. Each task instance is used by one thread, as Flink does.
 */
final class CandidateStories extends KeyedProcessFunction<String, Analysed, KeyedStories.CandidateGroup> {

    private static final long serialVersionUID = 1L;

    private final JobSettings settings;
    private transient OnlineClusterer clusterer;
    private transient ListState<Analysed> articles;

    CandidateStories(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        clusterer = settings.clusterer();
        articles = getRuntimeContext().getListState(new ListStateDescriptor<>("block-articles", Analysed.class));
    }

    @Override
    public void processElement(Analysed article, Context context, Collector<KeyedStories.CandidateGroup> out) throws Exception {
        articles.add(article);
        context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<KeyedStories.CandidateGroup> out) throws Exception {
        List<Analysed> gathered = new ArrayList<>();
        articles.get().forEach(gathered::add);
        articles.clear();
        if (gathered.size() < 2) {
            return;
        }
        gathered.sort(Comparator.comparing(Analysed::path));
        Map<Coverage, String> paths = new IdentityHashMap<>();
        List<Coverage> coverages = new ArrayList<>(gathered.size());
        for (Analysed a : gathered) {
            Coverage c = RecordCodec.decode(a.coverage(), Coverage.class);
            paths.put(c, a.path());
            coverages.add(c);
        }
        for (Story story : clusterer.cluster(coverages)) {
            if (story.members().size() > 1) {
                out.collect(new KeyedStories.CandidateGroup(story.members().stream().map(paths::get).toArray(String[]::new)));
            }
        }
    }
}
