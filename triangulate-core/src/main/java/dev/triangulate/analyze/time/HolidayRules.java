package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.SEP;
import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.YEAR;
import static dev.triangulate.analyze.time.CalendarRules.group;
import static dev.triangulate.analyze.time.CalendarRules.lower;

import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import dev.triangulate.text.Lexicon;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.MatchResult;

/**
 * Rules for holidays found by rule rather than on a fixed day: the n-th weekday of a month
 * ({@code holiday-rules.txt}: "Thanksgiving" is the fourth Thursday of November, "Black Friday" the day after),
 * any holiday with a determiner ("next Easter", "last Christmas", "the following Thanksgiving") or a year named
 * by its place ("Independence Day of next year"), and a
 * holiday's weekend ("Labor Day weekend", "the weekend of Halloween 2021": the weekend nearest to the day,
 * {@code 2021-W43-WE}). Without a year, the occurrence follows the tense as {@link Anchoring} does; "next"
 * takes the first after the anchor, "last"/"previous" the latest before it. Stateless apart from the tables.
 */
final class HolidayRules {

    private static final String DET = "(?<det>next|last|previous|following|this|coming|past)";

    private final TimeWords w;
    private final Map<String, int[]> byRule;
    private final String anyHoliday;

    HolidayRules(TimeWords words) {
        this.w = words;
        this.byRule = rules(Lexicon.lines("analyze/time/holiday-rules.txt"));
        java.util.Set<String> names = new java.util.HashSet<>(byRule.keySet());
        names.addAll(w.holidays().keySet());
        names.addAll(EasterRules.SHIFTS.keySet());
        this.anyHoliday = "(?<hol>" + TimeWords.alternation(names) + ")";
    }

    List<Rule> rules() {
        String holiday = anyHoliday + "(?:" + SEP + YEAR + ")?";
        return List.of(
                Rule.of("rule-holiday", "(?<hol>" + TimeWords.alternation(byRule.keySet()) + ")(?:" + SEP + YEAR + ")?", this::day),
                Rule.of("holiday-det", DET + SP + holiday, this::day),
                Rule.of("holiday-weekend-or-year", anyHoliday + "(?:" + SEP + YEAR + ")?" + SP + "(?:weekend(?:" + SEP
                        + "(?<year2>1[0-9]\\d\\d|20\\d\\d))?|of" + SP + "(?<ydet>this|next|last)" + SP + "year)", this::weekendOrDay),
                Rule.of("weekend-of-holiday", "(?:the" + SP + ")?weekend" + SP + "of" + SP + holiday, this::weekend));
    }

    private TimeValue day(MatchResult m, Context c) {
        LocalDate d = date(m, c);
        return d == null ? null : TimeValue.day(d);
    }

    /** "Labor Day weekend" is a weekend; "Independence Day of next year" the day itself, in that year. */
    private TimeValue weekendOrDay(MatchResult m, Context c) {
        return group(m, "ydet") != null ? day(m, c) : weekend(m, c);
    }

    /** The weekend nearest to the holiday: a Monday holiday's is the one before it, a Thursday's the one after. */
    private TimeValue weekend(MatchResult m, Context c) {
        LocalDate d = date(m, c);
        if (d == null) {
            return null;
        }
        LocalDate saturday = d.getDayOfWeek().getValue() <= 2 ? d.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY))
                : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(1) : d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        TimeValue week = TimeValue.week(saturday);
        return new TimeValue(week.value() + "-WE", TimeType.DATE, Granularity.WEEK, saturday, saturday.plusDays(1));
    }

    private LocalDate date(MatchResult m, Context c) {
        IntFunction<LocalDate> inYear = inYear(TimeWords.key(group(m, "hol")));
        if (inYear == null) {
            return null;
        }
        String year = group(m, "year") != null ? group(m, "year") : group(m, "year2");
        if (year != null) {
            return inYear.apply(Integer.parseInt(year));
        }
        if (!c.known()) {
            return null;
        }
        String ydet = lower(group(m, "ydet"));
        if (ydet != null) { // "Independence Day of next year"
            return inYear.apply(c.anchor().getYear() + (ydet.equals("next") ? 1 : ydet.equals("last") ? -1 : 0));
        }
        String det = lower(group(m, "det"));
        LocalDate a = c.anchor();
        LocalDate here = inYear.apply(a.getYear());
        if (here.equals(a) && (det == null || det.equals("this"))) {
            return a;
        }
        LocalDate before = here.isBefore(a) ? here : inYear.apply(a.getYear() - 1);
        LocalDate after = here.isAfter(a) ? here : inYear.apply(a.getYear() + 1);
        if (det == null || det.equals("this")) {
            return nearest(a, before, after, c.tense());
        }
        return det.matches("last|previous|past") ? before : after;
    }

    private static LocalDate nearest(LocalDate a, LocalDate before, LocalDate after, Tense tense) {
        return switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            case UNKNOWN -> a.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - a.toEpochDay() ? before : after;
        };
    }

    /** The holiday's day in a given year, or {@code null} for a name we cannot place. */
    private IntFunction<LocalDate> inYear(String name) {
        int[] rule = byRule.get(name);
        if (rule != null) {
            return y -> nthWeekday(y, rule);
        }
        Integer shift = EasterRules.SHIFTS.get(name);
        if (shift != null) {
            return y -> EasterRules.easterSunday(y).plusDays(shift);
        }
        String fixed = w.holidays().get(name);
        if (fixed == null) {
            return null;
        }
        String[] md = fixed.split("-");
        return y -> LocalDate.of(y, Integer.parseInt(md[0]), Integer.parseInt(md[1]));
    }

    private static LocalDate nthWeekday(int year, int[] rule) {
        DayOfWeek dow = DayOfWeek.of(rule[2]);
        LocalDate first = LocalDate.of(year, rule[0], 1);
        LocalDate d = rule[1] < 0 ? first.with(TemporalAdjusters.lastInMonth(dow))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(rule[1], dow));
        return d.plusDays(rule[3]);
    }

    private static Map<String, int[]> rules(java.util.Set<String> lines) {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            String[] f = line.substring(eq + 1).strip().split("\\s+");
            if (eq < 0 || f.length < 3) {
                throw new IllegalStateException("expected 'name = month n weekday [shift]' in holiday-rules.txt: " + line);
            }
            int shift = f.length > 3 ? Integer.parseInt(f[3].replace("+", "")) : 0;
            out.put(TimeWords.key(line.substring(0, eq).strip()),
                    new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), shift});
        }
        return Map.copyOf(out);
    }
}
