package dev.triangulate.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted term vectors (positive weights) with their cosine similarity, and the pairs whose cosine
 * reaches a threshold found without comparing every pair.
 *
 * <p>The search is prefix filtering (as in Bayardo, Ma and Srikant's all-pairs similarity search): each
 * vector indexes its rarest terms, only as many as it takes for the rest of it to be unable to reach the
 * threshold against any vector; a pair can then only reach it if one vector shares an indexed term of
 * the other. It is exact: the same pairs as comparing all of them. The cosine adds products in the
 * iteration order of the first vector's map and divides by the norms as summed in that order, so every
 * similarity is bit-for-bit what a map-based cosine gives, and ties stay ties.
 *
 * <p>Immutable after construction; safe to read from several threads.
 */
final class TermVectors {

    /** Slack for rounding in the bound: a term is left out of the index only when safely below the threshold. */
    private static final double ROUNDING = 1e-9;

    private final int[][] terms;
    private final double[][] weights;
    private final int[][] sortedTerms;
    private final double[][] sortedWeights;
    private final double[] norms;
    private final int termCount;

    /** A pair of vector indices {@code a < b} and their cosine. */
    record Pair(int a, int b, double similarity) {
    }

    /** Vectors in the order given; each keeps its map's iteration order for summing. */
    TermVectors(List<Map<String, Double>> vectors) {
        Map<String, Integer> ids = new HashMap<>();
        int n = vectors.size();
        terms = new int[n][];
        weights = new double[n][];
        sortedTerms = new int[n][];
        sortedWeights = new double[n][];
        norms = new double[n];
        for (int v = 0; v < n; v++) {
            Map<String, Double> map = vectors.get(v);
            terms[v] = new int[map.size()];
            weights[v] = new double[map.size()];
            int k = 0;
            double sumSquares = 0;
            for (Map.Entry<String, Double> e : map.entrySet()) {
                terms[v][k] = ids.computeIfAbsent(e.getKey(), t -> ids.size());
                weights[v][k++] = e.getValue();
                sumSquares += e.getValue() * e.getValue();
            }
            norms[v] = Math.sqrt(sumSquares);
            sortByTerm(v);
        }
        termCount = ids.size();
    }

    private void sortByTerm(int v) {
        Integer[] order = new Integer[terms[v].length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> Integer.compare(terms[v][x], terms[v][y]));
        sortedTerms[v] = new int[order.length];
        sortedWeights[v] = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            sortedTerms[v][i] = terms[v][order[i]];
            sortedWeights[v][i] = weights[v][order[i]];
        }
    }

    int size() {
        return norms.length;
    }

    /** Cosine of vectors {@code a} and {@code b}, summed in {@code a}'s order. */
    double cosine(int a, int b) {
        double dot = 0;
        for (int k = 0; k < terms[a].length; k++) {
            int at = Arrays.binarySearch(sortedTerms[b], terms[a][k]);
            if (at >= 0) {
                dot += weights[a][k] * sortedWeights[b][at];
            }
        }
        return dot == 0 ? 0 : dot / (norms[a] * norms[b]);
    }

    /** Whether a pair of vector indices may be compared at all. */
    interface PairFilter {
        boolean allows(int a, int b);
    }

    /** Every pair {@code a < b} that {@code filter} allows with {@code cosine(a, b) >= threshold}, in no set order. */
    List<Pair> pairsAtLeast(double threshold, PairFilter filter) {
        Index index = index(threshold);
        List<Pair> out = new ArrayList<>();
        int[] seenBy = new int[size()];
        Arrays.fill(seenBy, -1);
        double[] partial = new double[size()];
        int[] touched = new int[size()];
        for (int a = 0; a < size(); a++) {
            int count = 0;
            for (int k = 0; k < terms[a].length; k++) {
                int[] vs = index.vectors[terms[a][k]];
                double[] ws = index.weights[terms[a][k]];
                double wa = weights[a][k] / norms[a];
                for (int p = vs.length - 1; p >= 0 && vs[p] > a; p--) {
                    int b = vs[p];
                    if (seenBy[b] != a) {
                        seenBy[b] = a;
                        partial[b] = 0;
                        touched[count++] = b;
                    }
                    partial[b] += wa * ws[p];
                }
            }
            for (int i = 0; i < count; i++) {
                int b = touched[i];
                // what b's indexed terms give plus the most its other terms could: below it, the pair cannot pass
                if (partial[b] + index.rest[b] >= threshold - ROUNDING && filter.allows(a, b)) {
                    double s = cosine(a, b);
                    if (s >= threshold) {
                        out.add(new Pair(a, b, s));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Per term, the vectors (ascending) that index it and their normalised weights for it; per vector, the
     * most its unindexed terms can add to a cosine.
     */
    private record Index(int[][] vectors, double[][] weights, double[] rest) {
    }

    /**
     * Each vector indexes its terms rarest first, until the remaining terms, weighted by the largest
     * normalised weight any vector gives them, add up to less than the threshold.
     */
    private Index index(double threshold) {
        int[] frequency = new int[termCount];
        double[] maxWeight = new double[termCount];
        for (int v = 0; v < size(); v++) {
            for (int k = 0; k < terms[v].length; k++) {
                frequency[terms[v][k]]++;
                maxWeight[terms[v][k]] = Math.max(maxWeight[terms[v][k]], weights[v][k] / norms[v]);
            }
        }
        int[] counts = new int[termCount];
        int[][] prefixes = new int[size()][];
        double[] rest = new double[size()];
        for (int v = 0; v < size(); v++) {
            prefixes[v] = prefix(v, frequency, maxWeight, threshold, rest);
            for (int k : prefixes[v]) {
                counts[terms[v][k]]++;
            }
        }
        int[][] vectors = new int[termCount][];
        double[][] ws = new double[termCount][];
        for (int t = 0; t < termCount; t++) {
            vectors[t] = new int[counts[t]];
            ws[t] = new double[counts[t]];
            counts[t] = 0;
        }
        for (int v = 0; v < size(); v++) {
            for (int k : prefixes[v]) {
                int t = terms[v][k];
                vectors[t][counts[t]] = v;
                ws[t][counts[t]++] = weights[v][k] / norms[v];
            }
        }
        return new Index(vectors, ws, rest);
    }

    /** Positions (in {@code terms[v]}) of the terms vector {@code v} indexes; the bound of the others into {@code rest[v]}. */
    private int[] prefix(int v, int[] frequency, double[] maxWeight, double threshold, double[] rest) {
        int n = terms[v].length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> frequency[terms[v][x]] != frequency[terms[v][y]]
                ? Integer.compare(frequency[terms[v][x]], frequency[terms[v][y]])
                : Integer.compare(terms[v][x], terms[v][y]));
        double bound = 0;
        int keep = n;
        while (keep > 0) {
            int k = order[keep - 1];
            double more = bound + weights[v][k] / norms[v] * maxWeight[terms[v][k]];
            if (more >= threshold - ROUNDING) {
                break;
            }
            bound = more;
            keep--;
        }
        rest[v] = bound;
        int[] out = new int[keep];
        for (int i = 0; i < keep; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /**
     * For each of {@code members}, the sum of its cosines with the other members, computed through the
     * sum of their normalised vectors: linear in the group, and equal to summing each cosine up to rounding.
     */
    double[] cosineSums(List<Integer> members) {
        Map<Integer, Double> total = new HashMap<>();
        for (int m : members) {
            for (int k = 0; k < terms[m].length; k++) {
                total.merge(terms[m][k], weights[m][k] / norms[m], Double::sum);
            }
        }
        double[] out = new double[members.size()];
        for (int i = 0; i < out.length; i++) {
            int a = members.get(i);
            double dot = 0;
            double self = 0;
            for (int k = 0; k < terms[a].length; k++) {
                double w = weights[a][k] / norms[a];
                dot += w * total.get(terms[a][k]);
                self += w * w;
            }
            out[i] = dot - self;
        }
        return out;
    }
}
