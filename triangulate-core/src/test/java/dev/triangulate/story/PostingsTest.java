package dev.triangulate.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingsTest {

    @Test
    void listsSlotsAtTheirPositionsAndForgetsEmptiedFeatures() {
        Postings p = new Postings();
        assertEquals(0, p.add(42, 1));
        assertEquals(1, p.add(42, 3));
        assertEquals(2, p.add(42, 5));
        p.add(-42, 3);

        assertEquals(5, p.remove(42, 0), "the last entry moves into the gap");
        assertEquals(-1, p.remove(-42, 0), "nothing moves when the last entry leaves");

        assertEquals(2, p.size(42));
        assertArrayEquals(new int[] {5, 3}, Arrays.copyOf(p.slots(42), 2));
        assertEquals(0, p.size(-42));
        assertEquals(1, p.features(), "a feature whose list emptied leaves the table");
    }

    @Test
    void agreesWithPlainListsThroughGrowthCollisionsAndDeletion() {
        Postings p = new Postings();
        Map<Integer, List<Integer>> model = new HashMap<>();
        Random random = new Random(7);
        for (int step = 0; step < 200_000; step++) {
            int id = random.nextInt(5_000) * 1024; // ids sharing low bits: long probe runs to delete from
            List<Integer> list = model.computeIfAbsent(id, k -> new ArrayList<>());
            if (list.isEmpty() || random.nextInt(3) > 0) {
                int slot = random.nextInt(1 << 20);
                assertEquals(list.size(), p.add(id, slot));
                list.add(slot);
            } else {
                int position = random.nextInt(list.size());
                int last = list.remove(list.size() - 1);
                int expectedMove = position == list.size() ? -1 : last;
                if (expectedMove >= 0) {
                    list.set(position, last);
                }
                assertEquals(expectedMove, p.remove(id, position));
            }
            if (list.isEmpty()) {
                model.remove(id);
            }
        }
        assertEquals(model.size(), p.features());
        for (int id = 0; id < 5_000 * 1024; id += 1024) {
            int[] expected = model.getOrDefault(id, List.of()).stream().mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, Arrays.copyOf(p.slots(id), p.size(id)), "feature " + id);
        }
    }
}
