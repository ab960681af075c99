package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.SEP;
import static dev.triangulate.analyze.time.CalendarRules.YEAR;
import static dev.triangulate.analyze.time.CalendarRules.group;
import static dev.triangulate.analyze.time.CalendarRules.lower;

import dev.triangulate.text.Lexicon;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;

/**
 * The feasts of the Western church year that move with Easter ({@code easter-holidays.txt}: "Good Friday" two
 * days before Easter Sunday, "Pentecost" 49 days after), with or without a year. Without one, the occurrence
 * nearest the publication day on the side the tense points to. Stateless apart from the table.
 */
final class EasterRules {

    /** Each feast's shift in days from Easter Sunday, by its lower-case name. */
    static final Map<String, Integer> SHIFTS = shifts(Lexicon.lines("analyze/time/easter-holidays.txt"));

    List<Rule> rules() {
        return List.of(Rule.of("easter", "(?<feast>" + TimeWords.alternation(SHIFTS.keySet()) + ")(?:" + SEP + YEAR + ")?",
                this::feast));
    }

    private TimeValue feast(MatchResult m, Context c) {
        int shift = SHIFTS.get(lower(group(m, "feast")));
        String year = group(m, "year");
        if (year != null) {
            return TimeValue.day(easterSunday(Integer.parseInt(year)).plusDays(shift));
        }
        if (!c.known()) {
            return null;
        }
        LocalDate best = null;
        for (int y = c.anchor().getYear() - 1; y <= c.anchor().getYear() + 1; y++) {
            LocalDate d = easterSunday(y).plusDays(shift);
            boolean fits = switch (c.tense()) {
                case PAST -> !d.isAfter(c.anchor());
                case FUTURE -> !d.isBefore(c.anchor());
                case UNKNOWN -> true;
            };
            if (fits && (best == null || Math.abs(d.toEpochDay() - c.anchor().toEpochDay())
                    < Math.abs(best.toEpochDay() - c.anchor().toEpochDay()))) {
                best = d;
            }
        }
        return best == null ? null : TimeValue.day(best);
    }

    /** Easter Sunday by the anonymous Gregorian computus. */
    static LocalDate easterSunday(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    private static Map<String, Integer> shifts(java.util.Set<String> lines) {
        Map<String, Integer> out = new HashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException("expected 'name = shift' in easter-holidays.txt: " + line);
            }
            out.put(TimeWords.key(line.substring(0, eq).strip()), Integer.parseInt(line.substring(eq + 1).strip()));
        }
        return Map.copyOf(out);
    }
}
