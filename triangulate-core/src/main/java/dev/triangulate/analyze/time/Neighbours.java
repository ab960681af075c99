package dev.triangulate.analyze.time;

import dev.triangulate.analyze.time.DateExtractor.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/** Left-to-right passes that join neighbouring readings into one where a rule says they name one time. */
final class Neighbours {

    private Neighbours() {
    }

    /**
     * The readings with each pair that {@code joiner} joins (non-null) replaced by the join; a joined
     * reading is not tried again with the one after it in the same pass.
     */
    static List<Reading> joinPairs(List<Reading> readings, BinaryOperator<Reading> joiner) {
        List<Reading> out = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            Reading joined = i + 1 < readings.size() ? joiner.apply(r, readings.get(i + 1)) : null;
            if (joined != null) {
                out.add(joined);
                i++;
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** How a reading merges into the last one kept: the merge, or null to keep both. */
    interface Merge {
        /** {@code kept} ends with {@code last}, the reading {@code next} would merge into. */
        Reading apply(List<Reading> kept, Reading last, Reading next);
    }

    /**
     * The readings with each one that {@code merge} folds into the last kept reading folded in; a merged
     * reading may take in the next one too ("two years, three months and four days").
     */
    static List<Reading> foldRuns(List<Reading> readings, Merge merge) {
        List<Reading> out = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            Reading last = out.isEmpty() ? null : out.get(out.size() - 1);
            Reading merged = last == null ? null : merge.apply(out, last, r);
            if (merged != null) {
                out.set(out.size() - 1, merged);
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
