package dev.triangulate.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Run;
import dev.triangulate.pipeline.Triangulate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watched folder: a file added after the job started is read, and the next revision of the stories
 * is the local runner's answer on the whole folder. Bounded by a timeout; the job is cancelled at the end.
 */
class TriangulateJobMonitorTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final long TIMEOUT_MS = 90_000;

    @Test
    void readsAFileAddedAfterTheJobStartedAndRevisesItsStory(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        Files.writeString(input.resolve("east.txt"), TriangulateJobTest.EAST);
        JobSettings settings = new JobSettings(input.toString(), out.toString(), 2, 200, "en").withMonitorInterval(200);
        StreamExecutionEnvironment env = TriangulateJob.environment(settings);
        TriangulateJob.define(env, settings);
        JobClient job = env.executeAsync("monitor test");
        try {
            awaitTrue(() -> latestRevisionMentions(out, "east"), out);
            // written under a hidden name and renamed: the source skips '.' files, so it never sees half a file
            Path hidden = input.resolve(".west.txt");
            Files.writeString(hidden, TriangulateJobTest.WEST);
            Files.move(hidden, input.resolve("west.txt"), StandardCopyOption.ATOMIC_MOVE);
            awaitTrue(() -> latestRevisionMentions(out, "west"), out);

            Run local = Triangulate.english().brief(List.of(input), Progress.SILENT);
            assertEquals(TriangulateJobTest.membership(local.stories()),
                    TriangulateJobTest.membershipOf(latestRevision(out.resolve("stories"))));
            awaitTrue(() -> briefed(out, local), out);
        } finally {
            job.cancel().get();
        }
    }

    /** Every story of the latest revision has a briefing line with its members. */
    private static boolean briefed(Path out, Run local) throws Exception {
        List<String> members = TriangulateJobTest.lines(out.resolve("briefings")).stream()
                .map(b -> b.get("articles").findValuesAsText("id").toString()).toList();
        return local.stories().stream().allMatch(s -> members.contains(s.members().stream().map(c -> c.id()).toList().toString()));
    }

    private static boolean latestRevisionMentions(Path out, String id) throws Exception {
        return latestRevision(out.resolve("stories")).stream().anyMatch(l -> l.get("articles").toString().contains('"' + id + '"'));
    }

    /** The membership lines of the highest revision committed so far. */
    private static List<JsonNode> latestRevision(Path folder) throws Exception {
        List<JsonNode> lines = TriangulateJobTest.lines(folder);
        int latest = lines.stream().mapToInt(l -> l.get("revision").asInt()).max().orElse(-1);
        return lines.stream().filter(l -> l.get("revision").asInt() == latest).toList();
    }

    private static String listing(Path out) {
        try (var files = Files.walk(out)) {
            return files.map(f -> out.relativize(f) + (Files.isRegularFile(f) ? " (" + f.toFile().length() + " bytes)" : "")).toList().toString();
        } catch (java.io.IOException e) {
            return "unreadable: " + e;
        }
    }

    private static void awaitTrue(Callable<Boolean> condition, Path out) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.call()) {
            assertTrue(System.currentTimeMillis() < deadline, () -> "not seen within " + TIMEOUT_MS + " ms; output: " + listing(out));
            Thread.sleep(100);
        }
    }
}
