package dev.triangulate.story;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The feature space of a {@link StoryStream}: the counterpart of {@link FeatureSpace} with bounded
 * memory. A feature's id is a hash of its key (no dictionary that grows with the vocabulary);
 * document frequencies live in a {@link FrequencyTable} that forgets one-off features when full;
 * readable forms live in a direct-mapped cache, so a story closed long after its words were last
 * seen may lose a keyword, never a member.
 *
 * <p>IDF is the stream's so far, the article itself included. Unlike the batch, a feature only this
 * article has is kept: the stream cannot know that the next report will share it, and a story's
 * first report would otherwise lose exactly the names that tie later reports to it.
 * Mutable and confined to one thread.
 */
final class StreamVocabulary implements Vocabulary {

    private static final int SURFACE_SLOTS = 1 << 19;

    private final FrequencyTable frequencies;
    private final Set<String> generic;
    private final double genericDiscount;
    private final String[] keys = new String[SURFACE_SLOTS];
    private final String[] surfaces = new String[SURFACE_SLOTS];
    private long documents;

    StreamVocabulary(Set<String> generic, double genericDiscount, int features) {
        this.frequencies = new FrequencyTable(features);
        this.generic = generic;
        this.genericDiscount = genericDiscount;
    }

    /** Counts the article, then returns its TF-IDF vector over its {@code limit} strongest features, at unit length. */
    SparseVector vector(ArticleTerms terms, int limit) {
        documents++;
        int[] vid = new int[terms.weights().size()];
        String[] vkey = new String[vid.length];
        double[] raw = new double[vid.length];
        int n = 0;
        for (Map.Entry<String, Double> e : terms.weights().entrySet()) {
            vid[n] = id(e.getKey());
            vkey[n] = e.getKey();
            raw[n++] = e.getValue();
            remember(vid[n - 1], e.getKey(), terms.surfaces().get(e.getKey()));
        }
        return weigh(vid, vkey, raw, n).top(limit).unit();
    }

    @Override
    public String key(int id) {
        int slot = id & (SURFACE_SLOTS - 1);
        return keys[slot] != null && id(keys[slot]) == id ? keys[slot] : null;
    }

    @Override
    public String surface(int id) {
        String key = key(id);
        String s = key == null ? null : surfaces[id & (SURFACE_SLOTS - 1)];
        return s != null ? s : key == null ? "" : key.substring(2);
    }

    /** Distinct features whose document frequency is currently held. */
    int features() {
        return frequencies.size();
    }

    /** Two keys of one article may hash alike; their weights add up rather than break the vector. */
    private SparseVector weigh(int[] vid, String[] vkey, double[] raw, int n) {
        int[] ids = Arrays.copyOf(vid, n);
        double[] w = new double[n];
        int distinct = 0;
        java.util.HashMap<Integer, Integer> seen = new java.util.HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Integer at = seen.putIfAbsent(vid[i], distinct);
            if (at == null) {
                frequencies.increment(vid[i]);
                ids[distinct] = vid[i];
                w[distinct++] = raw[i] * idf(vid[i], vkey[i]);
            } else {
                w[at] += raw[i] * idf(vid[i], vkey[i]);
            }
        }
        return SparseVector.of(Arrays.copyOf(ids, distinct), Arrays.copyOf(w, distinct));
    }

    private double idf(int id, String key) {
        double idf = Math.log(1.0 + (double) documents / Math.max(1, frequencies.count(id)));
        return ArticleTerms.isWord(key) && generic.contains(key.substring(2)) ? idf * genericDiscount : idf;
    }

    private void remember(int id, String key, String surface) {
        int slot = id & (SURFACE_SLOTS - 1);
        keys[slot] = key;
        surfaces[slot] = surface;
    }

    /** A 64-bit FNV-1a over the key's characters, folded to 32 bits: ids stable across runs and workers. */
    static int id(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        return (int) (h ^ (h >>> 32));
    }
}
