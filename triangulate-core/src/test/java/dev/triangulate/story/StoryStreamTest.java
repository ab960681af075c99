package dev.triangulate.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryStreamTest {

    private static final LocalDate DAY = LocalDate.of(2021, 6, 6);

    private static Coverage coverage(String id, String text, LocalDate published) {
        return new Coverage(TestDocs.doc(TestDocs.article(id, text, published)), List.of());
    }

    private static Coverage coverage(String id, String text) {
        return new Coverage(TestDocs.doc(TestDocs.article(id, text)), List.of());
    }

    private static List<Coverage> twoEvents() {
        return List.of(coverage("ferry-1", StoryFixtures.FERRY, DAY), coverage("chess-1", StoryFixtures.CHESS, DAY),
                coverage("ferry-2", StoryFixtures.FERRY_FOLLOW_UP, DAY.plusDays(1)),
                coverage("chess-2", StoryFixtures.CHESS_FOLLOW_UP, DAY.plusDays(1)));
    }

    @Test
    void placesFollowUpsWithTheirStoryAndOpensOneForAnotherEvent() {
        StoryStream stream = StoryStream.defaults();
        List<StoryAssignment> placed = twoEvents().stream().map(stream::offer).toList();

        assertEquals(List.of("s1", "s2", "s1", "s2"), placed.stream().map(StoryAssignment::storyId).toList());
        assertEquals(List.of(true, true, false, false), placed.stream().map(StoryAssignment::opened).toList());
        assertEquals(2, stream.liveStories());
    }

    @Test
    void closesAStoryOnceTheClockIsAWindowPastItsLastReport() {
        StoryStream stream = StoryStream.defaults();
        stream.offer(coverage("ferry-1", StoryFixtures.FERRY, DAY));
        stream.offer(coverage("ferry-2", StoryFixtures.FERRY_FOLLOW_UP, DAY.plusDays(1)));
        int window = ClusterSettings.defaults().windowDays();

        StoryAssignment within = stream.offer(coverage("chess-1", StoryFixtures.CHESS, DAY.plusDays(1 + window)));
        StoryAssignment after = stream.offer(coverage("chess-2", StoryFixtures.CHESS_FOLLOW_UP, DAY.plusDays(2 + window)));

        assertTrue(within.closed().isEmpty(), "a story is live for the whole window");
        assertEquals(1, after.closed().size());
        ClosedStory ferry = after.closed().get(0);
        assertEquals(List.of("ferry-1", "ferry-2"), ferry.articles());
        assertEquals(DAY, ferry.first());
        assertEquals(DAY.plusDays(1), ferry.last());
        assertFalse(ferry.title().isBlank());
        assertEquals(1, stream.liveStories());
    }

    @Test
    void aClosedStoryIsNotJoinedAgain() {
        StoryStream stream = StoryStream.defaults();
        stream.offer(coverage("ferry-1", StoryFixtures.FERRY, DAY));
        stream.offer(coverage("chess-1", StoryFixtures.CHESS, DAY.plusDays(100)));

        StoryAssignment late = stream.offer(coverage("ferry-2", StoryFixtures.FERRY_FOLLOW_UP, DAY.plusDays(100)));

        assertTrue(late.opened());
        assertNotEquals("s1", late.storyId());
    }

    @Test
    void closeAllHandsOutEveryArticleExactlyOnce() {
        StoryStream stream = StoryStream.defaults();
        List<ClosedStory> closed = new ArrayList<>();
        List<Coverage> input = new ArrayList<>(twoEvents());
        input.add(coverage("quake-a", StoryFixtures.QUAKE_2019, DAY.plusDays(60)));
        input.add(coverage("quake-b", StoryFixtures.QUAKE_2020, DAY.plusDays(430)));
        for (Coverage c : input) {
            closed.addAll(stream.offer(c).closed());
        }
        closed.addAll(stream.closeAll());

        List<String> members = closed.stream().flatMap(s -> s.articles().stream()).toList();
        assertEquals(input.size(), members.size());
        assertEquals(input.stream().map(Coverage::id).collect(java.util.stream.Collectors.toSet()), Set.copyOf(members));
        assertEquals(4, closed.size(), "two events, and two quakes a year apart");
        assertEquals(0, stream.liveStories());
    }

    @Test
    void undatedStoriesStayLiveWithoutAClockAndCloseAtTheEnd() {
        StoryStream stream = StoryStream.defaults();
        assertTrue(stream.offer(coverage("ferry-1", StoryFixtures.FERRY)).closed().isEmpty());
        assertTrue(stream.offer(coverage("chess-1", StoryFixtures.CHESS)).closed().isEmpty());

        assertEquals(List.of("s1", "s2"), stream.closeAll().stream().map(ClosedStory::id).toList());
    }

    @Test
    void mapsSyndicatedCopiesToTheFirstCopySeen() {
        String copy = StoryFixtures.FERRY.replace("local rescue services said", "rescuers said");
        StoryStream stream = StoryStream.defaults();
        stream.offer(coverage("wire", StoryFixtures.FERRY, DAY));
        stream.offer(coverage("copy", copy, DAY));

        ClosedStory s = stream.closeAll().get(0);
        assertEquals("wire", s.copyOf().get("copy"));
    }

    @Test
    void agreesWithTheBatchOnTheSameReports() {
        List<Coverage> input = twoEvents();
        StoryStream stream = StoryStream.defaults();
        input.forEach(stream::offer);
        Set<List<String>> streamed = new HashSet<>();
        stream.closeAll().forEach(s -> streamed.add(s.articles()));

        Set<List<String>> batch = new HashSet<>();
        for (Story s : OnlineClusterer.defaults().cluster(input)) {
            batch.add(s.members().stream().map(Coverage::id).toList());
        }
        assertEquals(batch, streamed);
    }

    @Test
    void theSameArticlesInTheSameOrderGiveTheSameAssignments() {
        List<Coverage> input = new ArrayList<>(twoEvents());
        input.add(coverage("quake-a", StoryFixtures.QUAKE_2019, DAY.plusDays(2)));
        StoryStream a = StoryStream.defaults();
        StoryStream b = StoryStream.defaults();
        for (Coverage c : input) {
            assertEquals(a.offer(c), b.offer(c));
        }
        assertEquals(a.closeAll(), b.closeAll());
    }
}
