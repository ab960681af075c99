package dev.triangulate.analyze.entity;

/** Union-find over indices {@code 0..n-1}; roots are the smallest index of their set, so results are deterministic. */
final class Clusters {

    private final int[] parent;

    Clusters(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    void join(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    boolean same(int a, int b) {
        return root(a) == root(b);
    }
}
