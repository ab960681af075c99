package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.group;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * A rule for a weekday followed by a bare day of the month ("Monday 21", "on Friday the 31st"): the day of
 * that number which falls on that weekday, in the month nearest the publication date (a later one on a tie).
 * The number must end the clause or be followed by a time preposition or a clock time, so "Monday 21
 * people died" stays a weekday and a count. Stateless apart from the word lists.
 */
final class WeekdayDayRules {

    /** How many months either side of the publication date are searched for the weekday and the day to agree. */
    private static final int REACH = 12;

    private final TimeWords w;
    private final String weekday;

    WeekdayDayRules(TimeWords words) {
        this.w = words;
        this.weekday = "(?<wd>" + TimeWords.alternation(w.weekdays().keySet()) + ")";
    }

    List<Rule> rules() {
        return List.of(Rule.of("weekday-day", weekday + "\\.?,?" + SP + "(?:the" + SP + ")?(?<dom>[12]\\d|3[01]|0?[1-9])"
                + "(?:st|nd|rd|th)?(?![\\d%/:-]|[.,]\\d|[^\\S\\n]*(?:[ap]\\.?m\\b|h\\b|o['’]?clock))", this::read));
    }

    private TimeValue read(MatchResult m, Context c) {
        String after = c.wordAfter(m.end());
        boolean ends = after.isEmpty() || w.prepositions().contains(after) || Character.isDigit(after.charAt(0));
        if (!ends || !c.known() || w.ambiguousWeekdays().contains(TimeWords.key(group(m, "wd"))) && !c.capitalised(m.start())) {
            return null;
        }
        int isoDay = w.weekdays().get(TimeWords.key(group(m, "wd")));
        int dom = Integer.parseInt(group(m, "dom"));
        LocalDate best = null;
        for (int k = 0; k <= REACH && best == null; k++) {
            best = agreeing(c.anchor().plusMonths(k), dom, isoDay);
            LocalDate before = agreeing(c.anchor().minusMonths(k), dom, isoDay);
            if (before != null && (best == null || c.anchor().toEpochDay() - before.toEpochDay() < best.toEpochDay() - c.anchor().toEpochDay())) {
                best = before;
            }
        }
        return best == null ? null : TimeValue.day(best);
    }

    private static LocalDate agreeing(LocalDate inMonth, int dom, int isoDay) {
        LocalDate d = Anchoring.safeDate(inMonth.getYear(), inMonth.getMonthValue(), dom);
        return d != null && d.getDayOfWeek().getValue() == isoDay ? d : null;
    }
}
