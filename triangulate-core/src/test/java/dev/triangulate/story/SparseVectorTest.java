package dev.triangulate.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SparseVectorTest {

    @Test
    void ordersHeaviestFirstWithTiesToTheSmallerId() {
        SparseVector v = SparseVector.of(new int[] {9, -4, 3, 7}, new double[] {0.5, 0.5, 2.0, 0.1});

        int[] ids = Arrays.stream(v.heaviestFirst()).map(v::id).toArray();

        assertArrayEquals(new int[] {3, -4, 9, 7}, ids);
    }

    @Test
    void keepsTheHeaviestEntriesSortedById() {
        SparseVector v = SparseVector.of(new int[] {5, 1, 8, 2}, new double[] {1, 4, 3, 1});

        SparseVector top = v.top(3);

        assertEquals(3, top.size());
        assertArrayEquals(new int[] {1, 2, 8}, IntStream.range(0, 3).map(top::id).toArray(),
                "weight 1 ties between ids 2 and 5: the smaller id stays");
    }

    @Test
    void matchesAFullSortOnLongVectorsWithManyTies() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(300);
            int[] ids = random.ints(n * 2L, -1_000_000, 1_000_000).distinct().limit(n).toArray();
            double[] weights = random.doubles(ids.length).map(w -> Math.floor(w * 8) / 8).toArray();
            SparseVector v = SparseVector.of(ids, weights);

            Integer[] expected = IntStream.range(0, v.size()).boxed().toArray(Integer[]::new);
            Arrays.sort(expected, Comparator.comparingDouble((Integer i) -> -v.weight(i)).thenComparingInt(v::id));

            assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), v.heaviestFirst());
        }
    }
}
