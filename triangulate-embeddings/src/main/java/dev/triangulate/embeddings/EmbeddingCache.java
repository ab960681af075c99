package dev.triangulate.embeddings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Embeddings by sentence text, at most {@code capacity} of them; the least recently used goes first.
 * Thread-safe (one lock; a lookup is far cheaper than the model call it saves).
 */
final class EmbeddingCache {

    private final Map<String, float[]> map;

    EmbeddingCache(int capacity) {
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized float[] get(String text) {
        return map.get(text);
    }

    synchronized void put(String text, float[] vector) {
        map.put(text, vector);
    }

    synchronized int size() {
        return map.size();
    }
}
