package dev.triangulate.flink;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Story;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.story.BatchStatistics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The keyed, stateful step: gathers the analysed articles of a key in keyed state and groups them
 * into stories with the local runner's clusterer ({@link Triangulate#cluster}). Emits each story to be
 * reconciled and its membership to {@link #MEMBERSHIP} as {@code {"id","title","articles":[...]}}.
 *
 * <ul>
 *   <li><b>Bounded</b> input: assigns once, when the input ends (the final watermark fires a timer at
 *       the end of time), and clears the state.</li>
 *   <li><b>Continuous</b> input ({@link JobSettings#continuous()}): at most once per monitor interval
 *       after new articles came, re-assigns every article seen so far and emits revision {@code n}: a
 *       membership line per story (with {@code "revision":n}), and a story to reconcile only for a
 *       story whose membership changed since the last revision. The stories of the latest revision
 *       are the local runner's stories of everything read so far.</li>
 * </ul>
 *
 * <p>Articles are clustered in the order the local runner reads them (by path) and get the same
 * unique ids ({@code report~2} for a repeated file name, analysed again under that id). With
 * {@link #SINGLE_KEY} for all articles the stories equal the local runner's. In a keyed run
 * ({@link KeyedStories}) the key is a component of the link graph, its articles arrive with their
 * processing order and unique ids, and each story leaves unnamed, ranked by its first article's
 * processing order, for {@link StoryNaming} to number and write. Each task instance is used by one thread.
 */
public final class StoryAssignment extends KeyedProcessFunction<String, Analysed, EncodedStory> {

    private static final long serialVersionUID = 1L;

    /** Story membership lines. */
    public static final OutputTag<String> MEMBERSHIP = new OutputTag<>("membership") {
        private static final long serialVersionUID = 1L;
    };

    /** The key of every article in a single-key run, so clustering sees the whole run. */
    static final String SINGLE_KEY = "all";
    /** A keyed run's provisional story id: this and the processing order of the story's first article. */
    private static final String FIRST_ORDER = "o:";

    private final JobSettings settings;
    private transient Triangulate pipeline;
    private transient ListState<Analysed> articles;
    private transient ValueState<Long> pending;
    private transient ValueState<Integer> revision;
    private transient ListState<String> published;

    public StoryAssignment(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        pipeline = settings.pipeline();
        articles = getRuntimeContext().getListState(new ListStateDescriptor<>("articles", Analysed.class));
        pending = getRuntimeContext().getState(new ValueStateDescriptor<>("pending", Long.class));
        revision = getRuntimeContext().getState(new ValueStateDescriptor<>("revision", Integer.class));
        published = getRuntimeContext().getListState(new ListStateDescriptor<>("published", String.class));
    }

    @Override
    public void processElement(Analysed article, Context context, Collector<EncodedStory> out) throws Exception {
        articles.add(article);
        if (!settings.continuous()) {
            context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
        } else if (pending.value() == null) {
            long due = context.timerService().currentProcessingTime() + settings.monitorMillis();
            context.timerService().registerProcessingTimeTimer(due);
            pending.update(due);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<EncodedStory> out) throws Exception {
        List<Story> stories = assign();
        if (settings.keyed()) {
            articles.clear(); // named and written by StoryNaming once every component's stories are known
            stories.forEach(story -> out.collect(new EncodedStory(firstOrder(story), RecordCodec.encode(story), 0)));
            return;
        }
        if (!settings.continuous()) {
            articles.clear();
            emit(stories, 0, Set.of(), context, out);
            return;
        }
        pending.clear();
        int next = revision.value() == null ? 1 : revision.value() + 1;
        revision.update(next);
        Set<String> before = new HashSet<>();
        published.get().forEach(before::add);
        emit(stories, next, before, context, out);
        published.update(stories.stream().map(StoryAssignment::membersOf).toList());
    }

    /** The stories of every article in state, as the local runner would find them. */
    private List<Story> assign() throws Exception {
        List<Analysed> gathered = new ArrayList<>();
        articles.get().forEach(gathered::add);
        if (settings.keyed()) {
            return assignComponent(gathered);
        }
        gathered.sort(Comparator.comparing(Analysed::path));
        List<Coverage> coverages = uniqueIds(gathered.stream().map(a -> RecordCodec.decode(a.coverage(), Coverage.class)).toList());
        return pipeline.cluster(coverages, Progress.SILENT);
    }

    /**
     * A keyed run's component: its articles (already under their unique ids) in the batch's processing
     * order, clustered with the batch's statistics of their features, which is the local runner's
     * clustering restricted to the component.
     */
    private List<Story> assignComponent(List<Analysed> gathered) {
        List<KeyedStories.ArticleStatistics> placed = gathered.stream()
                .map(a -> RecordCodec.decode(a.statistics(), KeyedStories.ArticleStatistics.class)).toList();
        List<Integer> byOrder = new ArrayList<>();
        Map<String, BatchStatistics.Feature> features = new HashMap<>();
        for (int i = 0; i < gathered.size(); i++) {
            byOrder.add(i);
            features.putAll(placed.get(i).stats().features());
        }
        byOrder.sort(Comparator.comparingInt(i -> placed.get(i).order()));
        List<Coverage> ordered = byOrder.stream().map(i -> RecordCodec.decode(gathered.get(i).coverage(), Coverage.class)).toList();
        BatchStatistics stats = new BatchStatistics(placed.getFirst().stats().documents(), features);
        Map<String, Integer> orders = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            orders.put(ordered.get(i).id(), placed.get(byOrder.get(i)).order());
        }
        return pipeline.cluster(ordered, stats, Progress.SILENT).stream()
                .map(story -> named(story, FIRST_ORDER + orders.get(story.members().getFirst().id()))).toList();
    }

    /** Emits every membership line, and every story whose members were not {@code unchanged}, to be reconciled. */
    private void emit(List<Story> stories, int rev, Set<String> unchanged, OnTimerContext context, Collector<EncodedStory> out) {
        for (int rank = 0; rank < stories.size(); rank++) {
            Story story = stories.get(rank);
            context.output(MEMBERSHIP, membershipLine(story, rev));
            if (!unchanged.contains(membersOf(story))) {
                out.collect(new EncodedStory(rank, RecordCodec.encode(story), rev));
            }
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

    static Article renamed(Article a, String id) {
        return new Article(id, a.source(), a.title(), a.outlet(), a.url(), a.authors(), a.published(), a.language(), a.text());
    }

    static Story named(Story s, String id) {
        return new Story(id, s.title(), s.keywords(), s.members(), s.copyOf());
    }

    private static int firstOrder(Story story) {
        return Integer.parseInt(story.id().substring(FIRST_ORDER.length()));
    }

    /** What identifies a story's membership across revisions: its id, title and members. */
    private static String membersOf(Story story) {
        return story.id() + '\u0000' + story.title() + '\u0000' + String.join("\u0000", story.members().stream().map(Coverage::id).toList());
    }

    static String membershipLine(Story story, int rev) {
        var node = JsonNodeFactory.instance.objectNode();
        if (rev > 0) {
            node.put("revision", rev);
        }
        node.put("id", story.id());
        node.put("title", story.title());
        var ids = node.putArray("articles");
        story.members().forEach(c -> ids.add(c.id()));
        return node.toString();
    }
}
