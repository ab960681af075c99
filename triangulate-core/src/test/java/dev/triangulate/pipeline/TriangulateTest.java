package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Coverage;
import dev.triangulate.model.Published;
import dev.triangulate.model.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The façade end to end on a small folder of reports written for these tests. */
class TriangulateTest {

    private static final String GAZETTE = """
            Outlet: Riverside Gazette
            Published: 2025-03-10

            Engineers closed the Harwick stone bridge over the river Tamsin on Monday after finding a deep crack \
            in one of its arches. About 9,000 vehicles cross the Harwick bridge every day, the county council said. \
            "We cannot take any risk with a bridge this old," council engineer Priya Nandakumar said.
            """;
    private static final String COURIER = """
            Outlet: Tamsin Valley Courier
            Published: 2025-03-12

            The Harwick stone bridge over the river Tamsin will stay closed for at least three weeks after engineers \
            found a crack in one of its arches, the county council said. Some 9,000 vehicles use the Harwick bridge \
            each day. "We cannot take any risk with a bridge this old," said Priya Nandakumar, the council engineer.
            """;
    /** No header and no full calendar date: its date can only come from the story. */
    private static final String UNDATED = """
            Drivers face long detours while the Harwick stone bridge over the river Tamsin stays shut. Engineers \
            found a crack in one of its arches, and the county council said about 9,000 vehicles cross the \
            Harwick bridge daily. Council engineer Priya Nandakumar said the bridge was too old to take any risk.
            """;

    private static Path corpus(Path dir) throws IOException {
        Files.writeString(dir.resolve("gazette.txt"), GAZETTE);
        Files.writeString(dir.resolve("courier.txt"), COURIER);
        Files.writeString(dir.resolve("undated.txt"), UNDATED);
        return dir;
    }

    private static Run run(Path... paths) {
        return Triangulate.english().brief(List.of(paths), Progress.SILENT);
    }

    @Test
    void anUndatedArticleTakesTheLatestDateOfItsStory(@TempDir Path dir) throws IOException {
        Run run = run(corpus(dir));
        assertEquals(1, run.stories().size(), () -> "stories: " + run.stories().stream().map(s -> s.members().stream().map(Coverage::id).toList()).toList());
        Published p = run.stories().get(0).member("undated").article().published();
        assertEquals(LocalDate.of(2025, 3, 12), p.date());
        assertTrue(p.inferred(), p::toString);
        assertTrue(p.basis().contains("courier") && p.basis().contains("gazette"), p.basis());
        Published given = run.stories().get(0).member("gazette").article().published();
        assertEquals(LocalDate.of(2025, 3, 10), given.date());
        assertFalse(given.inferred());
    }

    @Test
    void theRunListsCoveragesInInputOrderWithTheirStoryDates(@TempDir Path dir) throws IOException {
        Run run = run(corpus(dir));
        assertEquals(List.of("courier", "gazette", "undated"), run.coverages().stream().map(Coverage::id).toList());
        assertTrue(run.coverages().get(2).article().published().known(), "the coverage is the one dated from its story");
    }

    @Test
    void idsRepeatedAcrossFoldersGetASuffix(@TempDir Path dir) throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        Files.writeString(one.resolve("report.txt"), GAZETTE);
        Files.writeString(two.resolve("report.txt"), COURIER);
        Run run = run(one, two);
        assertEquals(List.of("report", "report~2"), run.coverages().stream().map(Coverage::id).toList());
        assertTrue(run.coverages().get(1).article().source().contains("two"));
    }

    @Test
    void skippedInputsAreReportedAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        corpus(dir);
        Files.write(dir.resolve("broken.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        Run run = run(dir, dir.resolve("absent.txt"));
        assertEquals(3, run.coverages().size());
        assertEquals(List.of("broken.txt", "absent.txt"),
                run.skipped().stream().map(s -> Path.of(s.source()).getFileName().toString()).toList());
    }

    @Test
    void outputIsIdenticalAcrossRuns(@TempDir Path dir) throws IOException {
        corpus(dir);
        Run first = run(dir);
        Run second = run(dir);
        assertEquals(first.stories(), second.stories());
        assertEquals(first.briefings(), second.briefings());
    }

    @Test
    void outputDoesNotDependOnTheNumberOfThreads(@TempDir Path dir) throws Exception {
        corpus(dir);
        Files.writeString(dir.resolve("other.txt"), """
                Outlet: Riverside Gazette
                Published: 2025-03-11

                The town library in Brennock reopened on Tuesday after a two-year renovation that cost 4 million \
                pounds. Librarians said 1,200 people visited on the first morning, many of them children.
                """);
        Run common = run(dir);
        ForkJoinPool single = new ForkJoinPool(1);
        try {
            Run one = single.submit(() -> run(dir)).get();
            assertEquals(common.stories(), one.stories());
            assertEquals(common.briefings(), one.briefings());
        } finally {
            single.shutdown();
        }
        assertEquals(2, common.stories().size(), () -> "stories: " + common.stories().stream().map(Story::members).toList());
        common.briefings().forEach(Briefings::assertEvidenceExact);
    }
}
