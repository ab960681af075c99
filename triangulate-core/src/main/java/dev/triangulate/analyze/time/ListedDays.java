package dev.triangulate.analyze.time;

import dev.triangulate.analyze.time.DateExtractor.Reading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the bare day numbers listed before a day written day-first ("18 and 19 June", "4, 5 and 6 March
 * 2023") as days of that month and year: the list names each day, the last member alone carries the month.
 * Only numbers that can be days, joined by a comma, "and", "or" or "&amp;", and not part of a longer number
 * or amount ("$18 and 19 June" is not a list of days). Stateless.
 */
final class ListedDays {

    private static final Pattern DAY_FIRST = Pattern.compile("(?i)(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s+\\p{L}.*", Pattern.DOTALL);
    private static final Pattern MEMBER = Pattern.compile(
            "(?i)(?<![\\d.,$€£/:-])([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+|&\\s*)$");

    private ListedDays() {
    }

    static List<Reading> join(String text, List<Reading> readings) {
        List<Reading> out = new ArrayList<>(readings.size());
        int taken = 0;
        for (Reading r : readings) {
            List<Reading> members = members(text, r, taken);
            out.addAll(members);
            out.add(r);
            taken = r.end();
        }
        return out;
    }

    /** The listed days before {@code r}, first to last; none unless {@code r} is a day written day-first. */
    private static List<Reading> members(String text, Reading r, int from) {
        LocalDate day = r.value().begin();
        if (day == null || r.range() != null || r.value().type() != dev.triangulate.model.TimeType.DATE
                || r.value().granularity() != dev.triangulate.model.Granularity.DAY
                || !DAY_FIRST.matcher(text.substring(r.start(), r.end())).matches()) {
            return List.of();
        }
        List<Reading> found = new ArrayList<>();
        int end = r.start();
        while (end > from) {
            Matcher m = MEMBER.matcher(text.substring(Math.max(from, end - 24), end));
            if (!m.find()) {
                break;
            }
            int start = Math.max(from, end - 24) + m.start(1);
            LocalDate d = Anchoring.safeDate(day.getYear(), day.getMonthValue(), Integer.parseInt(m.group(1)));
            if (d == null) {
                break;
            }
            int stop = start + m.group(1).length();
            found.add(0, new Reading(start, stop, r.rule(), "listed-day", TimeValue.day(d)));
            end = start;
        }
        return found;
    }
}
