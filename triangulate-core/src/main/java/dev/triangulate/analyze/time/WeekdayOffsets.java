package dev.triangulate.analyze.time;

import dev.triangulate.analyze.time.DateExtractor.Reading;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins a weekday to a day counted from another ("Monday two weeks from now", "Thursday, two years from
 * now", "3 weeks after Christmas on Friday"): the named weekday of the (ISO, Monday-first) week the count
 * lands in. Runs after {@link Compounds}, whose counted days ("3 weeks after Christmas") it takes. Stateless.
 */
final class WeekdayOffsets {

    /** Rules and compounds whose reading is a day counted from another day. */
    private static final Set<String> COUNTED = Set.of("ago", "offset-from", "in-offset", "offset");
    private static final Pattern BEFORE = Pattern.compile("(?i)\\s*,?\\s*");
    private static final Pattern AFTER = Pattern.compile("(?i)\\s*,?\\s*on\\s+");
    private static final Pattern WEEKDAY_ALONE = Pattern.compile("(?i)\\p{L}+\\.?");

    private WeekdayOffsets() {
    }

    static List<Reading> join(String text, List<Reading> readings) {
        List<Reading> out = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            Reading joined = i + 1 < readings.size() ? joined(text, r, readings.get(i + 1)) : null;
            out.add(joined != null ? joined : r);
            i += joined != null ? 1 : 0;
        }
        return out;
    }

    private static Reading joined(String text, Reading a, Reading b) {
        String gap = text.substring(a.end(), b.start());
        Reading weekday;
        Reading counted;
        if (weekday(text, a) && counted(b) && BEFORE.matcher(gap).matches()) {
            weekday = a;
            counted = b;
        } else if (counted(a) && weekday(text, b) && AFTER.matcher(gap).matches()) {
            weekday = b;
            counted = a;
        } else {
            return null;
        }
        LocalDate day = counted.value().begin();
        LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
        LocalDate d = monday.plusDays(weekday.value().begin().getDayOfWeek().getValue() - 1L);
        return new Reading(a.start(), b.end(), Math.min(a.rule(), b.rule()), "weekday-offset", TimeValue.day(d));
    }

    private static boolean weekday(String text, Reading r) {
        return "weekday".equals(r.kind()) && r.value().begin() != null && r.value().type() == TimeType.DATE
                && WEEKDAY_ALONE.matcher(text.substring(r.start(), r.end())).matches();
    }

    private static boolean counted(Reading r) {
        return COUNTED.contains(r.kind()) && r.value().type() == TimeType.DATE && r.value().granularity() == Granularity.DAY
                && r.value().begin() != null;
    }
}
