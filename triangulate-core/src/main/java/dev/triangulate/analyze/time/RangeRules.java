package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.DAYNUM;
import static dev.triangulate.analyze.time.CalendarRules.OPT_SP;
import static dev.triangulate.analyze.time.CalendarRules.SEP;
import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.group;
import static dev.triangulate.analyze.time.CalendarRules.lower;

import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Rules for ranges written so tightly that their ends are no expressions of their own: "2014-2018",
 * "April 9th through 17th", "between 3 and 12 of Sept", "Nov 18-22, 2015". They are read as one
 * {@code (first,last,duration)} value that the extractor splits into the first end carrying the
 * period ({@link Ranges#split}). Ranges whose ends stand alone ("from March to May") are joined by
 * {@link Ranges#join}. Stateless apart from the word lists.
 */
final class RangeRules {

    private static final String DASH = OPT_SP + "(?:-|–|~)" + OPT_SP;
    private static final String THROUGH = "(?:" + DASH + "|" + SP + "(?:to|through|thru|till|until|and)" + SP + ")";

    private final TimeWords w;
    private final String month;
    private final String day1;
    private final String day2;

    RangeRules(TimeWords words) {
        this.w = words;
        this.month = "(?<month>" + TimeWords.alternation(w.months().keySet()) + ")\\.?";
        String ordinals = TimeWords.alternation(w.ordinals().keySet());
        this.day1 = "(?<d1>" + DAYNUM + "(?:st|nd|rd|th)?|" + ordinals + ")";
        this.day2 = "(?<d2>" + DAYNUM + "(?:st|nd|rd|th)?|" + ordinals + ")";
    }

    List<Rule> rules() {
        String year = "(?<year>1[0-9]\\d\\d|20\\d\\d)";
        return List.of(
                Rule.of("year-range", "(?<![\\d+\\-–])(?<y1>1[0-9]\\d\\d|20\\d\\d)" + DASH + "(?<y2>1[0-9]\\d\\d|20\\d\\d)(?![\\d,.:]\\d|[-–]\\d)",
                        this::years),
                Rule.of("month-day-range", month + SP + "(?:the" + SP + ")?" + day1 + THROUGH + "(?:the" + SP + ")?" + day2
                        + "(?:" + SEP + year + ")?(?![\\d:/])", this::days),
                Rule.of("day-month-range", "(?:the" + SP + ")?" + day1 + THROUGH + "(?:the" + SP + ")?" + day2 + SP + "(?:of" + SP
                        + ")?" + month + "(?:" + SEP + year + ")?", this::days));
    }

    private TimeValue years(MatchResult m, Context c) {
        int y1 = Integer.parseInt(group(m, "y1"));
        int y2 = Integer.parseInt(group(m, "y2"));
        if (y2 <= y1 || y2 - y1 > 100) {
            return null;
        }
        LocalDate begin = LocalDate.of(y1, 1, 1);
        LocalDate end = LocalDate.of(y2, 12, 31);
        String v = "(" + y1 + "," + y2 + "," + Ranges.length(begin, end, Granularity.YEAR) + ")";
        return new TimeValue(v, TimeType.DATE, Granularity.YEAR, begin, end);
    }

    private TimeValue days(MatchResult m, Context c) {
        String monthWord = TimeWords.key(group(m, "month"));
        if (w.ambiguousMonths().contains(monthWord) && !c.capitalised(m.start("month"))) {
            return null;
        }
        String and = m.group().toLowerCase(java.util.Locale.ROOT);
        if (and.matches(".*\\sand\\s.*") && !c.wordBefore(m.start()).equals("between")) {
            return null; // "3 and 12 of Sept" is a range only after "between"
        }
        int mon = w.months().get(monthWord);
        int d1 = dayNumber(group(m, "d1"));
        int d2 = dayNumber(group(m, "d2"));
        String year = group(m, "year");
        if (d2 <= d1 || year == null && !c.known()) {
            return null;
        }
        LocalDate first = year != null ? Anchoring.safeDate(Integer.parseInt(year), mon, d1)
                : Anchoring.dayOfYear(c.anchor(), mon, d1, c.tense());
        LocalDate last = first == null ? null : Anchoring.safeDate(first.getYear(), mon, d2);
        if (last == null) {
            return null;
        }
        String v = "(" + first + "," + last + "," + Ranges.length(first, last, Granularity.DAY) + ")";
        return new TimeValue(v, TimeType.DATE, Granularity.DAY, first, last);
    }

    private int dayNumber(String text) {
        Integer ord = w.ordinals().get(TimeWords.key(text));
        return ord != null ? ord : Integer.parseInt(lower(text).replaceAll("(st|nd|rd|th)$", ""));
    }
}
