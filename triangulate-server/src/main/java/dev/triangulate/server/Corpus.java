package dev.triangulate.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.triangulate.model.Article;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.Story;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.render.FactsJson;
import dev.triangulate.render.JsonRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The analysed corpus behind the server: ingests new reports into the {@link Store}, keeping every
 * story's briefing current.
 *
 * <p>An ingest reads the files with the pipeline ({@link Triangulate#read}), analyses only the new
 * articles, then clusters <em>all</em> articles again (clustering is the one global step and is cheap
 * next to analysis) and reconciles only the stories whose membership changed: a story whose member set
 * is the one stored keeps its stored briefing, because every later stage is a pure function of the
 * members. A story's id is derived from its earliest-ingested member, so it stays the same while the
 * story grows; when two stories merge, the younger id disappears and is reported as removed.
 *
 * <p>The same text is stored once (by SHA-256); an id already taken gets a suffix ({@code report~2}).
 * Ingests run one at a time; reads go to the store and never wait for an ingest. Thread-safe.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.open(store, Triangulate.english(), dataDir.resolve("uploads"));
 * IngestReport r = corpus.ingest(List.of(Path.of("examples/wildfire")));
 * }</pre>
 */
public final class Corpus {

    private final Store store;
    private final Triangulate pipeline;
    private final Path uploads;
    private final ReentrantLock ingesting = new ReentrantLock();
    /** Analysed articles in ingest order; guarded by {@link #ingesting}. */
    private final List<Coverage> coverages = new ArrayList<>();
    private final Map<String, String> digests;
    private long generation;
    private volatile Opening opening;

    private Corpus(Store store, Triangulate pipeline, Path uploads, Map<String, String> digests) {
        this.store = store;
        this.pipeline = pipeline;
        this.uploads = uploads;
        this.digests = new HashMap<>(digests);
    }

    /**
     * Opens the corpus of a store: each stored article's analysis is loaded ({@link AnalysisCodec}); an
     * article without a usable one (stored by an older version) is analysed again and its analysis
     * saved. Then the recovery step: the articles are clustered, and every story whose stored membership
     * differs (an article in no story, a story missing or stale) is reconciled and written, so the
     * stories always match the articles after a start, whatever a crash or an older version left.
     */
    public static Corpus open(Store store, Triangulate pipeline, Path uploads) {
        Corpus corpus = new Corpus(store, pipeline, uploads, store.digests());
        List<Article> missing = new ArrayList<>();
        Map<String, Coverage> loaded = new HashMap<>();
        List<Store.StoredArticle> stored = store.storedArticles();
        for (Store.StoredArticle row : stored) {
            AnalysisCodec.decode(row.article(), row.analysis()).ifPresentOrElse(c -> loaded.put(c.id(), c), () -> missing.add(row.article()));
        }
        Map<String, String> analyses = new HashMap<>();
        for (Coverage c : pipeline.analyze(missing, Progress.SILENT)) {
            loaded.put(c.id(), c);
            analyses.put(c.id(), AnalysisCodec.encode(c));
        }
        if (!analyses.isEmpty()) {
            store.saveAnalyses(analyses);
        }
        stored.forEach(row -> corpus.coverages.add(loaded.get(row.article().id())));
        corpus.generation = System.currentTimeMillis();
        Restory repair = corpus.restory(corpus.coverages);
        if (!repair.rows().isEmpty() || !repair.removed().isEmpty()) {
            store.commit(new Store.Changes(List.of(), repair.rows(), repair.removed(), ++corpus.generation));
        }
        corpus.opening = new Opening(stored.size() - missing.size(), missing.size(), repair.rows().size() + repair.removed().size());
        return corpus;
    }

    /**
     * What opening did.
     *
     * @param loaded    articles whose stored analysis was loaded
     * @param analysed  articles analysed again (no usable stored analysis)
     * @param repaired  stories written or removed because the stored ones did not match the articles
     */
    public record Opening(int loaded, int analysed, int repaired) {
    }

    public Opening opening() {
        return opening;
    }

    /** The analysed articles, in ingest order (a copy). */
    List<Coverage> coverages() {
        ingesting.lock();
        try {
            return List.copyOf(coverages);
        } finally {
            ingesting.unlock();
        }
    }

    /** Whether an article with this URL is stored; never for a blank URL. */
    boolean hasUrl(String url) {
        return url != null && !url.isBlank() && store.hasUrl(url);
    }

    public boolean busy() {
        return ingesting.isLocked();
    }

    /** A file sent by a client: its name (which becomes the article id) and bytes. */
    public record Upload(String filename, byte[] content) {
    }

    /** Keeps the uploaded files (under the uploads folder, each named as sent) and ingests them together. */
    public IngestReport upload(List<Upload> files) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (Upload u : files) {
            Path dir = Files.createDirectories(uploads.resolve(Long.toString(System.nanoTime(), 36)));
            paths.add(Files.write(dir.resolve(UploadName.safe(u.filename())), u.content()));
        }
        return ingest(paths);
    }

    /** Reads, analyses and stores the reports in {@code paths} (files or folders). */
    public IngestReport ingest(List<Path> paths) {
        return add(pipeline.read(paths, Progress.SILENT));
    }

    /** Analyses and stores what a reader read; an ingest at a time, written in one transaction. */
    IngestReport add(List<Extraction> read) {
        long t0 = System.nanoTime();
        ingesting.lock();
        try {
            List<IngestReport.Skip> skipped = new ArrayList<>();
            List<Article> fresh = fresh(read, skipped);
            List<Coverage> analysed = pipeline.analyze(fresh, Progress.SILENT);
            List<Coverage> all = new ArrayList<>(coverages);
            all.addAll(analysed);
            Restory restory = restory(all);
            List<Store.NewArticle> rows = analysed.stream()
                    .map(c -> new Store.NewArticle(c.article(), FactsJson.line(c), AnalysisCodec.encode(c))).toList();
            store.commit(new Store.Changes(rows, restory.rows(), restory.removed(), ++generation));
            coverages.addAll(analysed);
            analysed.forEach(c -> digests.put(Store.digest(c.article().text()), c.id()));
            return new IngestReport(analysed.stream().map(Coverage::id).toList(), skipped, restory.rows().stream().map(StoryRow::id).toList(),
                    restory.unchanged(), List.copyOf(restory.removed()), (System.nanoTime() - t0) / 1_000_000);
        } finally {
            ingesting.unlock();
        }
    }

    /** The new articles of a read, with unique ids; skips and repeats of stored texts go to {@code skipped}. */
    private List<Article> fresh(List<Extraction> read, List<IngestReport.Skip> skipped) {
        Set<String> ids = new HashSet<>();
        coverages.forEach(c -> ids.add(c.id()));
        Map<String, String> seen = new HashMap<>(digests);
        List<Article> out = new ArrayList<>();
        for (Extraction x : read) {
            switch (x) {
                case Extraction.Skipped s -> skipped.add(new IngestReport.Skip(s.source(), s.reason()));
                case Extraction.Ok ok -> {
                    Article a = ok.article();
                    String same = seen.putIfAbsent(Store.digest(a.text()), a.id());
                    if (same != null) {
                        skipped.add(new IngestReport.Skip(a.source(), IngestReport.Skip.SAME_TEXT + same));
                        continue;
                    }
                    out.add(withUniqueId(a, ids));
                }
            }
        }
        return out;
    }

    private static Article withUniqueId(Article a, Set<String> taken) {
        String id = a.id();
        for (int n = 2; !taken.add(id); n++) {
            id = a.id() + "~" + n;
        }
        return id.equals(a.id()) ? a
                : new Article(id, a.source(), a.title(), a.outlet(), a.url(), a.authors(), a.published(), a.language(), a.text());
    }

    private record Restory(List<StoryRow> rows, Set<String> removed, int unchanged) {
    }

    /** Clusters everything; reconciles the stories whose membership is not the stored one. */
    private Restory restory(List<Coverage> all) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i).id(), i);
        }
        Map<String, String> stored = store.memberships();
        Set<String> removed = new HashSet<>(stored.keySet());
        List<Story> changed = new ArrayList<>();
        for (Story s : pipeline.cluster(all, Progress.SILENT)) {
            Story stable = StoryRows.withStableId(s, order);
            removed.remove(stable.id());
            if (!StoryRows.membership(stable).equals(stored.get(stable.id()))) {
                changed.add(stable);
            }
        }
        int unchanged = stored.size() - removed.size() - (int) changed.stream().filter(s -> stored.containsKey(s.id())).count();
        List<StoryRow> rows = pipeline.reconcile(changed, Progress.SILENT).stream().map(b -> StoryRows.row(b, briefingJson(b))).toList();
        return new Restory(rows, removed, unchanged);
    }

    private static String briefingJson(Briefing b) {
        try {
            return Store.JSON.writeValueAsString(JsonRenderer.tree(List.of(b)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
