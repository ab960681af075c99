package dev.triangulate.flink;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;

/**
 * The Triangulate pipeline as a Flink job, over a folder of articles:
 *
 * <pre>
 * files ──WholeFileFormat──▶ ArticleAnalysis (map, parallel) ──keyBy──▶ StoryAssignment (keyed state)
 *       ──rebalance──▶ StoryReconciliation (map, parallel) ──▶ briefings/*.jsonl
 *                                       └──▶ stories/*.jsonl        skipped/*.jsonl
 * </pre>
 *
 * <p>It runs the local runner's stage objects ({@code Triangulate.english()}) and adds no domain
 * logic: on the same folder it finds the same stories and findings. Output lines are in no particular
 * order. Checkpointing is on and the file sinks are exactly-once: files are committed at checkpoints
 * and at the end of input, and a restart from a checkpoint drops what was written after it. With
 * {@link JobSettings#keyed()} story assignment is partitioned into the components of the batch's link
 * graph ({@link KeyedStories}) and the stories named by {@link StoryNaming};
 * with {@link JobSettings#continuous()} the folder is watched and stories are emitted as revisions.
 *
 * <pre>{@code
 * flink run -c dev.triangulate.flink.TriangulateJob triangulate-flink.jar --input articles/ --output out/
 * }</pre>
 */
public final class TriangulateJob {

    private TriangulateJob() {
    }

    public static void main(String[] args) throws Exception {
        JobSettings settings;
        try {
            settings = JobSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("triangulate-flink: " + e.getMessage());
            System.exit(2);
            return;
        }
        JobExecutionResult result = run(environment(settings), settings);
        System.out.println("triangulate-flink: done in " + result.getNetRuntime() + " ms; output in " + settings.output());
    }

    /** Defines the job on {@code env} and runs it to the end of its input (a continuous run, until cancelled). */
    public static JobExecutionResult run(StreamExecutionEnvironment env, JobSettings settings) throws Exception {
        define(env, settings);
        return env.execute("triangulate " + settings.input());
    }

    /** An environment for the settings: the cluster's under {@code flink run}, else a local one. */
    public static StreamExecutionEnvironment environment(JobSettings settings) {
        Configuration config = new Configuration();
        // Every type crossing a task boundary is a record of strings and bytes: Kryo is never needed.
        config.set(PipelineOptions.GENERIC_TYPES, false);
        if (settings.checkpointDir() != null) {
            config.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            config.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, settings.checkpointDir());
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        if (settings.parallelism() > 0) {
            env.setParallelism(settings.parallelism());
        }
        env.enableCheckpointing(settings.checkpointMillis());
        return env;
    }

    /** Adds the sources, stages and sinks of a run to {@code env}. */
    public static void define(StreamExecutionEnvironment env, JobSettings settings) {
        define(env, settings, Taps.NONE);
    }

    /** As {@link #define(StreamExecutionEnvironment, JobSettings)}, with operators spliced in by tests. */
    static void define(StreamExecutionEnvironment env, JobSettings settings, Taps taps) {
        DataStream<SourceFile> files = taps.files().apply(
                env.fromSource(source(settings), WatermarkStrategy.noWatermarks(), "articles").uid("articles"));
        SingleOutputStreamOperator<Analysed> analysed = files
                .process(new ArticleAnalysis(settings)).name("analyze").uid("analyze");
        DataStream<Analysed> keyed = settings.keyed() ? KeyedStories.byComponent(analysed, settings) : analysed;
        SingleOutputStreamOperator<EncodedStory> assigned = keyed
                .keyBy(Analysed::key)
                .process(new StoryAssignment(settings)).name("assign stories").uid("assign-stories");
        SingleOutputStreamOperator<EncodedStory> stories = settings.keyed() ? StoryNaming.named(assigned) : assigned;
        DataStream<String> briefings = taps.stories().apply(stories).rebalance()
                .map(new StoryReconciliation(settings)).name("reconcile").uid("reconcile");
        briefings.sinkTo(lines(settings, "briefings")).name("briefings").uid("briefings-sink");
        stories.getSideOutput(StoryAssignment.MEMBERSHIP).sinkTo(lines(settings, "stories"))
                .name("stories").uid("stories-sink");
        analysed.getSideOutput(ArticleAnalysis.SKIPPED).sinkTo(lines(settings, "skipped"))
                .name("skipped").uid("skipped-sink");
    }

    /** The folder, read once or watched for new files (a file is read once, when it first appears). */
    private static FileSource<SourceFile> source(JobSettings settings) {
        var builder = FileSource.forBulkFileFormat(new WholeFileFormat(), new Path(settings.input()));
        if (settings.continuous()) {
            builder.monitorContinuously(Duration.ofMillis(settings.monitorMillis()));
        }
        return builder.build();
    }

    /** Graph-building functions spliced between operators (identity in a real run); never serialised. */
    record Taps(UnaryOperator<DataStream<SourceFile>> files, UnaryOperator<DataStream<EncodedStory>> stories) {
        static final Taps NONE = new Taps(UnaryOperator.identity(), UnaryOperator.identity());
    }

    /**
     * JSON Lines files under {@code output/folder}, no date buckets. A continuous run rolls its part files
     * at every checkpoint, so each checkpoint makes what came before it visible; a bounded run keeps
     * Flink's default (files roll by size and age, and everything is committed at the end).
     */
    private static FileSink<String> lines(JobSettings settings, String folder) {
        var sink = FileSink.forRowFormat(new Path(settings.output(), folder), new SimpleStringEncoder<String>("UTF-8"))
                .withBucketAssigner(new BasePathBucketAssigner<>())
                .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(".jsonl").build());
        return settings.continuous() ? sink.withRollingPolicy(OnCheckpointRollingPolicy.build()).build() : sink.build();
    }
}
