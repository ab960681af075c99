package dev.triangulate.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triangulate.model.Story;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Run;
import dev.triangulate.pipeline.Triangulate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the ECB+ development topics (each CAT XML document rebuilt from its tokens, one sentence per line,
 * as triangulate-core's StoryEvalTest does, and written as a text file), story membership from the job
 * at parallelism 2 agrees with the local runner's on the same folder: B-cubed with the local runner as
 * the reference. Single-key must agree exactly; keyed must reach {@link #KEYED_FLOOR} (the 0.99; by
 * design it is exact) and must partition the work (no component of more than a tenth of the articles).
 * Skips when the data is absent. Heavy: the corpus is analysed three times (local, single-key, keyed).
 */
class StoryAgreementEvalTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    /** Issue 8 asks 0.99; the link-graph components make it exact (measured 1.0, see docs/FLINK.md). */
    private static final double KEYED_FLOOR = 0.99;
    private static final Pattern TOKEN = Pattern.compile("<token\\b[^>]*\\bsentence=\"(\\d+)\"[^>]*>([^<]*)</token>");
    private static final Pattern FILE = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");

    @TempDir
    static Path dir;
    private static Path input;
    private static Map<String, String> local;
    private static Map<String, String> gold;

    @BeforeAll
    static void prepare() throws IOException {
        Path root = Path.of(System.getProperty("triangulate.shared.data", "../../shared/data"), "ecbplus-dev");
        if (!Files.isDirectory(root)) {
            return;
        }
        input = Files.createDirectories(dir.resolve("ecbplus"));
        gold = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).toList()) {
                Matcher m = FILE.matcher(f.getFileName().toString());
                m.matches();
                String id = f.getFileName().toString().replace(".xml", "");
                Files.writeString(input.resolve(id + ".txt"), text(f));
                gold.put(id, m.group(1) + "/" + m.group(3));
            }
        }
        Run run = Triangulate.english().brief(List.of(input), Progress.SILENT);
        local = assignment(run.stories());
    }

    @Test
    void singleKeyMembershipEqualsTheLocalRunners() throws Exception {
        Assumptions.assumeTrue(input != null, "ECB+ dev data not found under triangulate.shared.data; skipped");
        Path out = dir.resolve("single");
        runJob(false, out);
        Map<String, String> flink = stories(out);
        report("single key", flink);
        assertEquals(1.0, agreement(flink, local), 1e-9);
    }

    @Test
    void keyedMembershipAgreesWithTheLocalRunners() throws Exception {
        Assumptions.assumeTrue(input != null, "ECB+ dev data not found under triangulate.shared.data; skipped");
        Path out = dir.resolve("keyed");
        JobExecutionResult result = runJob(true, out);
        Map<String, String> flink = stories(out);
        double f1 = agreement(flink, local);
        report("keyed", flink);
        int linked = counter(result, ComponentUnion.LINKED_ARTICLES);
        int components = counter(result, ComponentUnion.LINKED_COMPONENTS) + flink.size() - linked;
        int largest = counter(result, ComponentUnion.LARGEST_COMPONENT);
        System.out.printf(Locale.ROOT, "ECB+ dev, keyed: %d components (%d of two or more articles), largest %d articles%n",
                components, counter(result, ComponentUnion.LINKED_COMPONENTS), largest);
        assertTrue(f1 >= KEYED_FLOOR, "keyed agreement with the local runner " + f1);
        assertTrue(largest * 10 <= flink.size(), "largest component " + largest + " of " + flink.size());
    }

    private static JobExecutionResult runJob(boolean keyed, Path out) throws Exception {
        // the coverages of 769 articles exceed the JobManager's 5 MB checkpoint limit: checkpoint to files
        JobSettings settings = new JobSettings(input.toString(), out.toString(), 2, 10_000, "en").withKeyed(keyed)
                .withCheckpointDir(dir.resolve("checkpoints-" + keyed).toUri().toString());
        return TriangulateJob.run(TriangulateJob.environment(settings), settings);
    }

    private static int counter(JobExecutionResult result, String name) {
        Object value = result.getAccumulatorResult(name);
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static Map<String, String> stories(Path out) throws IOException {
        Map<String, String> stories = new HashMap<>();
        for (JsonNode line : TriangulateJobTest.lines(out.resolve("stories"))) {
            line.get("articles").forEach(a -> stories.put(a.asText(), line.get("id").asText()));
        }
        return stories;
    }

    private static void report(String mode, Map<String, String> flink) {
        System.out.printf(Locale.ROOT, "ECB+ dev, %s: %d articles, %d stories (local %d); agreement with the local "
                        + "runner B-cubed F1=%.4f; against gold F1=%.4f (local %.4f)%n", mode, flink.size(),
                flink.values().stream().distinct().count(), local.values().stream().distinct().count(),
                agreement(flink, local), agreement(flink, only(gold, flink)), agreement(local, only(gold, local)));
    }

    private static Map<String, String> only(Map<String, String> labels, Map<String, String> items) {
        Map<String, String> out = new TreeMap<>();
        items.keySet().forEach(k -> out.put(k, labels.get(k)));
        return out;
    }

    /** B-cubed F1 of {@code predicted} against {@code reference}, over the reference's items. */
    static double agreement(Map<String, String> predicted, Map<String, String> reference) {
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> refSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        reference.forEach((item, ref) -> {
            String pred = predicted.getOrDefault(item, "missing:" + item);
            predSize.merge(pred, 1, Integer::sum);
            refSize.merge(ref, 1, Integer::sum);
            both.merge(pred + '\u0000' + ref, 1, Integer::sum);
        });
        double p = 0, r = 0;
        for (var e : reference.entrySet()) {
            String pred = predicted.getOrDefault(e.getKey(), "missing:" + e.getKey());
            int overlap = both.get(pred + '\u0000' + e.getValue());
            p += overlap / (double) predSize.get(pred);
            r += overlap / (double) refSize.get(e.getValue());
        }
        p /= reference.size();
        r /= reference.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<String, String> assignment(List<Story> stories) {
        Map<String, String> out = new HashMap<>();
        stories.forEach(s -> s.members().forEach(c -> out.put(c.id(), s.id())));
        return out;
    }

    static String text(Path f) throws IOException {
        Map<Integer, StringBuilder> sentences = new TreeMap<>();
        Matcher m = TOKEN.matcher(Files.readString(f));
        while (m.find()) {
            StringBuilder sb = sentences.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new StringBuilder());
            sb.append(sb.isEmpty() ? "" : " ").append(m.group(2).replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&"));
        }
        return String.join("\n", sentences.values());
    }
}
