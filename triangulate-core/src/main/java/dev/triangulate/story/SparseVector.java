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
        long[] byId = new long[ids.length]; // id in the high half (signed order), position in the low half
        for (int i = 0; i < ids.length; i++) {
            byId[i] = ((long) ids[i] << 32) | i;
        }
        Arrays.sort(byId);
        int[] sortedIds = new int[ids.length];
        double[] sortedWeights = new double[ids.length];
        for (int i = 0; i < byId.length; i++) {
            int at = (int) byId[i];
            sortedIds[i] = ids[at];
            sortedWeights[i] = weights[at];
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
        boolean[] kept = new boolean[ids.length];
        int[] order = heaviestFirst();
        for (int i = 0; i < k; i++) {
            kept[order[i]] = true;
        }
        int[] keep = new int[k];
        double[] w = new double[k];
        int n = 0;
        for (int i = 0; i < ids.length; i++) { // in position order, which is id order: no second sort
            if (kept[i]) {
                keep[n] = ids[i];
                w[n++] = weights[i];
            }
        }
        return new SparseVector(keep, w);
    }

    /**
     * Positions of the entries, heaviest first (ties by smaller id): a merge sort over primitive
     * positions. Positions follow ids, so "smaller id first" on ties is "smaller position first",
     * which a stable sort gives.
     */
    int[] heaviestFirst() {
        int[] order = new int[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (order.length > 1) {
            sort(order, new int[order.length], 0, order.length);
        }
        return order;
    }

    private void sort(int[] a, int[] scratch, int from, int to) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) { // insertion sort: stable, fast on short runs
                int x = a[i];
                int j = i;
                while (j > from && Double.compare(weights[a[j - 1]], weights[x]) < 0) {
                    a[j] = a[j - 1];
                    j--;
                }
                a[j] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(a, scratch, from, mid);
        sort(a, scratch, mid, to);
        System.arraycopy(a, from, scratch, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            // take from the right run only when strictly heavier: equal weights keep position order
            if (j >= to || (i < mid && Double.compare(weights[scratch[i]], weights[scratch[j]]) >= 0)) {
                a[k] = scratch[i++];
            } else {
                a[k] = scratch[j++];
            }
        }
    }
}
