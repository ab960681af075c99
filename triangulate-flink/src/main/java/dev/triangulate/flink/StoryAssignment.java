package dev.triangulate.flink;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Story;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The keyed, stateful step: gathers the analysed articles of a key in keyed state and, when the
 * bounded input ends (the final watermark fires a timer at the end of time), groups them into
 * stories with the local runner's clusterer ({@link Triangulate#cluster}). Emits each story to be
 * reconciled and its membership to {@link #MEMBERSHIP} as {@code {"id","title","articles":[...]}}.
 *
 * <p>Articles are clustered in the order the local runner reads them (by path) and get the same
 * unique ids ({@code report~2} for a repeated file name, analysed again under that id), so the
 * stories equal the local runner's. Every article goes to one key ({@link #keyOf}): the clusterer's
 * blocking keys are several per article, and joining stories that span keys needs a merge step that
 * does not exist yet. So this step runs on one task, holding every coverage of the run in state.
 * Each task instance is used by one thread, as Flink does.
 */
public final class StoryAssignment extends KeyedProcessFunction<String, Analysed, EncodedStory> {

    private static final long serialVersionUID = 1L;

    /** Story membership lines. */
    public static final OutputTag<String> MEMBERSHIP = new OutputTag<>("membership") {
        private static final long serialVersionUID = 1L;
    };

    private final JobSettings settings;
    private transient Triangulate pipeline;
    private transient ListState<Analysed> articles;

    public StoryAssignment(JobSettings settings) {
        this.settings = settings;
    }

    /** The key an article is routed by: one for all, so clustering sees the whole run (see the class note). */
    static String keyOf(Coverage coverage) {
        return "all";
    }

    @Override
    public void open(OpenContext context) {
        pipeline = settings.pipeline();
        articles = getRuntimeContext().getListState(new ListStateDescriptor<>("articles", Analysed.class));
    }

    @Override
    public void processElement(Analysed article, Context context, Collector<EncodedStory> out) throws Exception {
        articles.add(article);
        context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<EncodedStory> out) throws Exception {
        List<Analysed> gathered = new ArrayList<>();
        articles.get().forEach(gathered::add);
        articles.clear();
        gathered.sort(Comparator.comparing(Analysed::path));
        List<Coverage> coverages = uniqueIds(gathered.stream().map(a -> RecordCodec.decode(a.coverage(), Coverage.class)).toList());
        List<Story> stories = pipeline.cluster(coverages, Progress.SILENT);
        for (int rank = 0; rank < stories.size(); rank++) {
            context.output(MEMBERSHIP, membershipLine(stories.get(rank)));
            out.collect(new EncodedStory(rank, RecordCodec.encode(stories.get(rank))));
        }
    }

    /** As the local runner: a repeated id gets a suffix ({@code report~2}); such an article is analysed again under it. */
    private List<Coverage> uniqueIds(List<Coverage> coverages) {
        Set<String> seen = new HashSet<>();
        List<Coverage> out = new ArrayList<>(coverages.size());
        for (Coverage c : coverages) {
            String id = c.id();
            for (int n = 2; !seen.add(id); n++) {
                id = c.id() + "~" + n;
            }
            out.add(id.equals(c.id()) ? c : pipeline.analyze(List.of(renamed(c.article(), id)), Progress.SILENT).getFirst());
        }
        return out;
    }

    private static Article renamed(Article a, String id) {
        return new Article(id, a.source(), a.title(), a.outlet(), a.url(), a.authors(), a.published(), a.language(), a.text());
    }

    private static String membershipLine(Story story) {
        var node = JsonNodeFactory.instance.objectNode();
        node.put("id", story.id());
        node.put("title", story.title());
        var ids = node.putArray("articles");
        story.members().forEach(c -> ids.add(c.id()));
        return node.toString();
    }
}
