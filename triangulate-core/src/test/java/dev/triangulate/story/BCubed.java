package dev.triangulate.story;

import java.util.HashMap;
import java.util.Map;

/** B-cubed precision, recall and F1 of a clustering against gold labels, averaged over items. */
record BCubed(double precision, double recall) {

    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** {@code predicted} and {@code gold} map item to cluster label; both cover the same items. */
    static BCubed score(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Integer> predSize = counts(predicted.values());
        Map<String, Integer> goldSize = counts(gold.values());
        Map<String, Integer> both = new HashMap<>();
        for (String item : gold.keySet()) {
            both.merge(predicted.get(item) + "\u0000" + gold.get(item), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (String item : gold.keySet()) {
            int overlap = both.get(predicted.get(item) + "\u0000" + gold.get(item));
            p += overlap / (double) predSize.get(predicted.get(item));
            r += overlap / (double) goldSize.get(gold.get(item));
        }
        return new BCubed(p / gold.size(), r / gold.size());
    }

    private static Map<String, Integer> counts(java.util.Collection<String> labels) {
        Map<String, Integer> out = new HashMap<>();
        labels.forEach(l -> out.merge(l, 1, Integer::sum));
        return out;
    }
}
