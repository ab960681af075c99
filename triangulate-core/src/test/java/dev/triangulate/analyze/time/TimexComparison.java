package dev.triangulate.analyze.time;

import dev.triangulate.model.Granularity;
import dev.triangulate.model.When;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether one of our {@link When}s states the same time as a Recognizers-Text TIMEX value, forgiving
 * only differences of notation between the two conventions:
 * <ul>
 *   <li>Recognizers leaves what the text does not say unresolved ({@code XXXX-05}, {@code XXXX-WXX-5} for
 *       "Friday", {@code XXXX-XX-18} for "the 18th", {@code T15} for "3pm"); we resolve against the
 *       publication date (news reconciliation needs a calendar day). An unresolved part matches any
 *       resolved value that agrees on what was stated: the month, the weekday, the day of the month, the
 *       clock time.</li>
 *   <li>An unstated count ("a few hours", "several weeks") is {@code PT3H} there, {@code PTXH} here (TIMEX3's
 *       placeholder); they match when the unit agrees.</li>
 *   <li>An hour is written {@code T20} there and {@code T20:00} here; zero seconds are written out there.</li>
 *   <li>A period is written {@code (start,end,duration)} there with an exclusive end that, after "to", is the
 *       start of the last named period ("2014 to 2018" is {@code (2014-01-01,2018-01-01,P4Y)}). We keep
 *       the first and last covered day ({@link When#begin()}, {@link When#end()}, inclusive): they match
 *       when the starts agree and the end is either the day after our end or the start of our last
 *       {@link When#granularity()} unit. The duration is then implied by the ends and not compared.</li>
 *   <li>A week of a month is written {@code 2016-07-W05} there (weeks counted from the one holding the 1st)
 *       and as its ISO week {@code 2016-W30} here, as TimeML writes it: they match when they start on the
 *       same Monday.</li>
 *   <li>A length in years, quarters or months is the same length however written ({@code P0.5Y} there,
 *       {@code P6M} here; {@code P3M} and {@code P1Q}); "every weekend" is {@code P1WE} there and TIMEX3's
 *       {@code XXXX-WXX-WE} here.</li>
 *   <li>A clock range is written {@code (T15,T16,PT1H)} in both, ours with the day placed; compared part
 *       by part, durations exactly.</li>
 * </ul>
 * Stateless.
 */
final class TimexComparison {

    private static final Pattern RANGE = Pattern.compile("\\(([^,]*),([^,]*),([^,]*)\\)");

    private TimexComparison() {
    }

    static boolean same(String expected, When ours) {
        String v = ours.value();
        if (v == null) {
            return false;
        }
        Matcher mw = MONTH_WEEK.matcher(expected);
        if (mw.matches()) {
            return sameMonthWeek(mw, ours);
        }
        Matcher e = RANGE.matcher(expected);
        if (!e.matches()) {
            return samePoint(expected, v);
        }
        Matcher o = RANGE.matcher(v);
        if (o.matches() && samePoint(e.group(1), o.group(1)) && samePoint(e.group(2), o.group(2))
                && (!expected.contains("T") || clock(e.group(3)).equals(clock(o.group(3))))) {
            return true;
        }
        return !e.group(1).contains("T") && samePeriod(e.group(1), e.group(2), ours);
    }

    private static final Pattern MONTH_WEEK = Pattern.compile("(\\d{4}|XXXX)-(\\d\\d)-W(\\d\\d)");

    private static boolean sameMonthWeek(Matcher mw, When ours) {
        if (ours.granularity() != Granularity.WEEK || ours.begin() == null) {
            return false;
        }
        LocalDate thursday = ours.begin().plusDays(3);
        int year = mw.group(1).equals("XXXX") ? thursday.getYear() : Integer.parseInt(mw.group(1));
        LocalDate first = LocalDate.of(year, Integer.parseInt(mw.group(2)), 1)
                .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        return first.plusWeeks(Integer.parseInt(mw.group(3)) - 1L).equals(ours.begin());
    }

    private static boolean samePeriod(String start, String end, When ours) {
        if (ours.begin() == null || ours.end() == null) {
            return false;
        }
        boolean startOk = samePoint(start, ours.begin().toString());
        boolean endOk = samePoint(end, ours.end().plusDays(1).toString())
                || samePoint(end, lastUnitStart(ours.end(), ours.granularity()).toString());
        return startOk && endOk;
    }

    private static LocalDate lastUnitStart(LocalDate end, Granularity g) {
        return switch (g) {
            case WEEK -> end.minusDays(6);
            case MONTH -> end.withDayOfMonth(1);
            case SEASON, QUARTER -> end.withDayOfMonth(1).minusMonths(2);
            case HALF -> end.withDayOfMonth(1).minusMonths(5);
            case YEAR, DECADE, CENTURY -> end.with(TemporalAdjusters.firstDayOfYear());
            default -> end;
        };
    }

    /** One point or period value, with placeholders, weekdays, clock-only and hour notation forgiven. */
    static boolean samePoint(String expected, String ours) {
        String e = clock(expected);
        String o = clock(ours);
        if (e.equals(o) || sameLength(e, o) || e.equals("P1WE") && o.equals("XXXX-WXX-WE")) {
            return true;
        }
        if (e.startsWith("T") && o.matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
            return e.equals(o.substring(10));
        }
        Matcher wd = Pattern.compile("XXXX-WXX-(\\d)(T.*)?").matcher(e);
        if (wd.matches()) {
            return sameWeekday(Integer.parseInt(wd.group(1)), wd.group(2), o);
        }
        Matcher dom = Pattern.compile("XXXX-XX-(\\d\\d)(T.*)?").matcher(e);
        if (dom.matches()) {
            return o.length() >= 10 && o.substring(8).equals(e.substring(8));
        }
        if (o.matches("PT?X[A-Z]+") && e.matches("PT?\\d+[A-Z]+")) {
            return e.replaceAll("\\d+", "X").equals(o);
        }
        return placeholderYear(e, o);
    }

    private static final Pattern LENGTH = Pattern.compile("P(\\d+(?:\\.\\d+)?)([YQM])");

    private static boolean sameLength(String e, String o) {
        Matcher a = LENGTH.matcher(e);
        Matcher b = LENGTH.matcher(o);
        return a.matches() && b.matches() && months(a).compareTo(months(b)) == 0;
    }

    private static java.math.BigDecimal months(Matcher m) {
        int per = switch (m.group(2)) {
            case "Y" -> 12;
            case "Q" -> 3;
            default -> 1;
        };
        return new java.math.BigDecimal(m.group(1)).multiply(java.math.BigDecimal.valueOf(per));
    }

    private static boolean sameWeekday(int isoDay, String time, String ours) {
        if (ours.length() < 10 || !ours.substring(0, 10).matches("\\d{4}-\\d\\d-\\d\\d")) {
            return false;
        }
        LocalDate d = LocalDate.parse(ours.substring(0, 10));
        String rest = ours.substring(10);
        return d.getDayOfWeek().getValue() == isoDay && rest.equals(time == null ? "" : time);
    }

    private static boolean placeholderYear(String e, String o) {
        if (e.length() != o.length()) {
            return false;
        }
        for (int i = 0; i < e.length(); i++) {
            if (e.charAt(i) != o.charAt(i) && !(e.charAt(i) == 'X' && i < 4 && Character.isDigit(o.charAt(i)))) {
                return false;
            }
        }
        return true;
    }

    /** {@code T20:00:00} and {@code T20:00} are written {@code T20}; {@code T11:30:00} is {@code T11:30}. */
    private static String clock(String v) {
        return v.replaceAll("(T\\d\\d:\\d\\d):00(?=$|[,)Z])", "$1").replaceAll("T(\\d\\d):00(?=$|[,)Z])", "T$1");
    }
}
