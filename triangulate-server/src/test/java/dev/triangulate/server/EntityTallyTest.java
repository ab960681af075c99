package dev.triangulate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTallyTest {

    @Test
    void addsUpOneNameAcrossStoriesCountingEachArticleOnce() {
        EntityTally tally = new EntityTally();
        tally.add("s-b", new StoryRow.NamedEntity("Lena Okafor", "person", List.of("Okafor"), List.of("a1", "a2"), 5));
        tally.add("s-a", new StoryRow.NamedEntity("lena okafor", "person", List.of("Dr Okafor"), List.of("a2", "a3"), 2));
        tally.add("s-c", new StoryRow.NamedEntity("Lena Okafor", "organization", List.of(), List.of("a4"), 1));
        EntitySummary okafor = tally.summaries().getFirst();
        assertEquals("Lena Okafor", okafor.canonical(), "the spelling most stories use");
        assertEquals("person", okafor.type(), "the type most stories give");
        assertEquals(List.of("Dr Okafor", "Okafor", "lena okafor"), okafor.aliases());
        assertEquals(List.of("s-a", "s-b", "s-c"), okafor.stories());
        assertEquals(4, okafor.articles(), "a2 is counted once");
        assertEquals(8, okafor.mentions());
    }

    @Test
    void putsTheMostWidelyReportedFirst() {
        EntityTally tally = new EntityTally();
        tally.add("s1", new StoryRow.NamedEntity("Quiet Town", "place", List.of(), List.of("a1"), 9));
        tally.add("s1", new StoryRow.NamedEntity("Harbour Board", "organization", List.of(), List.of("a1", "a2"), 2));
        tally.add("s2", new StoryRow.NamedEntity("Zed Corp", "organization", List.of(), List.of("a3", "a4"), 3));
        assertEquals(List.of("Zed Corp", "Harbour Board", "Quiet Town"),
                tally.summaries().stream().map(EntitySummary::canonical).toList());
    }

    @Test
    void matchesPartOfTheNameOrOfAnAliasIgnoringCase() {
        EntitySummary e = new EntitySummary("Marit Holm", "person", List.of("Holm"), List.of("s1"), 1, 1);
        assertEquals(true, new EntityQuery("arit h", null, 10).matches(e));
        assertEquals(true, new EntityQuery("HOLM", dev.triangulate.model.EntityType.PERSON, 10).matches(e));
        assertEquals(false, new EntityQuery("holm", dev.triangulate.model.EntityType.PLACE, 10).matches(e));
        assertEquals(false, new EntityQuery("holmes", null, 10).matches(e));
        assertEquals(true, new EntityQuery("  ", null, 10).matches(e));
    }
}
