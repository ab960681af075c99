package dev.triangulate.analyze.time;

import dev.triangulate.analyze.time.DateExtractor.Reading;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import dev.triangulate.model.When;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readings of the ends of a written period that need each other:
 * <ul>
 *   <li>a second end that names no year is the first such day or month on or after the first end ("from
 *       May to September", "from next Monday to Friday"): read alone, each end was placed against the
 *       publication date and could fall before the first; a day of the month alone ("from April 27 to the
 *       3rd") is the next such day after the first end, whichever month that is;</li>
 *   <li>a length counted from a day ("3 days starting from next Monday", "for 1 week, from 20th dec") is
 *       the period of that length beginning on that day.</li>
 * </ul>
 * Stateless.
 */
final class RangeEnds {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)|['’]\\d\\d(?!\\d)");
    /** Words that place a day against today, not against the other end: such an end is never moved. */
    private static final Pattern DEICTIC = Pattern.compile("(?i).*\\b(?:today|tomorrow|yesterday|now|tonight|ago|last|next|this|past|later|earlier)\\b.*");
    /** A day of the month alone, "the 3rd", "the third": after a first end it is the next such day, not one placed by the tense. */
    private static final Pattern BARE_DAY = Pattern.compile("(?i)the\\s+(?:\\d{1,2}(?:st|nd|rd|th)?|\\p{L}+(?:[-\\s]\\p{L}+)?)");
    private static final Pattern WEEKDAY_ALONE = Pattern.compile("(?i)\\p{L}+\\.?");
    private static final Pattern STARTING = Pattern.compile("(?i)\\s*,?\\s*(?:starting|beginning|commencing)(?:\\s+(?:from|on|at))?\\s+|\\s*,\\s*from\\s+|\\s+from\\s+(?=\\d|the\\s)");
    private static final Pattern COUNT = Pattern.compile("P(\\d+)([DWMY])");

    private RangeEnds() {
    }

    /** {@code b} placed on or after {@code a} when it names no year and fell before it; else {@code b}. */
    static Reading after(String text, Reading a, Reading b) {
        LocalDate first = a.value().begin();
        LocalDate second = b.value().begin();
        String words = text.substring(b.start(), b.end());
        if (first != null && second != null && a.value().granularity() == Granularity.DAY && b.range() == null
                && b.value().granularity() == Granularity.DAY && !"weekday".equals(b.kind()) && BARE_DAY.matcher(words).matches()) {
            return moved(b, TimeValue.day(nextDayOfMonth(first, second.getDayOfMonth())));
        }
        if (first == null || second == null || !second.isBefore(first) || b.value().type() != TimeType.DATE
                || YEAR.matcher(words).find() || DEICTIC.matcher(words).matches() || b.range() != null) {
            return b;
        }
        if ("weekday".equals(b.kind()) && WEEKDAY_ALONE.matcher(words).matches()) {
            return moved(b, TimeValue.day(first.with(TemporalAdjusters.nextOrSame(second.getDayOfWeek()))));
        }
        Granularity g = b.value().granularity();
        if (g != Granularity.DAY && g != Granularity.MONTH || "weekday".equals(b.kind())) {
            return b;
        }
        LocalDate placed = second.withYear(first.getYear());
        if (placed.isBefore(first)) {
            placed = placed.plusYears(1);
        }
        return moved(b, g == Granularity.DAY ? TimeValue.day(placed) : TimeValue.month(YearMonth.from(placed)));
    }

    /** The first day on or after {@code from} that is the {@code dom}th of its month. */
    private static LocalDate nextDayOfMonth(LocalDate from, int dom) {
        LocalDate d = from;
        while (d.getDayOfMonth() != dom) { // at most a few months: every month has the 1st to the 28th
            d = d.plusDays(1);
        }
        return d;
    }

    private static Reading moved(Reading r, TimeValue v) {
        return new Reading(r.start(), r.end(), r.rule(), r.kind(), v, r.range());
    }

    /**
     * "3 days starting from next Monday", "a week starting tomorrow", "for 1 week, from 20th dec": the period of
     * that length from that day, written {@code (first day,last day,length)}; {@code null} when the two are not so joined.
     */
    static When.Range startingAt(Reading length, Reading day, String gap) {
        Matcher n = length.value().value() == null ? null : COUNT.matcher(length.value().value());
        if (length.value().type() != TimeType.DURATION || n == null || !n.matches() || !STARTING.matcher(gap).matches()
                || day.value().type() != TimeType.DATE || day.value().granularity() != Granularity.DAY
                || day.value().begin() == null || day.range() != null) {
            return null;
        }
        LocalDate begin = day.value().begin();
        long k = Long.parseLong(n.group(1));
        LocalDate after = switch (n.group(2)) {
            case "D" -> begin.plusDays(k);
            case "W" -> begin.plusWeeks(k);
            case "M" -> begin.plusMonths(k);
            default -> begin.plusYears(k);
        };
        LocalDate end = after.minusDays(1);
        String value = "(" + begin + "," + end + "," + length.value().value() + ")";
        return new When.Range(length.start(), day.end(), value, begin, end);
    }
}
