package dev.triangulate.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of one story as sparse unit rows in their contrast space (see {@link Bisection}), with
 * the two steps that split them: the sign of the projection on the principal direction, and
 * two-means refinement. Dense arrays are only one row wide (the number of columns), so memory is
 * linear in the members' features. Mutable scratch, confined to one call.
 */
final class Rows {

    final int columns;
    private final int[][] cols;
    private final double[][] vals;

    private Rows(int columns, int[][] cols, double[][] vals) {
        this.columns = columns;
        this.cols = cols;
        this.vals = vals;
    }

    /**
     * Over the features at least two members have and not all, each weight scaled by
     * log(n / members having it): a feature every member shares weighs nothing.
     */
    static Rows contrast(List<Profile> members) {
        int n = members.size();
        Map<Integer, Integer> df = new HashMap<>();
        for (Profile p : members) {
            SparseVector v = p.vector();
            for (int i = 0; i < v.size(); i++) {
                df.merge(v.id(i), 1, Integer::sum);
            }
        }
        Map<Integer, Integer> column = new HashMap<>();
        df.forEach((id, k) -> {
            if (k >= 2 && k < n) {
                column.put(id, column.size());
            }
        });
        int[][] cols = new int[n][];
        double[][] vals = new double[n][];
        for (int r = 0; r < n; r++) {
            SparseVector v = members.get(r).vector();
            int[] c = new int[v.size()];
            double[] w = new double[v.size()];
            int k = 0;
            for (int i = 0; i < v.size(); i++) {
                Integer at = column.get(v.id(i));
                if (at != null) {
                    c[k] = at;
                    w[k++] = v.weight(i) * Math.log((double) n / df.get(v.id(i)));
                }
            }
            cols[r] = java.util.Arrays.copyOf(c, k);
            vals[r] = java.util.Arrays.copyOf(w, k);
            double norm = Math.sqrt(dot(vals[r], vals[r]));
            for (int i = 0; i < k && norm > 0; i++) {
                vals[r][i] /= norm;
            }
        }
        return new Rows(column.size(), cols, vals);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Row {@code r} dotted with a dense vector. */
    private double dot(int r, double[] dense) {
        double s = 0;
        for (int i = 0; i < cols[r].length; i++) {
            s += vals[r][i] * dense[cols[r][i]];
        }
        return s;
    }

    private void addTo(int r, double f, double[] dense) {
        for (int i = 0; i < cols[r].length; i++) {
            dense[cols[r][i]] += f * vals[r][i];
        }
    }

    /**
     * Sides by the sign of each row's projection on the principal direction of the centred rows,
     * found by power iteration from the row farthest from the mean (deterministic).
     */
    boolean[] principalSides(int steps) {
        int n = cols.length;
        double[] mean = new double[columns];
        for (int r = 0; r < n; r++) {
            addTo(r, 1.0 / n, mean);
        }
        double meanSq = dot(mean, mean);
        int far = 0;
        double farthest = -1;
        for (int r = 0; r < n; r++) {
            double dist = dot(vals[r], vals[r]) - 2 * dot(r, mean) + meanSq;
            if (dist > farthest) {
                farthest = dist;
                far = r;
            }
        }
        double[] u = new double[columns];
        addTo(far, 1, u);
        for (int j = 0; j < columns; j++) {
            u[j] -= mean[j];
        }
        double[] s = new double[n];
        for (int step = 0; step < steps; step++) {
            project(mean, u, s);
            double[] next = new double[columns];
            double total = 0;
            for (int r = 0; r < n; r++) {
                addTo(r, s[r], next);
                total += s[r];
            }
            for (int j = 0; j < columns; j++) {
                next[j] -= total * mean[j];
            }
            double norm = Math.sqrt(dot(next, next));
            if (norm == 0) {
                break;
            }
            for (int j = 0; j < columns; j++) {
                next[j] /= norm;
            }
            u = next;
        }
        project(mean, u, s);
        boolean[] side = new boolean[n];
        for (int r = 0; r < n; r++) {
            side[r] = s[r] > 0;
        }
        return side;
    }

    private void project(double[] mean, double[] u, double[] s) {
        double shift = dot(mean, u);
        for (int r = 0; r < s.length; r++) {
            s[r] = dot(r, u) - shift;
        }
    }

    /** Two-means by cosine to the halves' centroids, from the given sides, until nothing moves. */
    void refine(boolean[] side, int steps) {
        for (int step = 0; step < steps; step++) {
            double[] a = new double[columns];
            double[] b = new double[columns];
            for (int r = 0; r < side.length; r++) {
                addTo(r, 1, side[r] ? a : b);
            }
            double na = Math.sqrt(dot(a, a));
            double nb = Math.sqrt(dot(b, b));
            boolean moved = false;
            for (int r = 0; r < side.length; r++) {
                double toA = na == 0 ? 0 : dot(r, a) / na;
                double toB = nb == 0 ? 0 : dot(r, b) / nb;
                boolean onA = toA >= toB;
                moved |= onA != side[r];
                side[r] = onA;
            }
            if (!moved) {
                return;
            }
        }
    }
}
