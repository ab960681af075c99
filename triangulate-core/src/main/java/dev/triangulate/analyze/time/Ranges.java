package dev.triangulate.analyze.time;

import dev.triangulate.analyze.time.DateExtractor.Reading;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import dev.triangulate.model.When;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds two placed dates written as the ends of one period ("from March to May", "between 2019 and
 * 2021", "12 January - 22 January 2016", "2014 through May 2018") and gives both ends that period
 * ({@link When.Range}). The period covers the first day of the first end to the last day of the second
 * (inclusive, as a reader means "2014 to 2018"); its value is {@code (first,last,duration)} with the
 * ends' own TIMEX3 values and the length of the whole period: {@code (2014,2018,P5Y)},
 * {@code (2024-03,2024-05,P3M)}. The ends stay two readings, as TimeML annotates them. Stateless.
 */
final class Ranges {

    /** What joins the two ends; "and" only after "between". */
    private static final Pattern GAP = Pattern.compile("(?i)\\s*(?:-|–|—|~)\\s*|\\s+(?:to|through|thru|till|until|and)\\s+");
    private static final Pattern BETWEEN = Pattern.compile("(?i)(?:^|[^\\p{L}])between\\s+$");

    private Ranges() {
    }

    static List<Reading> join(String text, List<Reading> readings) {
        List<Reading> out = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            Reading next = i + 1 < readings.size() ? RangeEnds.after(text, r, readings.get(i + 1)) : null;
            Reading joined = next != null ? joined(text, r, next) : null;
            if (joined != null) {
                out.add(inYearOf(text, r, next).within(joined.range()));
                out.add(next.within(joined.range()));
                i++;
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static final Pattern CLOCK_RANGE = Pattern.compile("\\(([^,]+),([^,]+),([^,]+)\\)");

    /**
     * A range read as one value ("3-5pm" as {@code (T15:00,T17:00,PT2H)}, "2014-2018" as {@code (2014,2018,P5Y)})
     * becomes its first end, carrying the period: a fact's value stays one TIMEX3 time.
     */
    static Reading split(Reading r) {
        String v = r.value().value();
        Matcher m = v == null ? null : CLOCK_RANGE.matcher(v);
        if (m == null || !m.matches()) {
            return r;
        }
        TimeValue first = firstEnd(m.group(1), r.value());
        When.Range period = new When.Range(r.start(), r.end(), v, r.value().begin(), r.value().end());
        return new Reading(r.start(), r.end(), r.rule(), r.kind(), first, period);
    }

    private static final Pattern FOR = Pattern.compile("(?i)\\s+for\\s+");
    private static final Pattern FROM = Pattern.compile("(?i)\\s+(?:from|starting(?:\\s+at)?)\\s+");
    private static final Pattern PLACED_CLOCK = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d):(\\d\\d)");
    private static final Pattern CLOCK_LENGTH = Pattern.compile("PT(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+)M)?");

    /** "from 2pm for 2 hours", "for 3 hours from 10 am": the period from that time for that long. */
    private static When.Range clockFor(Reading a, Reading b, String gap) {
        boolean clockFirst = FOR.matcher(gap).matches();
        if (!clockFirst && !FROM.matcher(gap).matches()) {
            return null;
        }
        Reading clock = clockFirst ? a : b;
        Reading length = clockFirst ? b : a;
        Matcher c = clock.value().value() == null ? null : PLACED_CLOCK.matcher(clock.value().value());
        Matcher d = length.value().value() == null ? null : CLOCK_LENGTH.matcher(length.value().value());
        if (c == null || d == null || !c.matches() || !d.matches() || length.value().type() != TimeType.DURATION
                || d.group(1) == null && d.group(2) == null) {
            return null;
        }
        java.time.LocalDateTime start = LocalDate.parse(c.group(1)).atTime(Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)));
        long minutes = Math.round((d.group(1) == null ? 0 : Double.parseDouble(d.group(1)) * 60)
                + (d.group(2) == null ? 0 : Integer.parseInt(d.group(2)))); // "3 hours 30 minutes" is PT3H30M
        java.time.LocalDateTime stop = start.plusMinutes(minutes);
        String value = "(" + clock.value().value() + "," + stop.toLocalDate() + "T" + stop.toLocalTime() + ","
                + ClockRules.length((int) minutes) + ")";
        return new When.Range(a.start(), b.end(), value, start.toLocalDate(), stop.toLocalDate());
    }

    private static TimeValue firstEnd(String value, TimeValue period) {
        if (period.type() == TimeType.TIME) {
            return new TimeValue(value, TimeType.TIME, Granularity.TIME, period.begin(), period.end());
        }
        if (value.length() == 7) {
            return TimeValue.month(java.time.YearMonth.parse(value)); // "from May to September"
        }
        return value.length() == 4 ? TimeValue.year(Integer.parseInt(value)) : TimeValue.day(LocalDate.parse(value));
    }

    private static Reading joined(String text, Reading a, Reading b) {
        String gap = text.substring(a.end(), b.start());
        When.Range timed = a.range() == null && b.range() == null ? clockFor(a, b, gap) : null;
        if (timed == null && a.range() == null && b.range() == null) {
            timed = RangeEnds.startingAt(a, b, gap);
        }
        if (timed != null) {
            return a.within(timed);
        }
        if (a.range() != null || !GAP.matcher(gap).matches() || !datePeriod(a.value()) || !datePeriod(b.value())) {
            return null;
        }
        if (gap.strip().toLowerCase(Locale.ROOT).equals("and")
                && !BETWEEN.matcher(text.substring(Math.max(0, a.start() - 12), a.start())).find()) {
            return null; // "in May and June" names two months, not the period between them
        }
        a = inYearOf(text, a, b);
        LocalDate edgeBegin = RangeEdges.from(text.substring(a.start(), a.end()), a.value());
        LocalDate edgeEnd = RangeEdges.until(text.substring(b.start(), b.end()), b.value());
        LocalDate begin = edgeBegin == null ? a.value().begin() : edgeBegin;
        LocalDate end = edgeEnd == null ? b.value().end() : edgeEnd;
        if (end.isBefore(begin)) {
            return null;
        }
        Granularity g = finer(a.value().granularity(), b.value().granularity());
        String value = edgeBegin == null && edgeEnd == null
                ? "(" + a.value().value() + "," + b.value().value() + "," + length(begin, end, g) + ")"
                : "(" + begin + "," + end + "," + length(begin, end, Granularity.MONTH) + ")"; // the edges are days
        return a.within(new When.Range(a.start(), b.end(), value, begin, end));
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final Pattern DEICTIC = Pattern.compile("(?i)(?:this|next|last|coming|previous)\\s");

    /**
     * "from May to Oct 2020": a first end without a year takes the year of the second (the one before if later in
     * it); one placed by its own deixis ("from this May to Oct 2020") keeps its year.
     */
    private static Reading inYearOf(String text, Reading a, Reading b) {
        boolean yearless = !YEAR.matcher(text.substring(a.start(), a.end())).find()
                && !DEICTIC.matcher(text.substring(a.start(), a.end())).lookingAt(); // "this May" is this year's May
        boolean dated = YEAR.matcher(text.substring(b.start(), b.end())).find();
        Granularity g = a.value().granularity();
        if (!yearless || !dated || g != Granularity.DAY && g != Granularity.MONTH || a.value().begin() == null) {
            return a;
        }
        LocalDate first = a.value().begin().withYear(b.value().end().getYear());
        if (first.isAfter(b.value().begin())) {
            first = first.minusYears(1);
        }
        TimeValue v = g == Granularity.DAY ? TimeValue.day(first) : TimeValue.month(java.time.YearMonth.from(first));
        return new Reading(a.start(), a.end(), a.rule(), a.kind(), v, a.range());
    }

    private static boolean datePeriod(TimeValue v) {
        return v.type() == TimeType.DATE && v.begin() != null && v.value() != null && !v.value().startsWith("(");
    }

    private static Granularity finer(Granularity a, Granularity b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** The length of the inclusive period in the unit of its granularity where it divides evenly, else in days. */
    static String length(LocalDate begin, LocalDate end, Granularity g) {
        LocalDate after = end.plusDays(1);
        long years = ChronoUnit.YEARS.between(begin, after);
        long months = ChronoUnit.MONTHS.between(begin, after);
        long days = ChronoUnit.DAYS.between(begin, after);
        if (g.ordinal() >= Granularity.YEAR.ordinal() && begin.plusYears(years).equals(after)) {
            return "P" + years + "Y";
        }
        if (g.ordinal() >= Granularity.MONTH.ordinal() && begin.plusMonths(months).equals(after)) {
            return "P" + months + "M";
        }
        if (g == Granularity.WEEK && days % 7 == 0) {
            return "P" + days / 7 + "W";
        }
        return "P" + days + "D";
    }
}
