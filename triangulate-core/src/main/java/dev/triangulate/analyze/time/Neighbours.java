package dev.triangulate.analyze.time;

import dev.triangulate.analyze.time.DateExtractor.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/** One left-to-right pass that joins neighbouring readings into one where a rule says they name one time. */
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
}
