package dev.triangulate.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Article Extraction Benchmark metric (Zyte, {@code evaluate.py}): per page, multisets of
 * 4-token shingles over {@code \w+} tokens (case kept; a text shorter than four tokens is one
 * shingle), tp/fp/fn normalised by their sum; precision and recall are means over pages (a page with
 * neither fp nor fn scores 1; pages with no predicted resp. no true shingles are left out of the
 * precision resp. recall mean); F1 is the harmonic mean of the two means. Stateless and thread-safe.
 */
public final class ShingleMetric {

    /** Python's Unicode {@code \w}: letters, numbers and the underscore. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private ShingleMetric() {
    }

    /** Normalised tp, fp, fn of one page. */
    public record Counts(double tp, double fp, double fn) {
    }

    /** Means over pages. */
    public record Score(double precision, double recall, double f1) {
    }

    public static Counts page(String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int tc = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, e.getValue());
            fp += Math.max(0, e.getValue() - tc);
        }
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    public static Score score(List<Counts> pages) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        for (Counts c : pages) {
            if (c.tp() + c.fp() > 0) {
                p += c.fp() == 0 && c.fn() == 0 ? 1 : c.tp() / (c.tp() + c.fp());
                np++;
            }
            if (c.tp() + c.fn() > 0) {
                r += c.fp() == 0 && c.fn() == 0 ? 1 : c.tp() / (c.tp() + c.fn());
                nr++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            List<String> shingle = tokens.subList(Math.min(i, tokens.size()), Math.min(i + N, tokens.size()));
            if (!shingle.isEmpty()) {
                out.merge(String.join("\u0001", shingle), 1, Integer::sum);
            }
        }
        return out;
    }
}
