package dev.triangulate.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Story;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Run;
import dev.triangulate.pipeline.Triangulate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a two-slot MiniCluster finds what the local runner finds (story ids, titles and members,
 * findings, skipped inputs), on one key and keyed by the components of the link graph. One cluster for
 * the class.
 */
class TriangulateJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void findsTheLocalRunnersStoriesAndFindingsAtParallelismTwo(@TempDir Path out) throws Exception {
        assertSameAsLocalRunner(Path.of("../examples/wildfire").toAbsolutePath().normalize(), out, false);
    }

    @Test
    void findsTheLocalRunnersStoriesAndFindingsOnTheSeeds(@TempDir Path out) throws Exception {
        Path seeds = Path.of(System.getProperty("triangulate.shared.data", "../../shared/data"), "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds + ": skipped");
        assertSameAsLocalRunner(seeds.toAbsolutePath().normalize(), out, false);
    }

    @Test
    void keyedAssignmentFindsTheLocalRunnersStoriesAndFindings(@TempDir Path out) throws Exception {
        assertSameAsLocalRunner(Path.of("../examples/wildfire").toAbsolutePath().normalize(), out, true);
    }

    @Test
    void keyedAssignmentFindsTheLocalRunnersStoriesOnTheSeeds(@TempDir Path out) throws Exception {
        Path seeds = Path.of(System.getProperty("triangulate.shared.data", "../../shared/data"), "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds + ": skipped");
        assertSameAsLocalRunner(seeds.toAbsolutePath().normalize(), out, true);
    }

    @Test
    void namesRepeatedFileNamesAndSkipsNonArticlesAsTheLocalRunnerDoes(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        write(input.resolve("east/report.txt"), EAST);
        write(input.resolve("west/report.txt"), WEST);
        write(input.resolve("west/memo.txt"), "Call the desk before noon.");
        Run local = assertSameAsLocalRunner(input, dir.resolve("out"), false);
        assertEquals(List.of("report", "report~2"), local.coverages().stream().map(c -> c.id()).toList());
        assertEquals(1, local.skipped().size());
        assertSameAsLocalRunner(input, dir.resolve("keyed"), true);
    }

    static final String EAST = """
            Harbour Town, May 2, 2024 - A ferry carrying 212 passengers ran aground near Gull Point on Thursday,
            the coast guard said. Nobody was hurt. "The hull held and everyone walked off dry," said Captain
            Ines Varga of the coast guard. Tugs pulled the vessel free about three hours later, and the
            harbour authority said the ferry would be inspected before returning to service.
            """;

    static final String WEST = """
            Gull Point, May 2, 2024 - About 210 passengers were taken off a ferry that struck a sandbar off
            Gull Point on Thursday. "The hull held," coast guard captain Ines Varga told reporters at the
            quay. The operator, Blue Strait Lines, said the ferry would stay out of service until divers
            had inspected it, and that passengers would be refunded in full.
            """;

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Stories (ids, titles, members), findings and skipped inputs equal the local runner's; single key or keyed. */
    private static Run assertSameAsLocalRunner(Path input, Path out, boolean keyed) throws Exception {
        JobSettings settings = new JobSettings(input.toString(), out.toString(), 2, 1_000, "en").withKeyed(keyed);
        TriangulateJob.run(TriangulateJob.environment(settings), settings);
        Run local = Triangulate.english().brief(List.of(input), Progress.SILENT);

        assertFalse(local.stories().isEmpty());
        assertEquals(membership(local.stories()), membershipOf(lines(out.resolve("stories"))));
        assertEquals(findings(local.briefings()), findingsOf(lines(out.resolve("briefings"))));
        assertEquals(skipped(local), skippedOf(lines(out.resolve("skipped"))));
        return local;
    }



    /** Skipped inputs as "file name: reason" (the two runners spell paths differently). */
    static Set<String> skipped(Run run) {
        Set<String> out = new TreeSet<>();
        run.skipped().forEach(s -> out.add(Path.of(s.source()).getFileName() + ": " + s.reason()));
        return out;
    }

    static Set<String> skippedOf(List<JsonNode> lines) {
        Set<String> out = new TreeSet<>();
        lines.forEach(n -> out.add(n.get("source").asText().replaceAll(".*/", "") + ": " + n.get("reason").asText()));
        return out;
    }

    /** Story id to "title | article ids". */
    static Map<String, String> membership(List<Story> stories) {
        Map<String, String> out = new TreeMap<>();
        stories.forEach(s -> out.put(s.id(), s.title() + " | " + s.members().stream().map(c -> c.id()).toList()));
        return out;
    }

    static Map<String, String> membershipOf(List<JsonNode> lines) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode n : lines) {
            List<String> ids = Stream.of(JSON.convertValue(n.get("articles"), String[].class)).toList();
            out.put(n.get("id").asText(), n.get("title").asText() + " | " + ids);
        }
        return out;
    }

    /** Story id to its findings as "verdict: statement". */
    static Map<String, Set<String>> findings(List<Briefing> briefings) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Briefing b : briefings) {
            Set<String> fs = new TreeSet<>();
            b.findings().forEach(f -> fs.add(f.verdict().label() + ": " + f.statement()));
            out.put(b.story().id(), fs);
        }
        return out;
    }

    static Map<String, Set<String>> findingsOf(List<JsonNode> lines) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (JsonNode story : lines) {
            Set<String> fs = new TreeSet<>();
            story.get("findings").forEach(f -> fs.add(f.get("verdict").asText() + ": " + f.get("statement").asText()));
            out.put(story.get("id").asText(), fs);
        }
        return out;
    }

    /** Every committed JSON line under the folder (in-progress files are hidden and left out). */
    static List<JsonNode> lines(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .flatMap(TriangulateJobTest::readLines).filter(l -> !l.isBlank()).map(TriangulateJobTest::parse).toList();
        }
    }

    private static Stream<String> readLines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
