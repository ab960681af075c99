package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.OPT_SP;
import static dev.triangulate.analyze.time.CalendarRules.group;

import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Rules for periods whose two ends are numeric dates joined by a dash: "10/1-11/7", "5/1-5/7, 2020",
 * "10/1-11/2/2017", "02-02-2020 - 03-03-2020". Month first unless the first number cannot be a month, as
 * for single numeric dates. Without a year the range must follow a time preposition ("between 10/1-11/7"):
 * "3/4-5/6" alone is as often a list of fractions or scores. One {@code (first,last,length)} value, split
 * into its ends by {@link Ranges#split}. Stateless apart from the word lists.
 */
final class NumericRangeRules {

    private static final String MD = "(?<a%1$d>1[0-2]|0?[1-9]|[12]\\d|3[01])[/-](?<b%1$d>[0-3]?\\d)";
    private static final String DASH = OPT_SP + "[-–]" + OPT_SP;
    private static final String YEAR = "(?<y%d>1\\d{3}|20\\d\\d)";

    private final TimeWords w;

    NumericRangeRules(TimeWords words) {
        this.w = words;
    }

    List<Rule> rules() {
        return List.of(
                Rule.of("numeric-range-dated", String.format(MD, 1) + "[/-]" + String.format(YEAR, 1) + DASH
                        + String.format(MD, 2) + "[/-]" + String.format(YEAR, 2) + "(?![\\d/-])", this::range),
                Rule.of("numeric-range", String.format(MD, 1) + DASH + String.format(MD, 2)
                        + "(?:(?:/|,[^\\S\\n]*)" + String.format(YEAR, 2) + ")?(?![\\d/-]|[.,]\\d)", this::range));
    }

    private TimeValue range(MatchResult m, Context c) {
        String y1 = group(m, "y1");
        String y2 = group(m, "y2");
        if (y2 == null && !w.prepositions().contains(c.wordBefore(m.start()))) {
            return null;
        }
        int[] first = monthDay(m, 1);
        int[] last = monthDay(m, 2);
        if (first == null || last == null) {
            return null;
        }
        LocalDate end;
        if (y2 != null) {
            end = Anchoring.safeDate(Integer.parseInt(y2), last[0], last[1]);
        } else if (c.known()) {
            end = Anchoring.dayOfYear(c.anchor(), last[0], last[1], c.tense());
        } else {
            return null;
        }
        if (end == null) {
            return null;
        }
        int year1 = y1 != null ? Integer.parseInt(y1) : end.getYear();
        LocalDate begin = Anchoring.safeDate(year1, first[0], first[1]);
        if (begin != null && y1 == null && begin.isAfter(end)) {
            begin = Anchoring.safeDate(year1 - 1, first[0], first[1]);
        }
        if (begin == null || begin.isAfter(end)) {
            return null;
        }
        String v = "(" + begin + "," + end + "," + Ranges.length(begin, end, Granularity.DAY) + ")";
        return new TimeValue(v, TimeType.DATE, Granularity.DAY, begin, end);
    }

    /** {month, day}, American order unless the first number cannot be a month; {@code null} if no date. */
    private static int[] monthDay(MatchResult m, int end) {
        int a = Integer.parseInt(group(m, "a" + end));
        int b = Integer.parseInt(group(m, "b" + end));
        int mon = a > 12 ? b : a;
        int d = a > 12 ? a : b;
        return mon < 1 || mon > 12 || d < 1 || d > 31 ? null : new int[] {mon, d};
    }
}
