package dev.triangulate.eval;

import dev.triangulate.internal.DisjointSets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The best one-to-one alignment of key and response entities for CEAF-e: the maximum sum of
 * phi4(k, r) = 2|k ∩ r| / (|k| + |r|) over aligned pairs. Entities that share no mention score 0
 * together, so the problem splits into the connected parts of the overlap graph, each solved exactly
 * with the Hungarian method. Stateless and thread-safe.
 */
final class EntityAlignment {

    private EntityAlignment() {
    }

    static double best(List<Set<String>> key, List<Set<String>> response) {
        Map<String, Integer> owner = CorefScorer.owners(response);
        int n = key.size();
        DisjointSets parts = new DisjointSets(n + response.size());
        for (int i = 0; i < n; i++) {
            for (String m : key.get(i)) {
                if (owner.containsKey(m)) {
                    parts.join(i, n + owner.get(m));
                }
            }
        }
        Map<Integer, List<Integer>> keyParts = new HashMap<>();
        Map<Integer, List<Integer>> responseParts = new HashMap<>();
        for (int i = 0; i < n + response.size(); i++) {
            (i < n ? keyParts : responseParts).computeIfAbsent(parts.root(i), x -> new ArrayList<>()).add(i < n ? i : i - n);
        }
        double sum = 0;
        for (var e : keyParts.entrySet()) {
            List<Integer> rs = responseParts.get(e.getKey());
            if (rs != null) {
                sum += solve(similarities(e.getValue(), rs, key, response, owner));
            }
        }
        return sum;
    }

    private static double[][] similarities(List<Integer> ks, List<Integer> rs, List<Set<String>> key,
                                           List<Set<String>> response, Map<String, Integer> owner) {
        Map<Integer, Integer> column = new HashMap<>();
        for (int j = 0; j < rs.size(); j++) {
            column.put(rs.get(j), j);
        }
        double[][] w = new double[ks.size()][rs.size()];
        for (int i = 0; i < ks.size(); i++) {
            Set<String> k = key.get(ks.get(i));
            for (String m : k) {
                Integer j = owner.containsKey(m) ? column.get(owner.get(m)) : null;
                if (j != null) {
                    w[i][j] += 2.0 / (k.size() + response.get(rs.get(j)).size());
                }
            }
        }
        return w;
    }

    /** Maximum-weight assignment of rows to distinct columns (or columns to rows, if fewer). */
    static double solve(double[][] w) {
        int rows = w.length;
        int cols = w[0].length;
        if (rows > cols) {
            double[][] t = new double[cols][rows];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    t[j][i] = w[i][j];
                }
            }
            return solve(t);
        }
        int[] match = hungarian(w, rows, cols);
        double sum = 0;
        for (int j = 1; j <= cols; j++) {
            if (match[j] > 0) {
                sum += w[match[j] - 1][j - 1];
            }
        }
        return sum;
    }

    /**
     * The Hungarian method with potentials for rows <= cols, minimising the negated weights; returns
     * for each column (1-based) its row (1-based) or 0.
     */
    private static int[] hungarian(double[][] w, int rows, int cols) {
        double[] u = new double[rows + 1];
        double[] v = new double[cols + 1];
        int[] match = new int[cols + 1];
        int[] way = new int[cols + 1];
        for (int i = 1; i <= rows; i++) {
            match[0] = i;
            int j0 = 0;
            double[] minv = new double[cols + 1];
            java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[cols + 1];
            do {
                used[j0] = true;
                int i0 = match[j0];
                int j1 = 0;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= cols; j++) {
                    if (!used[j]) {
                        double cur = -w[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= cols; j++) {
                    if (used[j]) {
                        u[match[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (match[j0] != 0);
            do {
                int j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        return match;
    }
}
