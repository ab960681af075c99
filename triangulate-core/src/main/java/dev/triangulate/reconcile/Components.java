package dev.triangulate.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Union-find over item indices, yielding groups in order of their first item. Not thread-safe; used locally. */
final class Components {

    private final int[] parent;

    Components(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** The groups of {@code items}, each in item order, groups ordered by their first item. */
    <T> List<List<T>> groups(List<T> items) {
        Map<Integer, List<T>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(items.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }
}
