package dev.triangulate.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task that fails once, after a checkpoint that covered some of the input, is restarted from that
 * checkpoint (one restart allowed), and the committed JSON Lines equal those of an uninterrupted run
 * line for line: nothing lost, nothing written twice. The failure comes either during analysis or
 * after the stories were assigned and their membership lines written (before they are committed);
 * single key and keyed.
 */
class TriangulateJobRestartTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    /** Shared by the operator instances of one run (the MiniCluster runs in this JVM), reset per test. */
    private static final AtomicBoolean FAILED = new AtomicBoolean();
    private static final AtomicBoolean CHECKPOINTED_WITH_INPUT = new AtomicBoolean();
    private static final AtomicInteger FILES_SEEN = new AtomicInteger();

    @BeforeEach
    void reset() {
        FAILED.set(false);
        CHECKPOINTED_WITH_INPUT.set(false);
        FILES_SEEN.set(0);
    }

    @Test
    void failureDuringAnalysisNeitherLosesNorDuplicatesOutput(@TempDir Path dir) throws Exception {
        Path input = corpus(dir);
        Map<String, List<String>> expected = run(input, dir.resolve("clean"), TriangulateJob.Taps.NONE);
        FILES_SEEN.set(0);
        Map<String, List<String>> restarted = run(input, dir.resolve("restarted"), new TriangulateJob.Taps(
                files -> files.map(new SlowFiles(true)).name("slow files, fails once"), stories -> stories));

        assertTrue(FAILED.get(), "the injected failure never happened");
        assertTrue(FILES_SEEN.get() < 2 * files(input), "restored from the checkpoint, not from the start: "
                + FILES_SEEN.get() + " files read for " + files(input));
        assertEquals(expected, restarted);
    }

    @Test
    void failureAfterStoriesWereWrittenNeitherLosesNorDuplicatesOutput(@TempDir Path dir) throws Exception {
        Path input = corpus(dir);
        Map<String, List<String>> expected = run(input, dir.resolve("clean"), TriangulateJob.Taps.NONE);
        Map<String, List<String>> restarted = run(input, dir.resolve("restarted"), new TriangulateJob.Taps(
                files -> files.map(new SlowFiles(false)).name("slow files"),
                stories -> stories.map(new FailOnce()).name("fails once")));

        assertTrue(FAILED.get(), "the injected failure never happened");
        assertEquals(expected, restarted);
    }

    @Test
    void keyedRunFailingDuringAnalysisOrAfterStoriesWereWrittenNeitherLosesNorDuplicatesOutput(@TempDir Path dir) throws Exception {
        Path input = corpus(dir);
        Map<String, List<String>> expected = run(input, dir.resolve("clean"), TriangulateJob.Taps.NONE, true);
        Map<String, List<String>> duringAnalysis = run(input, dir.resolve("analysis"), new TriangulateJob.Taps(
                files -> files.map(new SlowFiles(true)).name("slow files, fails once"), stories -> stories), true);
        assertTrue(FAILED.getAndSet(false), "the injected failure during analysis never happened");
        Map<String, List<String>> afterStories = run(input, dir.resolve("stories"), new TriangulateJob.Taps(
                files -> files.map(new SlowFiles(false)).name("slow files"),
                stories -> stories.map(new FailOnce()).name("fails once")), true);

        assertTrue(FAILED.get(), "the injected failure after the stories never happened");
        assertEquals(expected, duringAnalysis);
        assertEquals(expected, afterStories);
    }

    private static Map<String, List<String>> run(Path input, Path out, TriangulateJob.Taps taps) throws Exception {
        return run(input, out, taps, false);
    }

    /** Sorted committed lines per output folder; repeated lines stay repeated. */
    private static Map<String, List<String>> run(Path input, Path out, TriangulateJob.Taps taps, boolean keyed) throws Exception {
        JobSettings settings = new JobSettings(input.toString(), out.toString(), 2, 100, "en").withKeyed(keyed);
        StreamExecutionEnvironment env = TriangulateJob.environment(settings);
        Configuration restart = new Configuration();
        restart.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        restart.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 1);
        restart.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
        env.configure(restart);
        TriangulateJob.define(env, settings, taps);
        env.execute("restart test");
        Map<String, List<String>> lines = new java.util.TreeMap<>();
        for (String folder : List.of("stories", "briefings", "skipped")) {
            List<String> all = new ArrayList<>(TriangulateJobTest.lines(out.resolve(folder)).stream().map(Object::toString).toList());
            all.sort(null);
            lines.put(folder, all);
        }
        assertFalse(lines.get("stories").isEmpty());
        return lines;
    }

    /** The example corpus plus two reports of another event and a memo that is no article. */
    private static Path corpus(Path dir) throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> examples = Files.list(Path.of("../examples/wildfire"))) {
            for (Path p : examples.toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
            }
        }
        Files.writeString(input.resolve("ferry-east.txt"), TriangulateJobTest.EAST);
        Files.writeString(input.resolve("ferry-west.txt"), TriangulateJobTest.WEST);
        Files.writeString(input.resolve("memo.txt"), "Call the desk before noon.");
        return input;
    }

    private static int files(Path input) throws IOException {
        try (Stream<Path> s = Files.list(input)) {
            return (int) s.count();
        }
    }

    /**
     * Passes files on slowly, so checkpoints complete while the input is read; with {@code fail}, throws
     * once at the first file after a checkpoint that this task took after reading at least one file.
     */
    private static final class SlowFiles extends RichMapFunction<SourceFile, SourceFile>
            implements CheckpointedFunction, CheckpointListener {
        private static final long serialVersionUID = 1L;
        private final boolean fail;
        private final Map<Long, Integer> seenAtCheckpoint = new ConcurrentHashMap<>();
        private int seen;

        SlowFiles(boolean fail) {
            this.fail = fail;
        }

        @Override
        public SourceFile map(SourceFile file) throws InterruptedException {
            Thread.sleep(300);
            FILES_SEEN.incrementAndGet();
            if (fail && CHECKPOINTED_WITH_INPUT.get() && FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("injected failure at " + file.path());
            }
            seen++;
            return file;
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) {
            seenAtCheckpoint.put(context.getCheckpointId(), seen);
        }

        @Override
        public void initializeState(FunctionInitializationContext context) {
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            if (seenAtCheckpoint.getOrDefault(checkpointId, 0) > 0) {
                CHECKPOINTED_WITH_INPUT.set(true);
            }
        }
    }

    /** Throws at the first record it sees, once per test; passes everything after the restart. */
    private static final class FailOnce extends RichMapFunction<EncodedStory, EncodedStory> {
        private static final long serialVersionUID = 1L;

        @Override
        public EncodedStory map(EncodedStory value) {
            if (FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("injected failure after story assignment");
            }
            return value;
        }
    }
}
