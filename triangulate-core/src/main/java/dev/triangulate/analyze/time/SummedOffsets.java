package dev.triangulate.analyze.time;

import dev.triangulate.analyze.time.DateExtractor.Reading;
import dev.triangulate.model.TimeType;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a length written before a count back or forward ("2 weeks and 2 days ago", "one year, three months from
 * now") into one offset: the later reading, already placed, is moved by the length and keeps its granularity
 * ("2 years and 3 months ago" names a month). Only calendar units are summed; clock units stay apart, and so does a
 * length that closes a list ("for the last 3 months and 2 weeks and 2 days ago ...": the list is read first). Stateless.
 */
final class SummedOffsets {

    private static final Pattern DIRECTION = Pattern.compile("(?i)(ago|from\\s+now|hence)$");

    private SummedOffsets() {
    }

    static List<Reading> join(String text, List<Reading> readings) {
        return Neighbours.foldRuns(readings, (kept, last, next) -> listed(text, kept) ? null : sum(text, last, next));
    }

    /** Whether the last kept length ends a list of lengths ("3 days, 2 weeks"): then it is no part of a sum. */
    private static boolean listed(String text, List<Reading> kept) {
        if (kept.size() < 2) {
            return false;
        }
        Reading before = kept.get(kept.size() - 2);
        Reading last = kept.get(kept.size() - 1);
        return DurationSums.GAP.matcher(text.substring(before.end(), last.start())).matches();
    }

    private static Reading sum(String text, Reading a, Reading b) {
        String[] x = DurationSums.parts(a);
        TimeValue v = b.value();
        if (x == null || x[DurationSums.CLOCK] != null || x[DurationSums.CLOCK + 1] != null || x[DurationSums.CLOCK + 2] != null
                || v.type() != TimeType.DATE || v.begin() == null || b.range() != null
                || !DurationSums.GAP.matcher(text.substring(a.end(), b.start())).matches()) {
            return null;
        }
        Matcher d = DIRECTION.matcher(text.substring(b.start(), b.end()));
        if (!d.find() || java.util.Arrays.stream(x).anyMatch(n -> n != null && n.length() > 3)) { // no counts beyond 999
            return null;
        }
        Period length = Period.of(count(x[0]), count(x[1]), 7 * count(x[2]) + count(x[3]));
        LocalDate moved = d.group(1).toLowerCase(Locale.ROOT).equals("ago") ? v.begin().minus(length) : v.begin().plus(length);
        TimeValue out = switch (v.granularity()) {
            case DAY -> TimeValue.day(moved);
            case MONTH -> TimeValue.month(YearMonth.from(moved));
            case YEAR -> TimeValue.year(moved.getYear());
            default -> null;
        };
        return out == null ? null : new Reading(a.start(), b.end(), Math.min(a.rule(), b.rule()), b.kind(), out);
    }

    private static int count(String n) {
        return n == null ? 0 : Integer.parseInt(n);
    }
}
