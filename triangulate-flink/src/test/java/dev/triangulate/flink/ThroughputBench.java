package dev.triangulate.flink;

import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Run;
import dev.triangulate.pipeline.Triangulate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Articles per second of the local runner and of the job on a local MiniCluster at parallelism 1 and
 * 2, single key and keyed, on one folder. The stages are loaded before any timing (every run in
 * this JVM shares them), so the figures are steady-state work plus, for the job, its scheduling; the
 * job's time is its net runtime as Flink reports it. Not a test: run it by hand (see docs/BENCHMARKS.md).
 *
 * <pre>
 * ThroughputBench --ecbplus ../shared/data/ecbplus-dev [--repeat 2]    (the ECB+ dev documents as text files)
 * ThroughputBench --input DIR [--repeat 2]
 * </pre>
 */
public final class ThroughputBench {

    private static final Pattern ECB_FILE = Pattern.compile("\\d+_\\d+(ecb|ecbplus)\\.xml");

    private ThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        Path input = args[0].equals("--ecbplus") ? ecbPlusAsText(Path.of(args[1])) : Path.of(args[1]);
        int repeat = args.length > 3 && args[2].equals("--repeat") ? Integer.parseInt(args[3]) : 1;
        long start = System.nanoTime();
        Triangulate.english();
        System.out.printf(Locale.ROOT, "stages loaded in %d ms; input %s%n", (System.nanoTime() - start) / 1_000_000, input);
        for (int r = 0; r < repeat; r++) {
            local(input);
            job(input, 1, false);
            job(input, 1, true);
            job(input, 2, false);
            job(input, 2, true);
        }
    }

    private static void local(Path input) {
        long start = System.nanoTime();
        Run run = Triangulate.english().brief(List.of(input), Progress.SILENT);
        print("local runner (" + Runtime.getRuntime().availableProcessors() + " cores)", run.coverages().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void job(Path input, int parallelism, boolean keyed) throws Exception {
        Path out = Files.createTempDirectory("triangulate-bench");
        JobSettings settings = new JobSettings(input.toString(), out.toString(), parallelism, 10_000, "en").withKeyed(keyed)
                .withCheckpointDir(Files.createTempDirectory("triangulate-checkpoints").toUri().toString());
        Configuration config = new Configuration();
        config.set(PipelineOptions.GENERIC_TYPES, false);
        config.set(org.apache.flink.configuration.RestartStrategyOptions.RESTART_STRATEGY, "none"); // a failure must show, not loop
        if (settings.checkpointDir() != null) {
            config.set(org.apache.flink.configuration.CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            config.set(org.apache.flink.configuration.CheckpointingOptions.CHECKPOINTS_DIRECTORY, settings.checkpointDir());
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, config);
        env.enableCheckpointing(settings.checkpointMillis());
        JobExecutionResult result = TriangulateJob.run(env, settings);
        long articles = TriangulateJobTest.lines(out.resolve("stories")).stream().mapToLong(l -> l.get("articles").size()).sum();
        print("flink p=" + parallelism + (keyed ? " keyed" : " single key"), articles, result.getNetRuntime());
    }

    private static void print(String what, long articles, long millis) {
        System.out.printf(Locale.ROOT, "%-28s %6d articles in %7d ms = %7.1f articles/s%n", what, articles, millis,
                articles * 1000.0 / millis);
    }

    private static Path ecbPlusAsText(Path root) throws Exception {
        Path dir = Files.createTempDirectory("ecbplus-text");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> ECB_FILE.matcher(p.getFileName().toString()).matches()).toList()) {
                Files.writeString(dir.resolve(f.getFileName().toString().replace(".xml", ".txt")), StoryAgreementEvalTest.text(f));
            }
        }
        return dir;
    }
}
