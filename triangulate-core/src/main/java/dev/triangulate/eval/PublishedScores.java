package dev.triangulate.eval;

import dev.triangulate.text.Lexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * The peers' published scores on the shared sets, as listed with the data (table in
 * {@code eval/published-scores.txt}), for printing beside ours.
 */
public final class PublishedScores {

    private PublishedScores() {
    }

    /** One published figure: benchmark ("aeb", "wcxb"), system, score. */
    public record Entry(String benchmark, String system, double score) {
    }

    public static List<Entry> of(String benchmark) {
        List<Entry> out = new ArrayList<>();
        for (String line : Lexicon.lines("eval/published-scores.txt")) {
            String[] p = line.split("\\s+");
            if (p.length == 3 && p[0].equals(benchmark)) {
                out.add(new Entry(p[0], p[1], Double.parseDouble(p[2])));
            }
        }
        return out;
    }
}
