package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.DAYNUM;
import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.group;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Rules for dates whose year is written with two digits: "12/12/30", "03/18/40" (month first unless the
 * first number cannot be a month) and "April of 87", "15 April of '87" (the "of" or the apostrophe marks
 * the number as a year, not a count or a day). A two-digit year below {@value #PIVOT} is of this century,
 * from it on of the last one, the usual pivot of two-digit years. Stateless apart from the word lists.
 */
final class ShortYearRules {

    static final int PIVOT = 40;
    private static final String YY = "['’]?(?<yy>\\d\\d)(?![\\d%]|[.,:/]\\d)";

    private final TimeWords w;
    private final String month;

    ShortYearRules(TimeWords words) {
        this.w = words;
        this.month = "(?<month>" + TimeWords.alternation(w.months().keySet()) + ")";
    }

    List<Rule> rules() {
        return List.of(
                Rule.of("slash-date-yy", "(?<a>[01]?\\d|[23]\\d)/(?<b>[0-3]?\\d)/(?<yy>\\d\\d)(?![\\d/%]|[.,:]\\d)", this::slashed),
                Rule.of("month-of-yy", "(?:(?<day>" + DAYNUM + ")(?:st|nd|rd|th)?" + SP + ")?" + month + "\\.?" + SP
                        + "(?:of" + SP + YY + "|" + "['’](?<yy2>\\d\\d)(?![\\d%]|[.,:/]\\d))", this::monthOf));
    }

    private static int year(String yy) {
        int n = Integer.parseInt(yy);
        return n < PIVOT ? 2000 + n : 1900 + n;
    }

    private TimeValue slashed(MatchResult m, Context c) {
        int a = Integer.parseInt(group(m, "a"));
        int b = Integer.parseInt(group(m, "b"));
        int y = year(group(m, "yy"));
        LocalDate d = a > 12 ? Anchoring.safeDate(y, b, a) : Anchoring.safeDate(y, a, b);
        return d == null ? null : TimeValue.day(d);
    }

    private TimeValue monthOf(MatchResult m, Context c) {
        String word = group(m, "month");
        String key = TimeWords.key(word);
        String yy = group(m, "yy") != null ? group(m, "yy") : group(m, "yy2");
        String next = c.wordAfter(m.end());
        if (w.ambiguousMonths().contains(key) && !c.capitalised(m.start("month")) || next.matches("[a-z]+s|percent|per")) {
            return null; // "may of 87", "April of 87 votes"
        }
        YearMonth ym = YearMonth.of(year(yy), w.months().get(key));
        if (group(m, "day") == null) {
            return TimeValue.month(ym);
        }
        LocalDate d = Anchoring.safeDate(ym.getYear(), ym.getMonthValue(), Integer.parseInt(group(m, "day")));
        return d == null ? null : TimeValue.day(d);
    }
}
