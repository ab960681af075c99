package dev.triangulate.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The indexed search must find exactly the pairs that comparing every pair finds, with the same values. */
class TermVectorsTest {

    @Test
    void findsTheSamePairsAsComparingEveryPair() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Map<String, Double>> maps = randomVectors(new Random(seed), 150);
            TermVectors vectors = new TermVectors(maps);
            Set<String> indexed = new TreeSet<>();
            vectors.pairsAtLeast(0.32, (a, b) -> (a + b) % 7 != 0)
                    .forEach(p -> indexed.add(p.a() + "-" + p.b() + "=" + p.similarity()));
            Set<String> everyPair = new TreeSet<>();
            for (int a = 0; a < maps.size(); a++) {
                for (int b = a + 1; b < maps.size(); b++) {
                    double s = mapCosine(maps.get(a), maps.get(b));
                    if ((a + b) % 7 != 0 && s >= 0.32) {
                        everyPair.add(a + "-" + b + "=" + s);
                    }
                }
            }
            assertTrue(everyPair.size() > 10, "the fixture has similar pairs");
            assertEquals(everyPair, indexed, "seed " + seed);
        }
    }

    @Test
    void cosineSumsAddEachMembersCosinesWithTheOthers() {
        List<Map<String, Double>> maps = randomVectors(new Random(7), 12);
        TermVectors vectors = new TermVectors(maps);
        List<Integer> members = List.of(0, 3, 4, 9);
        double[] sums = vectors.cosineSums(members);
        for (int i = 0; i < members.size(); i++) {
            double expected = 0;
            for (int other : members) {
                expected += other == members.get(i) ? 0 : vectors.cosine(members.get(i), other);
            }
            assertEquals(expected, sums[i], 1e-12);
        }
    }

    /** Sentences of a small vocabulary whose word frequencies are skewed, as in news: a few common words, many rare. */
    private static List<Map<String, Double>> randomVectors(Random r, int n) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = new HashMap<>();
            int words = 5 + r.nextInt(10);
            for (int k = 0; k < words; k++) {
                int w = (int) Math.floor(Math.pow(r.nextDouble(), 2.5) * 120);
                v.put("w" + w, 0.2 + w / 30.0);
            }
            out.add(v);
        }
        return out;
    }

    /** The map-based cosine the aligner used before the index: the reference. */
    private static double mapCosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
