package dev.triangulate.flink;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.triangulate.ingest.Inputs;
import dev.triangulate.ingest.PlainTextExtractor;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.RawDoc;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.story.OnlineClusterer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The per-article map: decodes a file into an article and analyses it with the local runner's
 * stages ({@link Triangulate#analyze}), emitting the coverage keyed for story assignment (in a keyed
 * run by its path, with the clusterer's blocking keys attached). A file that
 * is not an article, or whose analysis throws, goes to {@link #SKIPPED} as a JSON line and the stream
 * goes on (the local runner would stop on such a bug).
 *
 * <p>Reads the files the local runner reads from a folder: {@code .txt}, {@code .text} and
 * extension-less, as plain text; other files are passed over silently. The stages are built in
 * {@link #open} from the settings, once per task, never shipped with the job. Each task instance is
 * used by one thread, as Flink does.
 */
public final class ArticleAnalysis extends ProcessFunction<SourceFile, Analysed> {

    private static final long serialVersionUID = 1L;

    /** Inputs that were not used, as {@code {"source","reason"}} lines. */
    public static final OutputTag<String> SKIPPED = new OutputTag<>("skipped") {
        private static final long serialVersionUID = 1L;
    };

    /** The extensions {@code Inputs.plainText()} reads inside a folder. */
    private static final Set<String> TEXT = Set.of("txt", "text", "");

    private final JobSettings settings;
    private transient Triangulate pipeline;
    private transient PlainTextExtractor extractor;
    private transient OnlineClusterer clusterer;

    public ArticleAnalysis(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        pipeline = settings.pipeline();
        extractor = new PlainTextExtractor();
        clusterer = settings.keyed() ? settings.clusterer() : null;
    }

    @Override
    public void processElement(SourceFile file, Context context, Collector<Analysed> out) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        if (!TEXT.contains(extension(name))) {
            return;
        }
        RawDoc raw = new RawDoc(Inputs.idOf(java.nio.file.Path.of(name)), file.path(), "text/plain", file.bytes());
        switch (extractor.extract(raw)) {
            case Extraction.Ok ok -> analyse(ok, file.path(), context, out);
            case Extraction.Skipped s -> context.output(SKIPPED, skippedLine(s));
        }
    }

    /**
     * One article that trips a bug in a stage is reported and passed over: on a stream of millions,
     * failing the job would restart it onto the same article again and again.
     */
    private void analyse(Extraction.Ok ok, String path, Context context, Collector<Analysed> out) {
        Coverage coverage;
        try {
            coverage = pipeline.analyze(List.of(ok.article()), Progress.SILENT).getFirst();
        } catch (RuntimeException e) {
            context.output(SKIPPED, skippedLine(new Extraction.Skipped(path, "analysis failed: " + e)));
            return;
        }
        out.collect(settings.keyed()
                ? new Analysed(path, path, RecordCodec.encode(coverage), clusterer.blockingKeys(coverage).toArray(String[]::new))
                : new Analysed(StoryAssignment.SINGLE_KEY, path, RecordCodec.encode(coverage), new String[0]));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static String skippedLine(Extraction.Skipped s) {
        var node = JsonNodeFactory.instance.objectNode();
        node.put("source", s.source());
        node.put("reason", s.reason());
        return node.toString();
    }
}
