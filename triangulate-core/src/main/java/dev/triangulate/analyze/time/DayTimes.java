package dev.triangulate.analyze.time;

import dev.triangulate.analyze.time.DateExtractor.Reading;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Composes clock times with what stands around them, after {@link Compounds} has joined the tightly written
 * pairs: a day and its clock time with words between ("October 14 for 8:00am", "tomorrow before 5pm",
 * "1/1/2015 between 10 and 11:30", "5 to 6pm of April 22", "2:00 tomorrow"), a day and its part ("Tuesday in
 * the morning"), two clock times as the ends of one period ("from 3 in the morning until 5pm", "from 2pm till
 * tomorrow 4:30pm"), a recurrence and its clock time ("each Monday at 4pm": {@code XXXX-WXX-1T16:00}), and the
 * end of a day ({@link Widenings}). Joins repeat until nothing more joins, so "Sunday early morning at 8:00"
 * becomes one time.
 *
 * <p>Stateless and thread-safe.
 */
final class DayTimes {

    /** Between a day and a clock time after it. */
    private static final Pattern DAY_CLOCK_GAP = Pattern.compile("(?i)\\s*,?\\s*(?:(?:at|on|for|by|before|after|around|about|"
            + "from|between|no\\s+later\\s+than|not\\s+later\\s+than|(?:later|earlier)\\s+than|@)\\s*)?");
    /** Between a clock time and the day after it. */
    private static final Pattern CLOCK_DAY_GAP = Pattern.compile("(?i)\\s*,?\\s*(?:(?:or\\s+later\\s+)?(?:on|of)\\s+|this\\s+)?");
    /** Between a day and its part: "Tuesday in the morning", "next week later in the afternoon" stays apart. */
    private static final Pattern DAY_PART_GAP = Pattern.compile("(?i)\\s*,?\\s*(?:in\\s*)?");
    /** Between the ends of a clock period; "and" only after "between". */
    private static final Pattern CLOCK_RANGE_GAP = Pattern.compile("(?i)\\s*(?:-|–|~|to|until|till|through|and)\\s*");
    private static final Pattern BETWEEN = Pattern.compile("(?i)(?:^|[^\\p{L}])between\\s+$");
    /** Between a recurrence and its clock time. */
    private static final Pattern SET_CLOCK_GAP = Pattern.compile("(?i)\\s*,?\\s*(?:at\\s*)?");
    private static final Pattern CLOCK = Pattern.compile("(?<day>\\d{4}-\\d\\d-\\d\\d)?T(?<h>\\d\\d):(?<m>\\d\\d)");
    private static final Pattern PART = Pattern.compile("T(MO|AF|EV|NI|DT|NT)");

    /** The kind of a part of the day that stands alone and is kept ("in the morning", "early evening"). */
    static final String PART_ALONE = "day-part";

    private DayTimes() {
    }

    static List<Reading> join(String text, LocalDate anchor, List<Reading> readings) {
        List<Reading> current = Widenings.clocksAfterDays(text, readings);
        for (int pass = 0; pass < 4; pass++) {
            List<Reading> next = pass(text, anchor, current);
            if (next.size() == current.size()) {
                break;
            }
            current = next;
        }
        return Widenings.endsAndParts(text, anchor, current);
    }

    private static List<Reading> pass(String text, LocalDate anchor, List<Reading> readings) {
        return Neighbours.joinPairs(readings, (a, b) -> joined(text, anchor, a, b));
    }

    private static Reading joined(String text, LocalDate anchor, Reading a, Reading b) {
        String gap = text.substring(a.end(), b.start());
        if (gap.indexOf('\n') >= 0) {
            return null;
        }
        if (isDay(a) && isClock(b) && DAY_CLOCK_GAP.matcher(gap).matches() && rangeFits(b, gap)
                || isClock(a) && isDay(b) && CLOCK_DAY_GAP.matcher(gap).matches()) {
            return onDay(isDay(a) ? a : b, isDay(a) ? b : a, a, b);
        }
        if (isDay(a) && isPart(b) && DAY_PART_GAP.matcher(gap).matches()) {
            return onDay(a, b, a, b);
        }
        if ((isPart(a) && isClock(b) || isClock(a) && isPart(b)) && SET_CLOCK_GAP.matcher(gap).matches()) {
            return inPart(isPart(a) ? a : b, isPart(a) ? b : a, a, b);
        }
        if (isPointClock(a) && a.value().value().length() > 10 && isPart(b) && gap.isBlank()) {
            return clockInPart(a, b);
        }
        if (isPointClock(a) && isPointClock(b) && CLOCK_RANGE_GAP.matcher(gap).matches()) {
            return period(text, anchor, a, b, gap);
        }
        if (isSet(a) && isPointClock(b) && SET_CLOCK_GAP.matcher(gap).matches()) {
            return recurring(a, b, a, b);
        }
        if (isPointClock(a) && isSet(b) && gap.isBlank()) {
            return recurring(b, a, a, b);
        }
        return null;
    }

    /** A bare clock range ("3-8") joins a day only when written right beside it or after "between"/"from". */
    private static boolean rangeFits(Reading clock, String gap) {
        return !ClockRules.BARE_RANGE.equals(clock.kind()) || gap.matches("(?i)\\s*,?\\s*(?:between|from)?\\s*");
    }

    /** The clock time or part of the day {@code time} on the day of {@code day}. */
    private static Reading onDay(Reading day, Reading time, Reading a, Reading b) {
        String tv = time.value().value();
        String part = partOf(day);
        String dayValue = day.value().begin() != null ? day.value().begin().toString() : datePart(day.value().value());
        String v;
        if (dayValue == null) {
            v = null;
        } else if (isPart(time)) {
            v = dayValue + tv;
        } else {
            v = Compounds.placed(tv, dayValue, part);
        }
        TimeValue joined = new TimeValue(v, TimeType.TIME, Granularity.TIME, day.value().begin(), day.value().begin());
        return new Reading(a.start(), b.end(), Math.min(a.rule(), b.rule()), "clock-day", joined);
    }

    /** "Sunday at 8:00 early morning": the part says the hour's half of the day. */
    private static Reading clockInPart(Reading clock, Reading part) {
        String v = clock.value().value();
        String placed = Compounds.placed(v.substring(10), v.substring(0, 10), part.value().value().substring(1));
        return new Reading(clock.start(), part.end(), Math.min(clock.rule(), part.rule()), "clock-day",
                new TimeValue(placed, TimeType.TIME, Granularity.TIME, clock.value().begin(), clock.value().end()));
    }

    /** "early morning at 8:00": the clock time read in that part of a day not yet known. */
    private static Reading inPart(Reading part, Reading clock, Reading a, Reading b) {
        String v = Compounds.placed(clock.value().value(), "", part.value().value().substring(1));
        return new Reading(a.start(), b.end(), Math.min(a.rule(), b.rule()), "clock-part",
                new TimeValue(v, TimeType.TIME, Granularity.TIME, null, null));
    }

    /**
     * "from 3 in the morning until 5pm": one period. A second end without a day takes the first end's day; a first
     * end without one, before a second end on a named day ("from 2pm till tomorrow 4:30pm"), the publication day.
     */
    private static Reading period(String text, LocalDate anchor, Reading a, Reading b, String gap) {
        if (gap.strip().equalsIgnoreCase("and") && !BETWEEN.matcher(text.substring(Math.max(0, a.start() - 12), a.start())).find()) {
            return null;
        }
        Matcher x = CLOCK.matcher(a.value().value());
        Matcher y = CLOCK.matcher(b.value().value());
        if (!x.matches() || !y.matches()) {
            return null;
        }
        String dayA = x.group("day") != null ? x.group("day") : y.group("day") != null && anchor != null ? anchor.toString() : y.group("day");
        String dayB = y.group("day") != null ? y.group("day") : dayA;
        LocalDate base = LocalDate.of(2000, 1, 1);
        LocalDateTime start = (dayA == null ? base : LocalDate.parse(dayA)).atTime(hour(x), minute(x));
        LocalDateTime stop = (dayB == null ? base : LocalDate.parse(dayB)).atTime(hour(y), minute(y));
        if (dayA == null && stop.isBefore(start)) {
            stop = stop.plusDays(1);
        }
        long minutes = Duration.between(start, stop).toMinutes();
        if (minutes <= 0) {
            return null;
        }
        String v = "(" + clockValue(dayA, x) + "," + clockValue(dayB, y) + "," + ClockRules.length((int) minutes) + ")";
        LocalDate begin = dayA == null ? null : start.toLocalDate();
        LocalDate end = dayA == null ? null : stop.toLocalDate();
        return new Reading(a.start(), b.end(), Math.min(a.rule(), b.rule()), "clock-period",
                new TimeValue(v, TimeType.TIME, Granularity.TIME, begin, end));
    }

    /** "each Monday at 4pm": {@code XXXX-WXX-1T16:00}; "every day at 7pm" and "every evening at 7pm": {@code T19:00}. */
    private static Reading recurring(Reading set, Reading clock, Reading a, Reading b) {
        String s = set.value().value();
        Matcher c = CLOCK.matcher(clock.value().value());
        if (!c.matches() || c.group("day") != null) {
            return null;
        }
        String time = String.format("T%02d:%02d", hour(c), minute(c));
        String v = s.startsWith("XXXX-WXX-") ? s + time : time;
        return new Reading(a.start(), b.end(), Math.min(a.rule(), b.rule()), "clock-set", TimeValue.set(v));
    }

    private static String clockValue(String day, Matcher m) {
        return (day == null ? "" : day) + String.format("T%02d:%02d", hour(m), minute(m));
    }

    private static int hour(Matcher m) {
        return Integer.parseInt(m.group("h"));
    }

    private static int minute(Matcher m) {
        return Integer.parseInt(m.group("m"));
    }

    /** The part of the day a day reading names ("tomorrow evening" is EV), or null. */
    private static String partOf(Reading day) {
        String v = day.value().value();
        int t = v == null ? -1 : v.indexOf('T');
        return t < 0 ? null : v.substring(t + 1);
    }

    private static String datePart(String value) {
        if (value == null) {
            return null;
        }
        int t = value.indexOf('T');
        return t < 0 ? value : value.substring(0, t);
    }

    /** A single day, or a part of a single day ("tomorrow evening"). */
    static boolean isDay(Reading r) {
        TimeValue v = r.value();
        if (v.value() != null && v.value().startsWith("(")) {
            return false;
        }
        boolean day = v.type() == TimeType.DATE && v.granularity() == Granularity.DAY && !"PRESENT_REF".equals(v.value());
        boolean dayPart = v.type() == TimeType.TIME && v.value() != null
                && v.value().matches("(?:\\d{4}|XXXX)-\\d\\d-\\d\\dT(?:MO|AF|EV|NI|DT|NT)");
        return day || dayPart;
    }

    /** A clock time or clock period not yet on a day ("T15:00", "(T15:00,T17:00,PT2H)"). */
    private static boolean isClock(Reading r) {
        String v = r.value().value();
        return r.value().granularity() == Granularity.TIME && r.value().type() == TimeType.TIME && v != null
                && (v.startsWith("T") || v.startsWith("(T")) && v.contains(":");
    }

    /** One clock time, on a day or not. */
    private static boolean isPointClock(Reading r) {
        String v = r.value().value();
        return r.value().type() == TimeType.TIME && v != null && CLOCK.matcher(v).matches();
    }

    static boolean isPart(Reading r) {
        String v = r.value().value();
        return (ClockRules.BARE_PART.equals(r.kind()) || PART_ALONE.equals(r.kind())) && v != null && PART.matcher(v).matches();
    }

    private static boolean isSet(Reading r) {
        String v = r.value().value();
        return r.value().type() == TimeType.SET && v != null && (v.matches("XXXX-WXX-[1-7]") || v.equals("P1D") || PART.matcher(v).matches());
    }
}
