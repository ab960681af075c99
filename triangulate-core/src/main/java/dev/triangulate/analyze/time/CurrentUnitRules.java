package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.group;
import static dev.triangulate.analyze.time.CalendarRules.lower;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * A rule for "the month" and "the year" closing a phrase after a preposition ("away for the month", "player of the
 * year", "sales in the year"): with nothing to tie it elsewhere, the one the text is written in. Followed by more
 * words ("the year before independence") it names some other year and is left alone. "The day" and "the week" are
 * not read so: in news they are most often the day or week of the events told, not of the writing. "The year to
 * date" ("YTD", "month-to-date") is the current unit too.
 */
final class CurrentUnitRules {

    /** Prepositions after which a closing "the year" is the current one. */
    private static final Set<String> INTRODUCERS = Set.of("for", "of", "in", "during", "throughout");

    CurrentUnitRules() {
    }

    List<Rule> rules() {
        return List.of(Rule.of("current-unit", "the" + SP + "(?<unit>month|year)", this::read),
                Rule.of("unit-to-date", "(?<unit>month|quarter|year)(?:" + SP + "|-)to(?:" + SP + "|-)date|(?<ytd>ytd)",
                        this::toDate));
    }

    /** "year to date", "YTD", "month-to-date": the period so far, named (as TIMEX3 does) by the current one. */
    private TimeValue toDate(MatchResult m, Context c) {
        if (!c.known()) {
            return null;
        }
        String unit = group(m, "ytd") != null ? "year" : lower(group(m, "unit"));
        return switch (unit) {
            case "month" -> TimeValue.month(YearMonth.from(c.anchor()));
            case "quarter" -> TimeValue.quarter(c.anchor().getYear(), (c.anchor().getMonthValue() + 2) / 3);
            default -> TimeValue.year(c.anchor().getYear());
        };
    }

    private TimeValue read(MatchResult m, Context c) {
        if (!c.known() || !INTRODUCERS.contains(c.wordBefore(m.start())) || !closes(c, m.end())) {
            return null;
        }
        return lower(group(m, "unit")).equals("month") ? TimeValue.month(YearMonth.from(c.anchor()))
                : TimeValue.year(c.anchor().getYear());
    }

    /** Nothing but punctuation or the end of the line follows. */
    private static boolean closes(Context c, int end) {
        int i = end;
        while (i < c.text().length() && (c.text().charAt(i) == ' ' || c.text().charAt(i) == '\t')) {
            i++;
        }
        return i == c.text().length() || ".,;:!?)\n\r".indexOf(c.text().charAt(i)) >= 0;
    }
}
