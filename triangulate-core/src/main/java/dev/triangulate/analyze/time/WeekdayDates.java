package dev.triangulate.analyze.time;

import dev.triangulate.analyze.time.DateExtractor.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a weekday to the numeric date written right after it ("Friday 5/12", "this Friday 5/12", "thursday
 * 29/03 11.00am") or to any date set beside it by a dash or in brackets ("Friday-Jun-15", "Friday (Jun 15)"), and a "this" or "next" to such a date ("this 5/12"): one expression whose value is the
 * written date, which says more than the weekday (a weekday that disagrees with it is the writer's slip, not
 * a second day). Dates with a month name read their weekday themselves ({@link CalendarRules}). Runs after
 * {@link Compounds}, so the date may already carry its clock time. Stateless.
 */
final class WeekdayDates {

    private static final Pattern GAP = Pattern.compile("\\s*,?\\s*");
    /** A date set beside its weekday by a dash or in brackets ("Friday-Jun-15", "Friday (Jun 15)"), whatever its notation. */
    private static final Pattern APPOSITION = Pattern.compile("\\s*[-(]\\s*");
    private static final Pattern DETERMINER = Pattern.compile("(?i)(?:^|[^\\p{L}])((?:this|next)\\s+)$");

    private WeekdayDates() {
    }

    static List<Reading> join(String text, List<Reading> readings) {
        List<Reading> out = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            Reading next = i + 1 < readings.size() ? readings.get(i + 1) : null;
            String gap = next == null ? "" : text.substring(r.end(), next.start());
            boolean apposed = next != null && APPOSITION.matcher(gap).matches() && day(next);
            if (next != null && "weekday".equals(r.kind()) && (apposed || numericDate(text, next) && GAP.matcher(gap).matches())) {
                int end = gap.strip().equals("(") && next.end() < text.length() && text.charAt(next.end()) == ')' ? next.end() + 1 : next.end();
                out.add(new Reading(r.start(), end, Math.min(r.rule(), next.rule()), next.kind(), next.value(), next.range()));
                i++;
            } else {
                out.add(numericDate(text, r) ? withDeterminer(text, r) : r);
            }
        }
        return out;
    }

    /** A placed day, however written, not a range end. */
    private static boolean day(Reading r) {
        return r.value().begin() != null && r.range() == null && r.value().value() != null
                && r.value().value().matches("\\d{4}-\\d\\d-\\d\\d.*");
    }

    /** A placed day written with digits first ("5/12", "29/03 11.00am"), not a count or a clock time alone. */
    private static boolean numericDate(String text, Reading r) {
        return r.value().begin() != null && r.range() == null && Character.isDigit(text.charAt(r.start()))
                && r.value().value() != null && r.value().value().matches("\\d{4}-\\d\\d-\\d\\d.*");
    }

    private static Reading withDeterminer(String text, Reading r) {
        Matcher m = DETERMINER.matcher(text.substring(Math.max(0, r.start() - 6), r.start()));
        if (!m.find()) {
            return r;
        }
        return new Reading(r.start() - m.group(1).length(), r.end(), r.rule(), r.kind(), r.value(), r.range());
    }
}
