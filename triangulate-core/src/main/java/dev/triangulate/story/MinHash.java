package dev.triangulate.story;

import dev.triangulate.model.Coverage;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures over word shingles, to spot syndicated copies: two texts whose shingle sets
 * overlap almost entirely (same wire story, a different intro line) get nearly equal signatures.
 * Stateless and thread-safe; signatures depend only on the text, never on run order.
 */
final class MinHash {

    private static final int HASHES = 64;
    private static final int SHINGLE = 4;

    private MinHash() {
    }

    /** The signature of an article, or an empty array when it has no words to shingle. */
    static long[] signature(Coverage c) {
        List<String> words = words(c);
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        int last = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < last; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
                h = mix(h ^ words.get(j).hashCode());
            }
            for (int k = 0; k < HASHES; k++) {
                sig[k] = Math.min(sig[k], mix(h + (k + 1) * 0xBF58476D1CE4E5B9L));
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of the two shingle sets; 0 when either text was empty. */
    static double similarity(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (a[k] == b[k]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    private static List<String> words(Coverage c) {
        List<String> out = new ArrayList<>();
        for (Sentence s : c.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.text().isEmpty() && Character.isLetterOrDigit(t.text().codePointAt(0))) {
                    out.add(t.text().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** SplitMix64's finaliser: a fast, well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
