package dev.triangulate.analyze.time;

import dev.triangulate.model.Granularity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An edge of a year or month written as an end of a period ("between the end of 2007 and the end of 2008",
 * "from mid-March to the end of September"). Alone, "the end of 2007" is the last part of that year; as an end
 * of a period it marks a point: the end is where the next year begins, the middle the midpoint (2 July, the
 * 16th), the beginning the first day. So "between the end of 2007 and the end of 2008" covers 2008 and no part
 * of 2007, as a reader takes it. Stateless.
 */
final class RangeEdges {

    private static final Pattern EDGE = Pattern.compile("(?i)(?:the\\s+)?(end|middle|mid|beginning|start)(?:\\s+of\\s+|-)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d\\d");

    private RangeEdges() {
    }

    /** The first day a period starting at {@code words} covers; {@code null} when they name no edge of a year or month. */
    static LocalDate from(String words, TimeValue v) {
        return point(words, v);
    }

    /** The last day a period ending at {@code words} covers: the day before its point; {@code null} as for {@link #from}. */
    static LocalDate until(String words, TimeValue v) {
        LocalDate p = point(words, v);
        return p == null ? null : p.minusDays(1);
    }

    private static LocalDate point(String words, TimeValue v) {
        Matcher m = EDGE.matcher(words);
        if (!m.lookingAt() || v.value() == null) {
            return null;
        }
        boolean year = v.granularity() == Granularity.YEAR && YEAR.matcher(v.value()).matches();
        boolean month = v.granularity() == Granularity.MONTH && MONTH.matcher(v.value()).matches();
        if (!year && !month) {
            return null;
        }
        LocalDate first = year ? LocalDate.of(Integer.parseInt(v.value()), 1, 1) : YearMonth.parse(v.value()).atDay(1);
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "end" -> year ? first.plusYears(1) : first.plusMonths(1);
            case "beginning", "start" -> first;
            default -> year ? first.withMonth(7).withDayOfMonth(2) : first.withDayOfMonth(16);
        };
    }
}
