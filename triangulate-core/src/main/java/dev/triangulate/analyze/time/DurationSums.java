package dev.triangulate.analyze.time;

import dev.triangulate.analyze.time.DateExtractor.Reading;
import dev.triangulate.model.TimeType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins lengths written one after another from the largest unit down ("1 hour and 30 minutes", "3 hours 30
 * minutes", "2 years, 1 month and 21 days") into one length ({@code PT1H30M}, {@code P2Y1M21D}), as TIMEX3
 * writes a compound duration. Only counted lengths not placed on the calendar are joined; a smaller unit
 * before a larger one ("30 minutes and 2 hours") is two lengths. Stateless.
 */
final class DurationSums {

    static final Pattern GAP = Pattern.compile("(?i)\\s*(?:,\\s*(?:and\\s+)?|and\\s+|\\s)\\s*");
    private static final Pattern PARTS = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
    private static final String[] UNITS = {"Y", "M", "W", "D", "H", "M", "S"};
    /** Index of the first clock unit (hours) in {@link #UNITS}. */
    static final int CLOCK = 4;

    private DurationSums() {
    }

    static List<Reading> join(String text, List<Reading> readings) {
        return Neighbours.foldRuns(readings, (kept, last, next) -> sum(text, last, next));
    }

    private static Reading sum(String text, Reading a, Reading b) {
        String[] x = parts(a);
        String[] y = parts(b);
        if (x == null || y == null || !GAP.matcher(text.substring(a.end(), b.start())).matches()
                || smallest(x) >= largest(y) || smallest(x) == CLOCK && x[CLOCK].contains(".")) {
            return null;
        }
        String[] all = new String[UNITS.length];
        for (int i = 0; i < UNITS.length; i++) {
            all[i] = x[i] != null ? x[i] : y[i];
        }
        TimeValue v = new TimeValue(value(all), TimeType.DURATION, b.value().granularity(), null, null);
        return new Reading(a.start(), b.end(), Math.min(a.rule(), b.rule()), "length-sum", v);
    }

    static String[] parts(Reading r) {
        String v = r.value().value();
        if (r.value().type() != TimeType.DURATION || v == null || r.value().begin() != null || r.range() != null) {
            return null;
        }
        Matcher m = PARTS.matcher(v);
        if (!m.matches() || v.equals("P") || v.equals("PT")) {
            return null;
        }
        String[] out = new String[UNITS.length];
        for (int i = 0; i < UNITS.length; i++) {
            out[i] = m.group(i + 1);
        }
        return out;
    }

    private static int smallest(String[] p) {
        for (int i = UNITS.length - 1; i >= 0; i--) {
            if (p[i] != null) {
                return i;
            }
        }
        return -1;
    }

    private static int largest(String[] p) {
        for (int i = 0; i < UNITS.length; i++) {
            if (p[i] != null) {
                return i;
            }
        }
        return UNITS.length;
    }

    private static String value(String[] p) {
        StringBuilder out = new StringBuilder("P");
        for (int i = 0; i < UNITS.length; i++) {
            if (i == CLOCK && (p[4] != null || p[5] != null || p[6] != null)) {
                out.append('T');
            }
            if (p[i] != null) {
                out.append(p[i]).append(UNITS[i]);
            }
        }
        return out.toString();
    }
}
