package dev.triangulate.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Random and mutated inputs: no exception, every article in exactly one story, deterministic output. */
class OnlineClustererContractTest {

    private static final String[] SOURCES = {StoryFixtures.FERRY, StoryFixtures.FERRY_FOLLOW_UP,
        StoryFixtures.CHESS, StoryFixtures.CHESS_FOLLOW_UP, StoryFixtures.QUAKE_2019, StoryFixtures.QUAKE_2020};

    @Test
    void keepsItsContractOnRandomAndMutatedInputs() {
        Random random = new Random(42);
        OnlineClusterer clusterer = OnlineClusterer.defaults();
        for (int round = 0; round < 60; round++) {
            List<Coverage> input = randomBatch(random, round);
            List<Story> first = clusterer.cluster(input);
            checkContract(input, first);
            assertEquals(describe(first), describe(clusterer.cluster(input)), "deterministic");
            for (Coverage c : input) {
                assertNotNull(clusterer.blockingKeys(c));
            }
        }
    }

    private static List<Coverage> randomBatch(Random random, int round) {
        List<Coverage> out = new ArrayList<>();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            String text = random.nextInt(4) == 0 ? noise(random) : mutate(SOURCES[random.nextInt(SOURCES.length)], random);
            LocalDate date = random.nextBoolean() ? null : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(400));
            String id = "r" + round + "-" + i;
            out.add(new Coverage(TestDocs.doc(date == null ? TestDocs.article(id, text)
                    : TestDocs.article(id, text, date)), List.of()));
        }
        return out;
    }

    private static String mutate(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        for (int k = random.nextInt(30); k > 0 && sb.length() > 0; k--) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, (char) (' ' + random.nextInt(95)));
                default -> sb.setLength(Math.max(0, sb.length() - random.nextInt(200)));
            }
        }
        return sb.toString();
    }

    private static String noise(Random random) {
        StringBuilder sb = new StringBuilder();
        String alphabet = "abcXYZ 019.,\"'\n—’é";
        for (int k = random.nextInt(300); k > 0; k--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static void checkContract(List<Coverage> input, List<Story> stories) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            assertEquals("s" + (i + 1), s.id());
            assertTrue(!s.members().isEmpty());
            for (Coverage c : s.members()) {
                assertTrue(seen.add(c.id()), "article in two stories: " + c.id());
            }
            for (var e : s.copyOf().entrySet()) {
                assertNotNull(s.member(e.getKey()));
                assertNotNull(s.member(e.getValue()));
                assertTrue(!s.copyOf().containsKey(e.getValue()), "a copy maps to an original");
            }
            for (int m = 1; m < s.members().size(); m++) {
                LocalDate before = s.members().get(m - 1).article().published().date();
                LocalDate after = s.members().get(m).article().published().date();
                assertTrue(before == null || after == null || !after.isBefore(before), "members oldest first");
            }
        }
        assertEquals(input.size(), seen.size());
    }

    private static List<String> describe(List<Story> stories) {
        return stories.stream().map(s -> s.id() + s.title() + s.keywords() + s.members().stream()
                .map(Coverage::id).toList() + s.copyOf()).toList();
    }
}
