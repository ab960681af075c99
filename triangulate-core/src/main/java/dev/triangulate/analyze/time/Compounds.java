package dev.triangulate.analyze.time;

import dev.triangulate.analyze.time.DateExtractor.Reading;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins neighbouring readings that name one time together: a clock time and the day written next to
 * it ("Sunday at 3 p.m.", "9:30 on 17 November"), and a length of time counted from a day
 * ("two weeks before Christmas", "three days after 12 January"). Stateless.
 */
final class Compounds {

    /** What may stand between a day and its clock time. */
    private static final Pattern CLOCK_GAP = Pattern.compile("(?i)\\s*,?\\s*(?:at|on|from|around|about|@)?\\s*");
    /** What joins a length of time to the day it is counted from. */
    private static final Pattern OFFSET_GAP = Pattern.compile("(?i)\\s+(before|after|from|prior\\s+to|following)\\s+(?:the\\s+)?");
    /** What joins a part of the day to the day it is part of. */
    private static final Pattern PART_OF = Pattern.compile("(?i)\\s+of\\s+");
    /** What may stand between a weekday and the week it belongs to. */
    private static final Pattern WEEK_GAP = Pattern.compile("(?i)\\s*(?:,|-|of|on|\\s)?\\s*");
    private static final Pattern COUNT = Pattern.compile("P(\\d+)([DWMY])");

    private Compounds() {
    }

    static List<Reading> join(String text, List<Reading> readings) {
        return Neighbours.joinPairs(readings, (a, b) -> joined(text, a, b));
    }

    private static Reading joined(String text, Reading a, Reading b) {
        String gap = text.substring(a.end(), b.start());
        Reading clock = clocked(a, b, gap);
        if (clock != null) {
            return clock;
        }
        Reading parted = parted(a, b, gap);
        if (parted != null) {
            return parted;
        }
        Reading inWeek = dayOfWeek(a, b, gap);
        return inWeek != null ? inWeek : offset(a, b, gap);
    }

    private static Reading clocked(Reading a, Reading b, String gap) {
        Reading day = isDay(a) || isDayPart(a) || isBarePart(a) ? a : isDay(b) || isDayPart(b) || isBarePart(b) ? b : null;
        Reading clock = isBareClock(a) ? a : isBareClock(b) ? b : null;
        if (day == null || clock == null || day == clock || !CLOCK_GAP.matcher(gap).matches()
                || ClockRules.BARE_RANGE.equals(clock.kind()) && !gap.matches("\\s*,?\\s*")) {
            return null; // a bare "3-8" is a clock range only written right beside its day
        }
        String dayValue = day.value().value();
        String part = isDayPart(day) || isBarePart(day) ? dayValue.substring(dayValue.indexOf('T') + 1) : null;
        String prefix = isBarePart(day) ? "" : day.value().begin() != null ? day.value().begin().toString()
                : dayValue == null ? null : dayPart(dayValue);
        String v = prefix == null ? null : placed(clock.value().value(), prefix, part);
        TimeValue joined = new TimeValue(v, TimeType.TIME, Granularity.TIME, day.value().begin(), day.value().begin());
        return new Reading(a.start(), b.end(), Math.min(a.rule(), b.rule()), "clock-day", joined);
    }

    /** "Tuesday in the morning", "on the morning of February 24": the part of that day. */
    private static Reading parted(Reading a, Reading b, String gap) {
        boolean dayFirst = isDay(a) && ClockRules.BARE_PART.equals(b.kind()) && gap.isBlank();
        if (!dayFirst && !(ClockRules.BARE_PART.equals(a.kind()) && isDay(b) && PART_OF.matcher(gap).matches())) {
            return null;
        }
        Reading day = dayFirst ? a : b;
        String part = (dayFirst ? b : a).value().value().substring(1);
        TimeValue v = day.value().begin() != null ? TimeValue.clock(day.value().begin(), part)
                : new TimeValue(day.value().value() == null ? null : day.value().value() + "T" + part, TimeType.TIME,
                        Granularity.TIME, null, null);
        return new Reading(a.start(), b.end(), Math.min(a.rule(), b.rule()), "part-day", v);
    }

    private static final Pattern CLOCK = Pattern.compile("T(\\d\\d):(\\d\\d)");

    /**
     * A clock value ("T08:00" or a range "(T15:00,T17:00,PT2H)") put on {@code day}; after a part of the day
     * an hour up to 11 is read in it ("tonight at 8" is 20:00, "this morning at 8" 08:00). A range's first end
     * that the part would carry past its second end keeps its hour: in "8am-3 yesterday afternoon" the part is
     * the second end's, and the eight was written as morning.
     */
    static String placed(String clockValue, String day, String part) {
        Matcher m = CLOCK.matcher(clockValue);
        java.util.List<Integer> written = new java.util.ArrayList<>(2);
        java.util.List<Integer> hours = new java.util.ArrayList<>(2);
        while (m.find()) {
            int h = Integer.parseInt(m.group(1));
            boolean later = part != null && h < 12 && (part.equals("AF") || part.equals("EV") || part.equals("NI") && h >= 6);
            written.add(h);
            hours.add(later ? h + 12 : h);
        }
        if (hours.size() == 2 && !"NI".equals(part) && hours.get(0) > written.get(0) && hours.get(0) > hours.get(1)) {
            hours.set(0, written.get(0)); // the night runs past midnight: "10-2 tonight" keeps both shifts
        }
        m.reset();
        StringBuilder out = new StringBuilder();
        for (int i = 0; m.find(); i++) {
            m.appendReplacement(out, day + String.format("T%02d:", hours.get(i)) + m.group(2));
        }
        m.appendTail(out);
        boolean unevenShift = hours.size() == 2 && hours.get(0) - written.get(0) != hours.get(1) - written.get(1);
        return unevenShift ? relength(out.toString()) : out.toString();
    }

    private static final Pattern CLOCK_RANGE = Pattern.compile("\\(([^,]*T(\\d\\d):(\\d\\d)),([^,]*T(\\d\\d):(\\d\\d)),PT[^,)]*\\)");

    /** A clock range on one day with its length worked out again from its ends, the length running forward. */
    private static String relength(String range) {
        Matcher r = CLOCK_RANGE.matcher(range);
        if (!r.matches()) {
            return range;
        }
        int minutes = Math.floorMod(Integer.parseInt(r.group(5)) * 60 + Integer.parseInt(r.group(6))
                - Integer.parseInt(r.group(2)) * 60 - Integer.parseInt(r.group(3)), 24 * 60);
        return "(" + r.group(1) + "," + r.group(4) + "," + ClockRules.length(minutes) + ")";
    }

    private static boolean isBarePart(Reading r) {
        return ClockRules.BARE_PART.equals(r.kind());
    }

    private static boolean isDayPart(Reading r) {
        String v = r.value().value();
        return r.value().type() == TimeType.TIME && v != null && v.matches("(?:\\d{4}|XXXX)-\\d\\d-\\d\\dT(?:MO|AF|EV|NI)");
    }

    /** "Tuesday of next week", "next week on Wednesday", "Friday last week": that weekday in that week. */
    private static Reading dayOfWeek(Reading a, Reading b, String gap) {
        Reading day = "weekday".equals(a.kind()) ? a : "weekday".equals(b.kind()) ? b : null;
        Reading week = isWeek(a) ? a : isWeek(b) ? b : null;
        if (day == null || week == null || day.value().begin() == null || !WEEK_GAP.matcher(gap).matches()) {
            return null;
        }
        LocalDate d = week.value().begin().plusDays(day.value().begin().getDayOfWeek().getValue() - 1L);
        TimeValue v = day.value().type() == TimeType.TIME
                ? TimeValue.clock(d, day.value().value().substring(day.value().value().indexOf('T') + 1))
                : TimeValue.day(d);
        return new Reading(a.start(), b.end(), Math.min(a.rule(), b.rule()), "weekday-of-week", v);
    }

    private static boolean isWeek(Reading r) {
        return r.value().granularity() == Granularity.WEEK && r.value().value() != null
                && r.value().value().matches("\\d{4}-W\\d\\d") && r.value().begin() != null;
    }

    private static Reading offset(Reading a, Reading b, String gap) {
        Matcher g = OFFSET_GAP.matcher(gap);
        Matcher n = a.value().value() == null ? null : COUNT.matcher(a.value().value());
        if (a.value().type() != TimeType.DURATION || n == null || !n.matches() || !g.matches()
                || !isDay(b) || b.value().begin() == null) {
            return null;
        }
        long k = Long.parseLong(n.group(1)) * (g.group(1).toLowerCase(Locale.ROOT).startsWith("b")
                || g.group(1).toLowerCase(Locale.ROOT).startsWith("p") ? -1 : 1);
        LocalDate base = b.value().begin();
        LocalDate d = switch (n.group(2)) {
            case "D" -> base.plusDays(k);
            case "W" -> base.plusWeeks(k);
            case "M" -> base.plusMonths(k);
            default -> base.plusYears(k);
        };
        return new Reading(a.start(), b.end(), Math.min(a.rule(), b.rule()), "offset", TimeValue.day(d));
    }

    private static String dayPart(String value) {
        int t = value.indexOf('T');
        return t < 0 ? value : value.substring(0, t);
    }

    private static boolean isDay(Reading r) {
        return r.value().granularity() == Granularity.DAY && r.value().type() == TimeType.DATE;
    }

    private static boolean isBareClock(Reading r) {
        String v = r.value().value();
        return r.value().granularity() == Granularity.TIME && v != null && (v.startsWith("T") || v.startsWith("(T")) && v.contains(":");
    }
}
