package dev.triangulate.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Union-find over indices {@code 0..n-1}. A set's root is its smallest index, so groupings do not
 * depend on the order of unions: results are deterministic. Not thread-safe; meant for local use.
 */
public final class DisjointSets {

    private final int[] parent;

    public DisjointSets(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    public int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    public void join(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    public boolean same(int a, int b) {
        return root(a) == root(b);
    }

    /** The groups of {@code items} (item i in the set of index i), each in item order, groups ordered by their first item. */
    public <T> List<List<T>> groups(List<T> items) {
        Map<Integer, List<T>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            byRoot.computeIfAbsent(root(i), k -> new ArrayList<>()).add(items.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }
}
