package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.group;
import static dev.triangulate.analyze.time.CalendarRules.lower;

import dev.triangulate.model.Granularity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * A rule for a day of the month named without its month: "on the 18th" (the nearest such day the clause's tense
 * allows, within a month of the publication date), "the 21st this month", "the 5th of next month", and a bare
 * "the 17" when its clock times follow ("the 17 from 2pm to 4pm"). Stateless.
 */
final class DayOfMonthRules {

    DayOfMonthRules() {
    }

    List<Rule> rules() {
        return List.of(Rule.of("day-of-month", "the" + SP + "(?<dom>[12]\\d|3[01]|0?[1-9])(?:(?:st|nd|rd|th)(?:" + SP + "(?:of" + SP + ")?(?<rel>this|next|last)"
                        + SP + "month)?|(?=" + SP + "(?:from|between|at)" + SP + "\\d))", this::dayOfMonth));
    }

    private TimeValue dayOfMonth(MatchResult m, Context c) {
        String after = c.wordAfter(m.end());
        if (!after.isEmpty() && !Set.of("at", "and", "or", "from", "to", "until", "between", "this", "next", "last").contains(after)) {
            return null;
        }
        int d = Integer.parseInt(group(m, "dom"));
        if (!c.known()) {
            return TimeValue.unplaced(String.format("XXXX-XX-%02d", d), Granularity.DAY);
        }
        String rel = lower(group(m, "rel"));
        if (rel != null) { // "the 5th of next month"
            YearMonth ym = YearMonth.from(c.anchor()).plusMonths(rel.equals("next") ? 1 : rel.equals("last") ? -1 : 0);
            return ym.isValidDay(d) ? TimeValue.day(ym.atDay(d)) : null;
        }
        LocalDate best = null;
        for (int k = -1; k <= 1; k++) {
            YearMonth ym = YearMonth.from(c.anchor()).plusMonths(k);
            LocalDate cand = ym.isValidDay(d) ? ym.atDay(d) : null;
            if (cand != null && fits(cand, c) && (best == null || Math.abs(cand.toEpochDay() - c.anchor().toEpochDay())
                    < Math.abs(best.toEpochDay() - c.anchor().toEpochDay()))) {
                best = cand;
            }
        }
        return best == null ? null : TimeValue.day(best);
    }

    private static boolean fits(LocalDate d, Context c) {
        return switch (c.tense()) {
            case PAST -> !d.isAfter(c.anchor());
            case FUTURE -> !d.isBefore(c.anchor());
            case UNKNOWN -> true;
        };
    }
}
