package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.SEP;
import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.YEAR;
import static dev.triangulate.analyze.time.CalendarRules.group;

import dev.triangulate.model.Granularity;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Rules for periods named by their number in a longer period: the week of the year ("week 23", "week 10 of 2019",
 * TIMEX3 {@code 2019-W10}) and the century ("the 15th century", "twenty-first century", the years 1400 to 1499).
 * Stateless apart from the word lists.
 */
final class NumberedPeriodRules {

    private final TimeWords w;

    NumberedPeriodRules(TimeWords words) {
        this.w = words;
    }

    List<Rule> rules() {
        String ordinal = "(?<ord>[12]?\\d(?:st|nd|rd|th)|" + TimeWords.alternation(w.ordinals().keySet()) + ")";
        return List.of(
                Rule.of("week-number", "week" + SP + "(?<wn>5[0-3]|[1-4]\\d|0?[1-9])(?:(?:" + SEP + "|" + SP + "of" + SP + ")" + YEAR + ")?",
                        this::week),
                Rule.of("century", "(?:the" + SP + ")?" + ordinal + "(?:" + SP + "|-)century", this::century));
    }

    /**
     * The ISO week of the year named, else of the publication year. "Week 3 of the trial" counts weeks of
     * something else, and "week 10 players" is a count: a week number must close its phrase or be followed by
     * a time.
     */
    private TimeValue week(MatchResult m, Context c) {
        String after = c.wordAfter(m.end());
        boolean closes = after.isEmpty() || !after.equals("of") && !Character.isLetter(after.charAt(0))
                || w.prepositions().contains(after) && !after.equals("of");
        int n = Integer.parseInt(group(m, "wn"));
        String year = group(m, "year");
        if (!closes && year == null) {
            return null;
        }
        if (year == null && !c.known()) {
            return TimeValue.unplaced(String.format("XXXX-W%02d", n), Granularity.WEEK);
        }
        int y = year != null ? Integer.parseInt(year) : c.anchor().getYear();
        LocalDate monday = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, n);
        return monday.get(IsoFields.WEEK_BASED_YEAR) == y ? TimeValue.week(monday) : null;
    }

    private TimeValue century(MatchResult m, Context c) {
        String ord = CalendarRules.lower(group(m, "ord"));
        Integer number = w.ordinals().get(TimeWords.key(ord));
        int n = number != null ? number : Integer.parseInt(ord.substring(0, ord.length() - 2));
        return n < 1 || n > 21 ? null : TimeValue.century((n - 1) * 100);
    }
}
