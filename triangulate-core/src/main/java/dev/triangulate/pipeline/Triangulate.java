package dev.triangulate.pipeline;

import dev.triangulate.analyze.Analyzer;
import dev.triangulate.analyze.entity.EntityLinker;
import dev.triangulate.analyze.entity.MentionExtractor;
import dev.triangulate.analyze.quantity.QuantityExtractor;
import dev.triangulate.analyze.quote.QuoteExtractor;
import dev.triangulate.analyze.time.DateExtractor;
import dev.triangulate.analyze.time.PublicationDateInference;
import dev.triangulate.brief.ExtractiveBriefWriter;
import dev.triangulate.reconcile.FactReconciler;
import dev.triangulate.story.BatchStatistics;
import dev.triangulate.story.OnlineClusterer;
import dev.triangulate.text.RuleSegmenter;
import dev.triangulate.brief.BriefWriter;
import dev.triangulate.ingest.ExtractionSink;
import dev.triangulate.ingest.Inputs;
import dev.triangulate.model.Article;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.Published;
import dev.triangulate.model.Story;
import dev.triangulate.reconcile.Reconciler;
import dev.triangulate.story.Clusterer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The façade: paths in, stories and briefings out. Wires the stages and runs the per-document and
 * per-story ones in parallel; results do not depend on the number of threads.
 *
 * <pre>{@code
 * Run run = Triangulate.english().brief(List.of(Path.of("reports/")), Progress.SILENT);
 * }</pre>
 *
 * <p>Publication dates: a date given with the article wins; otherwise one is inferred from its text;
 * an article still without a date takes the latest date of the other reports in its story (marked as
 * inferred, with the reason) and is analysed again against it. Immutable and thread-safe.
 */
public final class Triangulate {

    private final Inputs inputs;
    private final Function<Article, Published> dating;
    private final Analyzer analyzer;
    private final Clusterer clusterer;
    private final Reconciler reconciler;
    private final BriefWriter writer;

    public Triangulate(Inputs inputs, Function<Article, Published> dating, Analyzer analyzer, Clusterer clusterer,
                       Reconciler reconciler, BriefWriter writer) {
        this.inputs = inputs;
        this.dating = dating;
        this.analyzer = analyzer;
        this.clusterer = clusterer;
        this.reconciler = reconciler;
        this.writer = writer;
    }

    /** The English pipeline with every stage's defaults. Stages are built once and shared. */
    public static Triangulate english() {
        return English.PIPELINE;
    }

    /**
     * The English stages. Loading them (the tagger model, unit tables, word lists) is most of a short
     * run's start-up, and the parts are independent, so they are built concurrently.
     */
    private static final class English {
        static final Triangulate PIPELINE = build();

        private static Triangulate build() {
            var segmenter = CompletableFuture.supplyAsync(RuleSegmenter::english);
            var quantities = CompletableFuture.supplyAsync(QuantityExtractor::english);
            var dates = CompletableFuture.supplyAsync(DateExtractor::english);
            var mentions = CompletableFuture.supplyAsync(MentionExtractor::english);
            var quotes = QuoteExtractor.english();
            var clusterer = OnlineClusterer.defaults();
            var reconciler = new FactReconciler(new EntityLinker()::link);
            var writer = new ExtractiveBriefWriter();
            var dating = new PublicationDateInference(PublicationDateInference.Settings.defaults());
            Analyzer analyzer = new Analyzer(segmenter.join(), mentions.join(),
                    List.of(quantities.join(), dates.join()), quotes::extract);
            return new Triangulate(Inputs.standard(), dating::infer, analyzer, clusterer, reconciler, writer);
        }
    }

    /** The same pipeline reading through other inputs (for example with fetching turned on). */
    public Triangulate withInputs(Inputs other) {
        return new Triangulate(other, dating, analyzer, clusterer, reconciler, writer);
    }

    /** Reads the paths (files or folders) into articles, reporting skipped inputs as they come. */
    public List<Extraction> read(List<Path> paths, Progress progress) {
        return readSources(paths.stream().map(Path::toString).toList(), progress);
    }

    /** Reads files, folders and http(s) URLs into articles, reporting skipped inputs as they come. */
    public List<Extraction> readSources(List<String> pathsOrUrls, Progress progress) {
        progress.stage("read", -1);
        List<Extraction> out = new ArrayList<>();
        for (String p : pathsOrUrls) {
            inputs.read(p, ExtractionSink.of(x -> {
                if (x instanceof Extraction.Skipped s) {
                    progress.skipped(s.source(), s.reason());
                }
                out.add(x);
            }, progress::notice));
        }
        return out;
    }

    /** Each article with its publication date: given, else inferred from its text (or still unknown). */
    public List<Article> dated(List<Article> articles) {
        return articles.stream().map(a -> a.published().known() ? a : a.withPublished(dating.apply(a))).toList();
    }

    /** Dates (given, else inferred from the text) and analyses each article, in parallel, keeping input order. */
    public List<Coverage> analyze(List<Article> articles, Progress progress) {
        progress.stage("analyze", articles.size());
        return articles.parallelStream().map(a -> {
            Coverage c = analyzer.analyze(a.published().known() ? a : a.withPublished(dating.apply(a)));
            progress.step();
            return c;
        }).toList();
    }

    /** Groups the articles into stories, the most widely reported first (ties keep the clusterer's order). */
    public List<Story> cluster(List<Coverage> coverages, Progress progress) {
        progress.stage("cluster", coverages.size());
        return clusterer.cluster(coverages).stream().map(this::dateFromStory)
                .sorted(java.util.Comparator.comparingInt((Story s) -> -s.members().size()))
                .toList();
    }

    /**
     * As {@link #cluster(List, Progress)}, for one part of a batch that an engine split into the link-graph
     * components of {@link OnlineClusterer#cluster(List, BatchStatistics)}: {@code ordered} in the whole
     * batch's processing order, {@code stats} the whole batch's. Needs the {@link OnlineClusterer}.
     */
    public List<Story> cluster(List<Coverage> ordered, BatchStatistics stats, Progress progress) {
        if (!(clusterer instanceof OnlineClusterer online)) {
            throw new UnsupportedOperationException("clustering a part of a batch needs the OnlineClusterer");
        }
        progress.stage("cluster", ordered.size());
        return online.cluster(ordered, stats).stream().map(this::dateFromStory)
                .sorted(java.util.Comparator.comparingInt((Story s) -> -s.members().size()))
                .toList();
    }

    /** Reconciles each story and writes its briefing, in parallel, keeping story order. */
    public List<Briefing> reconcile(List<Story> stories, Progress progress) {
        progress.stage("reconcile", stories.size());
        return stories.parallelStream().map(s -> {
            Briefing b = writer.write(s, reconciler.reconcile(s));
            progress.step();
            return b;
        }).toList();
    }

    /** The whole run: read, analyse, cluster, reconcile and brief. */
    public Run brief(List<Path> paths, Progress progress) {
        return briefSources(paths.stream().map(Path::toString).toList(), progress);
    }

    /** The whole run over files, folders and http(s) URLs. */
    public Run briefSources(List<String> pathsOrUrls, Progress progress) {
        List<Extraction> read = readSources(pathsOrUrls, progress);
        List<Article> articles = new ArrayList<>();
        List<Extraction.Skipped> skipped = new ArrayList<>();
        for (Extraction x : read) {
            switch (x) {
                case Extraction.Ok ok -> articles.add(ok.article());
                case Extraction.Skipped s -> skipped.add(s);
            }
        }
        List<Article> unique = Articles.uniqueIds(articles);
        List<Coverage> coverages = analyze(unique, progress);
        List<Story> stories = cluster(coverages, progress);
        List<Coverage> dated = stories.stream().flatMap(s -> s.members().stream()).toList();
        return new Run(Articles.inOrder(dated, unique), stories, reconcile(stories, progress), skipped);
    }

    /** Members without a date take the latest date of the others, and are analysed again against it. */
    private Story dateFromStory(Story story) {
        LocalDate latest = null;
        List<String> dated = new ArrayList<>();
        for (Coverage c : story.members()) {
            LocalDate d = c.article().published().date();
            if (d != null) {
                dated.add(c.id());
                latest = latest == null || d.isAfter(latest) ? d : latest;
            }
        }
        if (latest == null || dated.size() == story.members().size()) {
            return story;
        }
        String basis = "no date in the text; latest date of the other reports in its story (" + String.join(", ", dated) + ")";
        LocalDate day = latest;
        List<Coverage> members = story.members().stream()
                .map(c -> c.article().published().known() ? c : analyzer.analyze(c.article().withPublished(Published.inferred(day, basis))))
                .toList();
        return new Story(story.id(), story.title(), story.keywords(), members, story.copyOf());
    }
}
