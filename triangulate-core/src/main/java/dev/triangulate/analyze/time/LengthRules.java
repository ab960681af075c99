package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.group;
import static dev.triangulate.analyze.time.CalendarRules.lower;

import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Rules for lengths of time anchored at the publication date: "the next 3 days", "the past two weeks",
 * "the 5 upcoming years", "within 9 months", "the next 4 business days", "the coming fortnight". The value stays
 * the TIMEX3 duration ({@code P3D}), as TimeML annotates these, and the days it covers are placed:
 * a future length starts the day after the anchor, a past one ends the day before it, "within" starts on it;
 * quarters, decades and fortnights count whole units. Without an anchor the reading is left to the plain
 * duration rule. Spans leave out "the" and "within". Stateless apart from the word lists.
 */
final class LengthRules {

    private static final String DET = "(?<det>next|last|past|previous|coming|following|upcoming)";
    private static final String UNIT = "(?<bd>(?:business|working)" + SP + ")?(?<unit>day|week|fortnight|month|year|quarter|decade)s?";

    private final TimeWords w;
    private final String count;

    LengthRules(TimeWords words) {
        this.w = words;
        this.count = "(?<n>\\d{1,3}|couple(?:" + SP + "of)?|" + TimeWords.alternation(w.numbers().keySet()) + ")";
    }

    List<Rule> rules() {
        return List.of(
                Rule.of("anchored-length", DET + SP + count + SP + UNIT, this::length),
                Rule.of("anchored-length-after", count + SP + DET + SP + UNIT, this::length),
                Rule.of("within-length", count + SP + UNIT, this::within),
                Rule.of("past-quarter", "past" + SP + "quarter", (m, c) -> c.known() ? wholeUnits(c.anchor(), 1, "quarter", -1) : null),
                Rule.of("fortnight", "(?<det>this|next|past|last|previous|coming)" + SP + "fortnight", this::fortnight));
    }

    private TimeValue length(MatchResult m, Context c) {
        Integer n = number(group(m, "n"));
        if (!c.known() || n == null || n == 0 || n > 1 && !lower(m.group()).endsWith("s")) {
            return null; // "only 3 next week": a count, then "next week"
        }
        String det = lower(group(m, "det"));
        if (det.equals("last") && SpanRules.verbBefore(c.wordBefore(m.start()))) {
            return null; // "the strike will last two days": the verb
        }
        boolean within = c.wordBefore(m.start()).equals("within");
        int sign = within ? 0 : det.matches("last|past|previous") ? -1 : 1;
        return placed(c.anchor(), n, lower(group(m, "unit")), group(m, "bd") != null, sign);
    }

    /** "within 9 months": from the anchor on. Elsewhere a bare count is the plain duration rule's. */
    private TimeValue within(MatchResult m, Context c) {
        Integer n = number(group(m, "n"));
        if (!c.known() || n == null || n == 0 || !c.wordBefore(m.start()).equals("within")) {
            return null;
        }
        return placed(c.anchor(), n, lower(group(m, "unit")), group(m, "bd") != null, 0);
    }

    /** A fortnight is counted in whole ISO weeks: "this fortnight" starts on this week's Monday. */
    private TimeValue fortnight(MatchResult m, Context c) {
        if (!c.known()) {
            return null;
        }
        int step = switch (lower(group(m, "det"))) {
            case "next", "coming" -> 1;
            case "past", "last", "previous" -> -1;
            default -> 0;
        };
        LocalDate monday = c.anchor().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(2L * step);
        return anchored("P2W", monday, monday.plusWeeks(2).minusDays(1));
    }

    /** The length {@code n} units long, after ({@code sign} 1), before (-1) or from (0) the anchor. */
    private TimeValue placed(LocalDate a, int n, String unit, boolean business, int sign) {
        if (business && unit.equals("day")) {
            return businessDays(a, n, sign);
        }
        if (unit.equals("quarter") || unit.equals("decade")) {
            return wholeUnits(a, n, unit, sign);
        }
        int days = unit.equals("fortnight") ? 14 : 0;
        LocalDate begin = sign > 0 ? a.plusDays(1) : sign < 0 ? minus(a, n, unit, days) : a;
        LocalDate end = sign > 0 ? plus(a, n, unit, days) : sign < 0 ? a.minusDays(1) : plus(a, n, unit, days).minusDays(1);
        String code = unit.equals("fortnight") ? "W" : w.units().get(unit);
        return anchored(SpanRules.value(Integer.toString(unit.equals("fortnight") ? 2 * n : n), code), begin, end);
    }

    private static LocalDate plus(LocalDate a, int n, String unit, int fortnightDays) {
        return switch (unit) {
            case "day" -> a.plusDays(n);
            case "week" -> a.plusWeeks(n);
            case "month" -> a.plusMonths(n);
            case "year" -> a.plusYears(n);
            default -> a.plusDays((long) fortnightDays * n);
        };
    }

    private static LocalDate minus(LocalDate a, int n, String unit, int fortnightDays) {
        return plus(a, -n, unit, fortnightDays);
    }

    /** "the next 2 quarters", "the next two decades": whole calendar units next to the current one. */
    private static TimeValue wholeUnits(LocalDate a, int n, String unit, int sign) {
        boolean quarter = unit.equals("quarter");
        LocalDate current = quarter ? a.withDayOfMonth(1).withMonth((a.getMonthValue() - 1) / 3 * 3 + 1)
                : LocalDate.of(a.getYear() / 10 * 10, 1, 1);
        LocalDate next = quarter ? current.plusMonths(3) : current.plusYears(10);
        LocalDate begin = sign > 0 ? next : sign < 0 ? (quarter ? current.minusMonths(3L * n) : current.minusYears(10L * n)) : current;
        LocalDate stop = quarter ? begin.plusMonths(3L * n) : begin.plusYears(10L * n);
        String value = quarter ? "P" + n + "Q" : "P" + 10 * n + "Y";
        return anchored(value, begin, stop.minusDays(1));
    }

    /** Working days skip Saturdays and Sundays: "the next 4 business days" from a Monday ends on Friday. */
    private static TimeValue businessDays(LocalDate a, int n, int sign) {
        int step = sign < 0 ? -1 : 1;
        LocalDate d = sign == 0 ? a.minusDays(1) : a;
        LocalDate first = null;
        LocalDate last = null;
        for (int found = 0; found < n; ) {
            d = d.plusDays(step);
            if (d.getDayOfWeek().getValue() <= 5) {
                first = first == null ? d : first;
                last = d;
                found++;
            }
        }
        LocalDate begin = step > 0 ? first : last;
        LocalDate end = step > 0 ? last : first;
        return anchored("P" + n + "D", begin, end);
    }

    private static TimeValue anchored(String value, LocalDate begin, LocalDate end) {
        Granularity g = TimeValue.duration(value).granularity();
        return new TimeValue(value, TimeType.DURATION, g, begin, end);
    }

    /** The stated count, or {@code null} when the text leaves it open ("a few", "several"). */
    private Integer number(String word) {
        String k = TimeWords.key(word);
        if (k.startsWith("couple")) {
            return 2;
        }
        String v = w.numbers().getOrDefault(k, k);
        return v.matches("\\d+") ? Integer.parseInt(v) : null;
    }
}
