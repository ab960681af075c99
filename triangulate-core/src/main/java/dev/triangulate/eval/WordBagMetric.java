package dev.triangulate.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The WCXB main-content metric: per page, F1 of the multisets of lower-cased {@code \w+} words of the
 * prediction and the gold text; both empty scores 1, one empty scores 0. Stateless and thread-safe.
 */
public final class WordBagMetric {

    private WordBagMetric() {
    }

    public static double f1(String truth, String predicted) {
        Map<String, Integer> t = bag(truth);
        Map<String, Integer> p = bag(predicted);
        int nt = t.values().stream().mapToInt(Integer::intValue).sum();
        int np = p.values().stream().mapToInt(Integer::intValue).sum();
        if (nt == 0 && np == 0) {
            return 1;
        }
        if (nt == 0 || np == 0) {
            return 0;
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            overlap += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
        }
        double precision = (double) overlap / np;
        double recall = (double) overlap / nt;
        return overlap == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> out = new HashMap<>();
        for (String w : ShingleMetric.tokens(text)) {
            out.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return out;
    }
}
