package dev.triangulate.flink;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.triangulate.ingest.ExtractionSink;
import dev.triangulate.ingest.Inputs;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Extraction;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-file map: reads a file into its articles with the local runner's readers
 * ({@code Inputs.standard().readFolderFile}: plain text, HTML, RSS/Atom, WARC, JSON Lines, gzipped or
 * not, the format by extension or sniffed) and analyses each with the local runner's stages
 * ({@link Triangulate#analyze}), emitting the coverage keyed for story assignment (in a keyed run by
 * its place in the input). A file gives zero or more
 * articles (an archive or a JSON Lines file many). A skipped record, a broken file, or an article whose
 * analysis throws goes to {@link #SKIPPED} as a JSON line naming it and the reason, and the stream
 * goes on (the local runner would stop on an analysis bug); a reader's notices are logged.
 *
 * <p>Files the local runner passes over inside a folder (unknown extensions, hidden names) give
 * nothing. The stages and readers are built in {@link #open} from the settings, once per task, never
 * shipped with the job. Each task instance is used by one thread, as Flink does.
 */
public final class ArticleAnalysis extends ProcessFunction<SourceFile, Analysed> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ArticleAnalysis.class);

    /** Inputs that were not used, as {@code {"source","reason"}} lines. */
    public static final OutputTag<String> SKIPPED = new OutputTag<>("skipped") {
        private static final long serialVersionUID = 1L;
    };

    private final JobSettings settings;
    private transient Triangulate pipeline;
    private transient Inputs inputs;

    public ArticleAnalysis(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        pipeline = settings.pipeline();
        inputs = settings.inputs();
    }

    @Override
    public void processElement(SourceFile file, Context context, Collector<Analysed> out) {
        // Gathered first, then analysed: a reader's sink is no place for the slow work.
        List<Extraction> read = new ArrayList<>();
        inputs.readFolderFile(file.path(), file.bytes(), ExtractionSink.of(read::add,
                (source, message) -> LOG.info("{}: {}", source, message)));
        int record = 0;
        for (Extraction x : read) {
            switch (x) {
                case Extraction.Ok ok -> analyse(ok, Analysed.place(file.path(), record++), context, out);
                case Extraction.Skipped s -> context.output(SKIPPED, skippedLine(s));
            }
        }
    }

    /**
     * One article that trips a bug in a stage is reported and passed over: on a stream of millions,
     * failing the job would restart it onto the same article again and again.
     */
    private void analyse(Extraction.Ok ok, String place, Context context, Collector<Analysed> out) {
        Coverage coverage;
        try {
            coverage = pipeline.analyze(List.of(ok.article()), Progress.SILENT).getFirst();
        } catch (RuntimeException e) {
            context.output(SKIPPED, skippedLine(new Extraction.Skipped(ok.article().source(), "analysis failed: " + e)));
            return;
        }
        out.collect(new Analysed(settings.keyed() ? place : StoryAssignment.SINGLE_KEY, place, RecordCodec.encode(coverage),
                new byte[0]));
    }

    private static String skippedLine(Extraction.Skipped s) {
        var node = JsonNodeFactory.instance.objectNode();
        node.put("source", s.source());
        node.put("reason", s.reason());
        return node.toString();
    }
}
