package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.SEP;
import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.YEAR;
import static dev.triangulate.analyze.time.CalendarRules.group;
import static dev.triangulate.analyze.time.CalendarRules.lower;

import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Rules for a part of a named month or year: "the last week of July" ({@code 2024-W30}: the last ISO week
 * whose Thursday falls in July, as TimeML annotates it), "the first week of 2015" ({@code 2015-W01}, ISO weeks), "week 31",
 * "week 27 of last year", "the third month of 2021" ({@code 2021-03}), "the 15th day of next month"
 * ({@code 2024-12-15}), "the first 2 weeks of 2021" and "the last four months of 2021" (durations placed on
 * the calendar, as {@link LengthRules} does). The whole is a month name (with or without its year), a year,
 * or "this/last/next month|year", "the month". Stateless apart from the word lists.
 */
final class PeriodPartRules {

    private static final String ORD = "(?<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)";

    private final TimeWords w;
    private final String whole;
    private final String count;
    private final String ordinal;

    PeriodPartRules(TimeWords words) {
        this.w = words;
        String month = "(?<month>" + TimeWords.alternation(w.months().keySet()) + ")";
        this.whole = "of" + SP + "(?:(?<rel>this|last|next|the|the" + SP + "previous|the" + SP + "following)" + SP
                + "(?<of>month|year)|" + month + "(?:" + SEP + "(?<myear>1[0-9]\\d\\d|20\\d\\d))?|" + YEAR + ")";
        this.count = "(?<n>\\d{1,2}|" + TimeWords.alternation(w.numbers().keySet()) + ")";
        this.ordinal = "(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)|(?<dayword>"
                + TimeWords.alternation(w.ordinals().keySet()) + ")";
    }

    List<Rule> rules() {
        return List.of(
                Rule.of("week-of", "(?:the" + SP + ")?" + ORD + SP + "week" + SP + whole, this::weekOf),
                Rule.of("numbered-week", "week" + SP + "(?<wn>[1-9]|[1-4]\\d|5[0-3])(?:" + SP + whole + ")?", this::numberedWeek),
                Rule.of("month-of-year", "(?:the" + SP + ")?(?:" + ordinal + ")" + SP + "month" + SP + whole, this::monthOf),
                Rule.of("day-of-month", "(?:the" + SP + ")?(?:" + ordinal + ")" + SP + "day" + SP + whole, this::dayOf),
                Rule.of("edge-of-unit", "(?<mod>end|beginning|start|middle)" + SP + "of" + SP + "(?<unit>year|month)", this::edgeOf),
                Rule.of("named-year", "(?<rel>this|last|next|the" + SP + "current|the" + SP + "previous|the" + SP + "following)" + SP
                        + "(?<kind>fiscal|school|calendar)" + SP + "year", this::namedYear),
                Rule.of("named-year-number", "(?:(?<kind>fiscal|school|calendar)" + SP + "year|(?<abbr>fy|sy|cy))" + SP + "?"
                        + "(?<yn>(?:19|20)\\d\\d|\\d\\d)(?![\\d,.:]\\d)", this::namedYear),
                Rule.of("units-of", "(?:the" + SP + ")?(?<edge>first|last)" + SP + count + SP
                        + "(?<unit>day|week|month)s?" + SP + whole, this::unitsOf));
    }

    private TimeValue weekOf(MatchResult m, Context c) {
        TimeValue of = whole(m, c);
        if (of == null) {
            return null;
        }
        String ord = lower(group(m, "ord"));
        boolean last = ord.equals("last") || ord.equals("final");
        if (of.granularity() == Granularity.YEAR) {
            int y = of.begin().getYear();
            LocalDate day = last ? LocalDate.of(y, 12, 28) : LocalDate.of(y, 1, 4).plusWeeks(number(ord) - 1L);
            return TimeValue.week(day);
        }
        // a week belongs to the month that holds its Thursday, as an ISO week belongs to a year
        LocalDate first = of.begin().with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)).minusDays(3);
        LocalDate lastWeek = of.end().with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY)).minusDays(3);
        LocalDate monday = last ? lastWeek : first.plusWeeks(number(ord) - 1L);
        return monday.isAfter(lastWeek) ? null : TimeValue.week(monday);
    }

    /** "week 31" is an ISO week of the year written after it, else of the anchor's year; it needs "the" or an "of". */
    private TimeValue numberedWeek(MatchResult m, Context c) {
        boolean introduced = group(m, "year") != null || group(m, "rel") != null || c.wordBefore(m.start()).equals("the");
        TimeValue of = group(m, "of") != null || group(m, "year") != null ? whole(m, c) : null;
        if (!introduced || group(m, "month") != null || of != null && of.granularity() != Granularity.YEAR) {
            return null; // "week 3 of the trial", "in week 10" of a season: a count of its own
        }
        int y = of != null ? of.begin().getYear() : c.known() ? c.anchor().getYear() : -1;
        int n = Integer.parseInt(group(m, "wn"));
        if (y < 0 || n > LocalDate.of(y, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) {
            return null;
        }
        return TimeValue.week(LocalDate.of(y, 1, 4).plusWeeks(n - 1L));
    }

    private TimeValue monthOf(MatchResult m, Context c) {
        TimeValue of = whole(m, c);
        int k = dayNumber(m);
        return of == null || of.granularity() != Granularity.YEAR || k < 1 || k > 12 ? null
                : TimeValue.month(YearMonth.of(of.begin().getYear(), k));
    }

    private TimeValue dayOf(MatchResult m, Context c) {
        TimeValue of = whole(m, c);
        int k = dayNumber(m);
        if (of == null || of.granularity() != Granularity.MONTH) {
            return null;
        }
        YearMonth ym = YearMonth.from(of.begin());
        return ym.isValidDay(k) ? TimeValue.day(ym.atDay(k)) : null;
    }

    /** "the first 2 weeks of 2021" counts ISO weeks; days and months count from the whole's first or last day. */
    private TimeValue unitsOf(MatchResult m, Context c) {
        TimeValue of = whole(m, c);
        String n = w.numbers().getOrDefault(lower(group(m, "n")), group(m, "n"));
        if (of == null || !n.matches("\\d+")) {
            return null;
        }
        int k = Integer.parseInt(n);
        String unit = lower(group(m, "unit"));
        boolean first = lower(group(m, "edge")).equals("first");
        LocalDate begin = of.begin();
        LocalDate end = of.end();
        if (unit.equals("week")) {
            begin = begin.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)).minusDays(3);
            end = end.with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY)).plusDays(3);
        }
        LocalDate from = first ? begin : step(end.plusDays(1), unit, -k);
        LocalDate to = first ? step(begin, unit, k).minusDays(1) : end;
        String code = unit.equals("day") ? "D" : unit.equals("week") ? "W" : "M";
        TimeValue d = TimeValue.duration("P" + k + code);
        return new TimeValue(d.value(), TimeType.DURATION, d.granularity(), from, to);
    }

    /** "end of year" without its "the": the anchor's year or month, narrowed to the part named. */
    private TimeValue edgeOf(MatchResult m, Context c) {
        if (!c.known()) {
            return null;
        }
        TimeValue v = lower(group(m, "unit")).equals("year") ? TimeValue.year(c.anchor().getYear())
                : TimeValue.month(YearMonth.from(c.anchor()));
        return v.part(CalendarRules.modifierWord(group(m, "mod")));
    }

    /**
     * "last fiscal year" {@code FY2023}, "the school year 2008" {@code SY2008}, "this calendar year" {@code 2024}: TIMEX3
     * marks fiscal and school years with a prefix, and leaves their days unplaced (they start in different months
     * in different places). A bare two-digit year needs the abbreviation glued on ("FY18").
     */
    private TimeValue namedYear(MatchResult m, Context c) {
        String kind = group(m, "kind") != null ? lower(group(m, "kind")) : lower(group(m, "abbr"));
        String yn = group(m, "yn");
        int year;
        if (yn != null) {
            boolean glued = group(m, "abbr") != null && Character.isDigit(c.text().charAt(m.end("abbr")));
            if (yn.length() == 2 && !glued) {
                return null;
            }
            year = yn.length() == 2 ? 2000 + Integer.parseInt(yn) : Integer.parseInt(yn);
        } else if (c.known()) {
            String rel = lower(group(m, "rel"));
            year = c.anchor().getYear() + (rel.equals("last") || rel.endsWith("previous") ? -1
                    : rel.equals("next") || rel.endsWith("following") ? 1 : 0);
        } else {
            return null;
        }
        return switch (kind.charAt(0)) {
            case 'f' -> TimeValue.unplaced("FY" + year, Granularity.YEAR);
            case 's' -> TimeValue.unplaced("SY" + year, Granularity.YEAR);
            default -> TimeValue.year(year);
        };
    }

    private static LocalDate step(LocalDate d, String unit, int k) {
        return switch (unit) {
            case "day" -> d.plusDays(k);
            case "week" -> d.plusWeeks(k);
            default -> d.plusMonths(k);
        };
    }

    /** The month or year after "of", placed; {@code null} when it cannot be placed. */
    private TimeValue whole(MatchResult m, Context c) {
        String year = group(m, "year");
        if (year != null) {
            return TimeValue.year(Integer.parseInt(year));
        }
        String month = group(m, "month");
        if (month != null) {
            int mon = w.months().get(TimeWords.key(month));
            String y = group(m, "myear");
            if (y != null) {
                return TimeValue.month(YearMonth.of(Integer.parseInt(y), mon));
            }
            return c.known() ? TimeValue.month(Anchoring.month(c.anchor(), mon, c.tense())) : null;
        }
        String of = lower(group(m, "of"));
        if (of == null || !c.known()) {
            return null;
        }
        String rel = lower(group(m, "rel"));
        int step = rel.equals("last") || rel.endsWith("previous") ? -1 : rel.equals("next") || rel.endsWith("following") ? 1 : 0;
        return of.equals("month") ? TimeValue.month(YearMonth.from(c.anchor()).plusMonths(step))
                : TimeValue.year(c.anchor().getYear() + step);
    }

    private int dayNumber(MatchResult m) {
        String word = group(m, "dayword");
        return word != null ? w.ordinals().get(TimeWords.key(word)) : Integer.parseInt(group(m, "day"));
    }

    private int number(String ord) {
        Integer k = w.ordinals().get(ord);
        return k != null ? k : Integer.parseInt(ord.substring(0, 1));
    }
}
