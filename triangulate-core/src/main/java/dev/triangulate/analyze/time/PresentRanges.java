package dev.triangulate.analyze.time;

import dev.triangulate.analyze.time.DateExtractor.Reading;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import dev.triangulate.model.When;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives "now" and a placed date written as the two ends of one period ("between now and November 15th",
 * "from Jan 2019 to now") that period, as {@link Ranges} does for two dates: from the publication day to the
 * last day of the date, or from the first day of the date to the publication day. Both ends stay readings of
 * their own and carry the period ({@link When.Range}); its value is {@code (first,last,duration)} with the
 * publication day standing for "now". Without a publication date nothing is joined. Stateless.
 */
final class PresentRanges {

    /** What joins the two ends; "and" only after "between". */
    private static final Pattern GAP = Pattern.compile("(?i)\\s*(?:-|–|to|till|until|through|and)\\s*");
    private static final Pattern BETWEEN = Pattern.compile("(?i)(?:^|[^\\p{L}])between\\s+$");
    private static final String PRESENT = "PRESENT_REF";
    /** A present end that brings its own joining word ("from March to date"). */
    private static final Pattern OWN_GAP = Pattern.compile("(?i)(?:to|till|until)\\s");

    private PresentRanges() {
    }

    static List<Reading> join(String text, LocalDate anchor, List<Reading> readings) {
        if (anchor == null) {
            return readings;
        }
        List<Reading> out = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            Reading a = readings.get(i);
            When.Range period = i + 1 < readings.size() ? period(text, anchor, a, readings.get(i + 1)) : null;
            if (period != null) {
                out.add(a.within(period));
                out.add(readings.get(i + 1).within(period));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static When.Range period(String text, LocalDate anchor, Reading a, Reading b) {
        String gap = text.substring(a.end(), b.start());
        boolean nowFirst = isNow(a) && isDate(b);
        boolean joined = GAP.matcher(gap).matches() || gap.isBlank() && OWN_GAP.matcher(text.substring(b.start(), b.end())).lookingAt();
        if (!nowFirst && !(isDate(a) && isNow(b)) || a.range() != null || b.range() != null || !joined) {
            return null;
        }
        if (gap.strip().equalsIgnoreCase("and") && !BETWEEN.matcher(text.substring(Math.max(0, a.start() - 12), a.start())).find()) {
            return null;
        }
        TimeValue date = nowFirst ? b.value() : a.value();
        LocalDate begin = nowFirst ? anchor : date.begin();
        LocalDate end = nowFirst ? date.end() : anchor;
        if (end.isBefore(begin)) {
            return null;
        }
        String first = nowFirst ? anchor.toString() : date.value();
        String last = nowFirst ? date.value() : anchor.toString();
        String value = "(" + first + "," + last + "," + Ranges.length(begin, end, Granularity.DAY) + ")";
        return new When.Range(a.start(), b.end(), value, begin, end);
    }

    private static boolean isNow(Reading r) {
        return PRESENT.equals(r.value().value());
    }

    /** A date or period placed on the calendar, no clock time. */
    private static boolean isDate(Reading r) {
        TimeValue v = r.value();
        return v.type() == TimeType.DATE && v.begin() != null && v.value() != null && !v.value().startsWith("(");
    }
}
