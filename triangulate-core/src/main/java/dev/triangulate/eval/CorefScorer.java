package dev.triangulate.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a coreference response against a key with MUC, B-cubed and CEAF-e, as the CoNLL-2012
 * reference scorer defines them, including mentions present on one side only (they form their own
 * partitions for MUC, count in the totals of B-cubed and take part in the CEAF alignment). Both sides
 * are maps from a mention id to a cluster id. Stateless and thread-safe.
 *
 * <pre>{@code
 * CorefScore s = CorefScorer.score(Map.of("m1", "A", "m2", "A"), Map.of("m1", "x", "m2", "y"));
 * double f1 = s.conll();
 * }</pre>
 */
public final class CorefScorer {

    private CorefScorer() {
    }

    public static CorefScore score(Map<String, String> key, Map<String, String> response) {
        List<Set<String>> k = clusters(key);
        List<Set<String>> r = clusters(response);
        return new CorefScore(muc(k, key, r, response), bcubed(k, r), ceafe(k, r));
    }

    private static List<Set<String>> clusters(Map<String, String> assignment) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        assignment.forEach((mention, cluster) -> out.computeIfAbsent(cluster, c -> new LinkedHashSet<>()).add(mention));
        return new ArrayList<>(out.values());
    }

    private static CorefScore.Part muc(List<Set<String>> k, Map<String, String> key, List<Set<String>> r,
                                       Map<String, String> response) {
        double[] recall = mucLinks(k, response);
        double[] precision = mucLinks(r, key);
        return new CorefScore.Part(recall[0], recall[1], precision[0], precision[1]);
    }

    /**
     * Links of {@code clusters} kept by the other side's partition: the sum of |c| - parts(c) over
     * the sum of |c| - 1, a mention the other side lacks being a part of its own.
     */
    private static double[] mucLinks(List<Set<String>> clusters, Map<String, String> other) {
        double hits = 0;
        double total = 0;
        for (Set<String> c : clusters) {
            Set<String> parts = new java.util.HashSet<>();
            for (String m : c) {
                parts.add(other.containsKey(m) ? "c:" + other.get(m) : "m:" + m);
            }
            hits += c.size() - parts.size();
            total += c.size() - 1;
        }
        return new double[] {hits, total};
    }

    private static CorefScore.Part bcubed(List<Set<String>> k, List<Set<String>> r) {
        return new CorefScore.Part(bcubedSum(k, r), size(k), bcubedSum(r, k), size(r));
    }

    /** Sum over clusters c of sum over other-side clusters o of |c ∩ o|² / |c|. */
    private static double bcubedSum(List<Set<String>> clusters, List<Set<String>> others) {
        Map<String, Integer> owner = owners(others);
        double sum = 0;
        for (Set<String> c : clusters) {
            Map<Integer, Integer> overlaps = new HashMap<>();
            c.stream().filter(owner::containsKey).forEach(m -> overlaps.merge(owner.get(m), 1, Integer::sum));
            for (int n : overlaps.values()) {
                sum += (double) n * n / c.size();
            }
        }
        return sum;
    }

    private static CorefScore.Part ceafe(List<Set<String>> k, List<Set<String>> r) {
        double aligned = EntityAlignment.best(k, r);
        return new CorefScore.Part(aligned, k.size(), aligned, r.size());
    }

    static Map<String, Integer> owners(List<Set<String>> clusters) {
        Map<String, Integer> owner = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String m : clusters.get(i)) {
                owner.put(m, i);
            }
        }
        return owner;
    }

    private static int size(Collection<Set<String>> clusters) {
        return clusters.stream().mapToInt(Set::size).sum();
    }
}
