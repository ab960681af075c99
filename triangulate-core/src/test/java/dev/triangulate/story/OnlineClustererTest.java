package dev.triangulate.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OnlineClustererTest {

    private static final OnlineClusterer CLUSTERER = OnlineClusterer.defaults();

    private static Coverage coverage(String id, String text) {
        return new Coverage(TestDocs.doc(TestDocs.article(id, text)), List.of());
    }

    private static Coverage coverage(String id, String text, LocalDate published) {
        return new Coverage(TestDocs.doc(TestDocs.article(id, text, published)), List.of());
    }

    private static List<String> ids(Story s) {
        return s.members().stream().map(Coverage::id).toList();
    }

    @Test
    void groupsTheSeedArticlesAndLeavesAnUnrelatedReportAlone() throws IOException {
        Path seeds = EcbPlusCorpus.sharedData().resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "seed articles not found under triangulate.shared.data; skipping");
        List<Coverage> input = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                input.add(coverage(f.getFileName().toString().replace(".txt", ""), Files.readString(f)));
            }
        }
        input.add(2, coverage("ferry", StoryFixtures.FERRY));

        List<Story> stories = CLUSTERER.cluster(input);

        assertEquals(2, stories.size(), () -> stories.stream().map(OnlineClustererTest::ids).toList().toString());
        Story seedStory = stories.stream().filter(s -> s.members().size() == 5).findFirst().orElseThrow();
        assertFalse(ids(seedStory).contains("ferry"));
    }

    @Test
    void joinsFollowUpReportsAndSeparatesOtherEvents() {
        List<Story> stories = CLUSTERER.cluster(List.of(
                coverage("ferry-1", StoryFixtures.FERRY), coverage("chess-1", StoryFixtures.CHESS),
                coverage("ferry-2", StoryFixtures.FERRY_FOLLOW_UP), coverage("chess-2", StoryFixtures.CHESS_FOLLOW_UP)));

        assertEquals(List.of(List.of("ferry-1", "ferry-2"), List.of("chess-1", "chess-2")),
                stories.stream().map(OnlineClustererTest::ids).toList());
        assertEquals(List.of("s1", "s2"), stories.stream().map(Story::id).toList());
    }

    @Test
    void keepsTheSameKindOfEventAYearApartInTwoStories() {
        List<Story> stories = CLUSTERER.cluster(List.of(
                coverage("quake-a", StoryFixtures.QUAKE_2019, LocalDate.of(2019, 3, 5)),
                coverage("quake-b", StoryFixtures.QUAKE_2020, LocalDate.of(2020, 4, 16))));

        assertEquals(2, stories.size());
    }

    @Test
    void joinsTheSameReportsWhenTheyArePublishedDaysApart() {
        List<Story> stories = CLUSTERER.cluster(List.of(
                coverage("ferry-2", StoryFixtures.FERRY_FOLLOW_UP, LocalDate.of(2021, 6, 7)),
                coverage("ferry-1", StoryFixtures.FERRY, LocalDate.of(2021, 6, 6))));

        assertEquals(1, stories.size());
        assertEquals(List.of("ferry-1", "ferry-2"), ids(stories.get(0)), "members oldest first");
    }

    @Test
    void mapsSyndicatedCopiesToTheFirstCopySeen() {
        String copy = StoryFixtures.FERRY.replace("local rescue services said", "rescuers said");
        String copyOfCopy = copy.replace("Dozens missing", "Many missing");
        List<Story> stories = CLUSTERER.cluster(List.of(coverage("wire", StoryFixtures.FERRY),
                coverage("follow", StoryFixtures.FERRY_FOLLOW_UP), coverage("copy", copy),
                coverage("copy2", copyOfCopy)));

        assertEquals(1, stories.size());
        Story s = stories.get(0);
        assertEquals("wire", s.original("copy"));
        assertEquals("wire", s.original("copy2"));
        assertEquals("follow", s.original("follow"));
    }

    @Test
    void titlesAStoryWithItsMostCentralHeadlineOrElseItsNames() {
        Article titled = TestDocs.article("chess-2", StoryFixtures.CHESS_FOLLOW_UP).withTitle("Soravian wins Halvard Open");
        List<Story> stories = CLUSTERER.cluster(List.of(coverage("chess-1", StoryFixtures.CHESS),
                new Coverage(TestDocs.doc(titled), List.of())));
        assertEquals("Soravian wins Halvard Open", stories.get(0).title());

        Story untitled = CLUSTERER.cluster(List.of(coverage("ferry-1", StoryFixtures.FERRY),
                coverage("ferry-2", StoryFixtures.FERRY_FOLLOW_UP))).get(0);
        assertTrue(untitled.title().contains("Keldport") || untitled.title().contains("Brodeur")
                || untitled.title().contains("Varnel"), untitled.title());
        assertFalse(untitled.keywords().isEmpty());
    }

    @Test
    void reportsOfOneEventShareABlockingKey() {
        Set<String> a = CLUSTERER.blockingKeys(coverage("ferry-1", StoryFixtures.FERRY));
        Set<String> b = CLUSTERER.blockingKeys(coverage("ferry-2", StoryFixtures.FERRY_FOLLOW_UP));
        assertTrue(a.stream().anyMatch(b::contains), a + " vs " + b);
        assertTrue(a.size() <= ClusterSettings.defaults().blockingKeys());
    }

    @Test
    void returnsNoStoriesForNoArticles() {
        assertEquals(List.of(), CLUSTERER.cluster(List.of()));
    }
}
