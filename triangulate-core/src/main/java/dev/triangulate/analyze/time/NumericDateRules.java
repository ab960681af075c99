package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.DAYNUM;
import static dev.triangulate.analyze.time.CalendarRules.YEAR;
import static dev.triangulate.analyze.time.CalendarRules.group;

import dev.triangulate.model.Granularity;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for dates written with slashes and dashes rather than words: "on 10/1" and "on 22/04" (month and
 * day, American order unless the first number cannot be a month), "Oct/2", "Dec-2018", "Dec/2018",
 * "05-Aug-2016", "2019/Aug/01", "Sep-23-2020", "Dec31", "Friday 7.6". A bare "10/1" is a fraction or a score as often as a date, so it needs a time
 * preposition before it. Stateless apart from the word lists and the calendar readers it shares.
 */
final class NumericDateRules {

    /** A slash day just before, joined by a comma, "or" or "and": "11/20, " or "11/22 or ". */
    private static final Pattern LISTED_BEFORE = Pattern.compile("(?<![\\d/])(\\d{1,2}/\\d{1,2})(?:\\s*,\\s*(?:or\\s+|and\\s+)?|\\s+(?:or|and)\\s+)$");

    /** Words that make a following "5/12" a date, and join it ("this 5/12"). */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("this", "next", "last");

    private final CalendarRules calendar;
    private final TimeWords w;
    private final String month;

    NumericDateRules(TimeWords words, CalendarRules calendar) {
        this.w = words;
        this.calendar = calendar;
        this.month = "(?<month>" + TimeWords.alternation(w.months().keySet()) + ")";
    }

    List<Rule> rules() {
        return List.of(
                Rule.of("month-slash-day", "(?<a>1[0-2]|0?[1-9]|[12]\\d|3[01])/(?<b>[0-3]?\\d)(?![/.,]?\\d)", this::monthDay),
                Rule.of("weekday-month-dot-day", "(?<a>1[0-2]|0?[1-9])\\.(?<b>[12]\\d|3[01]|0?[1-9])(?![/.,-]?\\d)", this::afterWeekday),
                Rule.of("month-sep-day", month + "[/-](?<day>" + DAYNUM + ")(?![\\d/:-]|[.,]\\d)", calendar::dayMonth),
                Rule.of("month-sep-year", month + "[/-]" + YEAR, calendar::monthYear),
                Rule.of("day-month-year-dashed", "(?<day>" + DAYNUM + ")[-/]" + month + "[-/]" + YEAR, calendar::dayMonth),
                Rule.of("year-month-day-dashed", YEAR + "(?<sep>[-/])" + month + "\\k<sep>(?<day>" + DAYNUM + ")(?![\\d/:-])",
                        calendar::dayMonth),
                Rule.of("month-day-glued-or-dashed", month + "(?:(?<sep>[-/])(?<dday>" + DAYNUM + ")\\k<sep>(?<dyear>1\\d{3}|20\\d\\d)|(?<day>"
                        + DAYNUM + ")(?:" + CalendarRules.SEP + YEAR + ")?)", this::glued));
    }

    /**
     * "Dec31", "mar4 night": a month name and a day written as one token, which no ordinary word is, so even an
     * ambiguous month name ("mar") is read as the month; and "Sep-23-2020", where the year makes it a date.
     */
    private TimeValue glued(MatchResult m, Context c) {
        int mon = w.months().get(TimeWords.key(group(m, "month")));
        boolean dashed = group(m, "dday") != null;
        int d = Integer.parseInt(dashed ? group(m, "dday") : group(m, "day"));
        String year = dashed ? group(m, "dyear") : group(m, "year");
        return Anchoring.monthDay(c, year, mon, d);
    }

    /** "Friday 7.6": a month and day written with a dot are a date only right after a weekday ("7-6" there is a score). */
    private TimeValue afterWeekday(MatchResult m, Context c) {
        return w.weekdays().containsKey(c.wordBefore(m.start())) ? monthDay(m, c) : null;
    }

    private TimeValue monthDay(MatchResult m, Context c) {
        if (!introduced(c, m.start())) {
            return null; // "3/4 of voters", "won 2/1": a fraction or a score; "on 10/1", "Friday 5/12", "next 5/12" are dates
        }
        int a = Integer.parseInt(group(m, "a"));
        int b = Integer.parseInt(group(m, "b"));
        int mon = a > 12 ? b : a;
        int d = a > 12 ? a : b;
        if (mon < 1 || mon > 12 || d < 1 || d > 31) {
            return null;
        }
        if (!c.known()) {
            return TimeValue.unplaced(String.format("XXXX-%02d-%02d", mon, d), Granularity.DAY);
        }
        LocalDate date = Anchoring.dayOfYear(c.anchor(), mon, d, c.tense());
        return date == null ? null : TimeValue.day(date);
    }

    /** A slash day after a preposition, a weekday or a determiner, or listed after such a day ("on 11/20, 11/22 or 11/25"). */
    private boolean introduced(Context c, int start) {
        int at = start;
        for (int listed = 0; listed < 6; listed++) { // a list of a few days; longer runs are tables, not prose
            String before = c.wordBefore(at);
            if (w.prepositions().contains(before) || w.weekdays().containsKey(before) || DETERMINERS.contains(before)) {
                return true;
            }
            int from = Math.max(0, at - 16);
            Matcher prior = LISTED_BEFORE.matcher(c.text().substring(from, at));
            if (!prior.find()) {
                return false;
            }
            at = from + prior.start(1);
        }
        return false;
    }
}
