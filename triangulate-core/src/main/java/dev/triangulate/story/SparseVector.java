package dev.triangulate.story;

import java.util.Arrays;

/**
 * An immutable sparse vector over integer feature ids, sorted by id, so that sums and dot products
 * are linear merges. Sizes stay bounded because callers {@link #top keep the strongest} entries.
 */
final class SparseVector {

    static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    private final int[] ids;
    private final double[] weights;
    /** Computed once: every cosine needs it, and vectors are compared far more often than built. */
    private final double norm;

    private SparseVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
        double s = 0;
        for (double w : weights) {
            s += w * w;
        }
        this.norm = Math.sqrt(s);
    }

    /** From unsorted parallel arrays with distinct ids. */
    static SparseVector of(int[] ids, double[] weights) {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
        int[] sortedIds = new int[ids.length];
        double[] sortedWeights = new double[ids.length];
        for (int i = 0; i < order.length; i++) {
            sortedIds[i] = ids[order[i]];
            sortedWeights[i] = weights[order[i]];
        }
        return new SparseVector(sortedIds, sortedWeights);
    }

    int size() {
        return ids.length;
    }

    int id(int i) {
        return ids[i];
    }

    double weight(int i) {
        return weights[i];
    }

    double norm() {
        return norm;
    }

    double dot(SparseVector o) {
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < o.ids.length) {
            int c = Integer.compare(ids[i], o.ids[j]);
            if (c == 0) {
                s += weights[i++] * o.weights[j++];
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    double cosine(SparseVector o) {
        double n = norm() * o.norm();
        return n == 0 ? 0 : dot(o) / n;
    }

    SparseVector scaled(double f) {
        double[] w = weights.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] *= f;
        }
        return new SparseVector(ids, w);
    }

    /** Without the entries at or below zero (what is left after subtracting a member). */
    SparseVector positive() {
        int n = 0;
        for (double w : weights) {
            n += w > 1e-12 ? 1 : 0;
        }
        if (n == ids.length) {
            return this;
        }
        int[] keep = new int[n];
        double[] w = new double[n];
        int k = 0;
        for (int i = 0; i < ids.length; i++) {
            if (weights[i] > 1e-12) {
                keep[k] = ids[i];
                w[k++] = weights[i];
            }
        }
        return new SparseVector(keep, w);
    }

    SparseVector unit() {
        double n = norm();
        return n == 0 ? this : scaled(1 / n);
    }

    SparseVector plus(SparseVector o) {
        int[] outIds = new int[ids.length + o.ids.length];
        double[] outW = new double[outIds.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < ids.length || j < o.ids.length) {
            if (j >= o.ids.length || (i < ids.length && ids[i] < o.ids[j])) {
                outIds[k] = ids[i];
                outW[k++] = weights[i++];
            } else if (i >= ids.length || o.ids[j] < ids[i]) {
                outIds[k] = o.ids[j];
                outW[k++] = o.weights[j++];
            } else {
                outIds[k] = ids[i];
                outW[k++] = weights[i++] + o.weights[j++];
            }
        }
        return new SparseVector(Arrays.copyOf(outIds, k), Arrays.copyOf(outW, k));
    }

    /** The {@code k} heaviest entries; ties go to the smaller id so the result is deterministic. */
    SparseVector top(int k) {
        if (ids.length <= k) {
            return this;
        }
        Integer[] order = byWeight();
        int[] keep = new int[k];
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            keep[i] = ids[order[i]];
            w[i] = weights[order[i]];
        }
        return of(keep, w);
    }

    /** Positions of the entries, heaviest first (ties by smaller id). */
    Integer[] byWeight() {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(weights[b], weights[a]);
            return c != 0 ? c : Integer.compare(ids[a], ids[b]);
        });
        return order;
    }
}
