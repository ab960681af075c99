package dev.triangulate.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features seen in one run: integer ids, document frequencies, readable forms, and the
 * resulting rarity weights. IDF is estimated from the run's own articles (the batch is the stream
 * seen so far), with words that news uses for every story discounted by a fixed factor.
 * Mutable and confined to one run's thread.
 */
final class FeatureSpace implements Vocabulary {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final List<Integer> frequencies = new ArrayList<>();
    private final Map<String, String> surfaces = new HashMap<>();
    private final Set<String> generic;
    private final double genericDiscount;
    private int documents;

    FeatureSpace(Set<String> generic, double genericDiscount) {
        this.generic = generic;
        this.genericDiscount = genericDiscount;
    }

    /**
     * A space holding a whole batch's counts for the given features, as if it had counted the batch:
     * ids follow each feature's first occurrence in the batch, so ties between equal weights break
     * as in the whole batch. A feature the statistics lack counts as seen once.
     */
    static FeatureSpace preset(Set<String> generic, double genericDiscount, BatchStatistics stats,
                               java.util.Collection<String> keys) {
        FeatureSpace space = new FeatureSpace(generic, genericDiscount);
        space.documents = stats.documents();
        keys.stream().distinct().sorted(java.util.Comparator.comparingLong(
                (String k) -> stats.features().containsKey(k) ? stats.features().get(k).firstSeen() : Long.MAX_VALUE)
                .thenComparing(k -> k)).forEach(key -> {
                    BatchStatistics.Feature f = stats.features().get(key);
                    int id = space.id(key);
                    space.frequencies.set(id, f == null ? 1 : f.documents());
                    space.surfaces.put(key, f == null ? key.substring(2) : f.surface());
                });
        return space;
    }

    /** Counts one article's features towards document frequency. */
    void count(ArticleTerms terms) {
        documents++;
        for (String key : terms.weights().keySet()) {
            int id = id(key);
            frequencies.set(id, frequencies.get(id) + 1);
            surfaces.putIfAbsent(key, terms.surfaces().getOrDefault(key, key.substring(2)));
        }
    }

    /** The article's TF-IDF vector over its {@code limit} strongest shared features, at unit length. */
    SparseVector vector(ArticleTerms terms, int limit) {
        int[] vid = new int[terms.weights().size()];
        double[] w = new double[vid.length];
        int n = 0;
        for (Map.Entry<String, Double> e : terms.weights().entrySet()) {
            int id = id(e.getKey());
            // a feature no other article has cannot link this one to anything; it would only dilute
            if (frequencies.get(id) > 1 || documents <= 1) {
                vid[n] = id;
                w[n++] = e.getValue() * idf(id);
            }
        }
        return SparseVector.of(java.util.Arrays.copyOf(vid, n), java.util.Arrays.copyOf(w, n)).top(limit).unit();
    }

    double idf(int id) {
        double idf = Math.log(1.0 + (double) documents / Math.max(1, frequencies.get(id)));
        String key = keys.get(id);
        return ArticleTerms.isWord(key) && generic.contains(key.substring(2)) ? idf * genericDiscount : idf;
    }

    @Override
    public String key(int id) {
        return keys.get(id);
    }

    @Override
    public String surface(int id) {
        String key = keys.get(id);
        return surfaces.getOrDefault(key, key.substring(2));
    }

    /** The id of {@code key}, given it to a new feature when it has none yet. */
    int id(String key) {
        Integer id = ids.get(key);
        if (id == null) {
            id = keys.size();
            ids.put(key, id);
            keys.add(key);
            frequencies.add(0);
        }
        return id;
    }
}
