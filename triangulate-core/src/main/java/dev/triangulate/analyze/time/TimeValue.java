package dev.triangulate.analyze.time;

import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A resolved time expression before it is tied to a span: TIMEX3 value, type, granularity and the
 * inclusive calendar days it covers. The factories fix the value conventions in one place:
 * <ul>
 *   <li>day {@code 2024-11-17}; month {@code 2024-10}; ISO week {@code 2024-W47}; year {@code 2024}</li>
 *   <li>season {@code 2024-SU} (meteorological: SP Mar-May, SU Jun-Aug, FA Sep-Nov, WI Dec-Feb,
 *       winter belonging to the year of its December)</li>
 *   <li>quarter {@code 2024-Q3}; half {@code 2024-H1}; decade {@code 199} (TIMEX3's
 *       three digits); century {@code 19XX}</li>
 *   <li>time of day {@code 2024-11-17T15:30}, part of day {@code 2024-11-17TMO}; without a known day
 *       {@code T15:30}</li>
 *   <li>durations {@code P3D}, {@code PT24H}, {@code PXM} (unstated count); sets {@code P1W},
 *       {@code XXXX-WXX-1} (every Monday)</li>
 *   <li>a date whose year cannot be known (no publication date) {@code XXXX-11-17}, {@code XXXX-10}</li>
 * </ul>
 */
record TimeValue(String value, TimeType type, Granularity granularity, LocalDate begin, LocalDate end) {

    static TimeValue day(LocalDate d) {
        return new TimeValue(d.toString(), TimeType.DATE, Granularity.DAY, d, d);
    }

    static TimeValue month(YearMonth m) {
        return new TimeValue(m.toString(), TimeType.DATE, Granularity.MONTH, m.atDay(1), m.atEndOfMonth());
    }

    static TimeValue week(LocalDate any) {
        LocalDate monday = any.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String v = String.format("%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new TimeValue(v, TimeType.DATE, Granularity.WEEK, monday, monday.plusDays(6));
    }

    static TimeValue year(int y) {
        return new TimeValue(String.format("%04d", y), TimeType.DATE, Granularity.YEAR,
                LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    static TimeValue season(int y, String code) {
        int firstMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        LocalDate begin = LocalDate.of(y, firstMonth, 1);
        return new TimeValue(String.format("%04d-%s", y, code), TimeType.DATE, Granularity.SEASON,
                begin, begin.plusMonths(3).minusDays(1));
    }

    /** The season containing {@code d}; January and February belong to the previous year's winter. */
    static TimeValue seasonOf(LocalDate d) {
        int m = d.getMonthValue();
        String code = m >= 3 && m <= 5 ? "SP" : m >= 6 && m <= 8 ? "SU" : m >= 9 && m <= 11 ? "FA" : "WI";
        return season(m <= 2 ? d.getYear() - 1 : d.getYear(), code);
    }

    static TimeValue quarter(int y, int q) {
        LocalDate begin = LocalDate.of(y, 3 * (q - 1) + 1, 1);
        return new TimeValue(String.format("%04d-Q%d", y, q), TimeType.DATE, Granularity.QUARTER,
                begin, begin.plusMonths(3).minusDays(1));
    }

    static TimeValue half(int y, int h) {
        LocalDate begin = LocalDate.of(y, h == 1 ? 1 : 7, 1);
        return new TimeValue(String.format("%04d-H%d", y, h), TimeType.DATE, Granularity.HALF,
                begin, begin.plusMonths(6).minusDays(1));
    }

    static TimeValue decade(int firstYear) {
        return new TimeValue(String.format("%03d", firstYear / 10), TimeType.DATE, Granularity.DECADE,
                LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + 9, 12, 31));
    }

    static TimeValue century(int firstYear) {
        return new TimeValue(String.format("%02dXX", firstYear / 100), TimeType.DATE, Granularity.CENTURY,
                LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + 99, 12, 31));
    }

    static TimeValue clock(LocalDate day, String time) {
        String v = day == null ? "T" + time : day + "T" + time;
        return new TimeValue(v, TimeType.TIME, Granularity.TIME, day, day);
    }

    static TimeValue duration(String value) {
        return new TimeValue(value, TimeType.DURATION, granularityOf(value), null, null);
    }

    static TimeValue set(String value) {
        return new TimeValue(value, TimeType.SET, granularityOf(value), null, null);
    }

    static TimeValue unplaced(String value, Granularity g) {
        return new TimeValue(value, TimeType.DATE, g, null, null);
    }

    /** The same value, covering only {@code [from, to]} of its period (clipped to it): "late October". */
    TimeValue narrowed(LocalDate from, LocalDate to) {
        if (begin == null) {
            return this;
        }
        LocalDate b = from.isBefore(begin) ? begin : from;
        LocalDate e = to.isAfter(end) ? end : to;
        return e.isBefore(b) ? this : new TimeValue(value, type, granularity, b, e);
    }

    /** Early / mid / late thirds of the period. */
    TimeValue part(String modifier) {
        if (begin == null || modifier == null) {
            return this;
        }
        long days = end.toEpochDay() - begin.toEpochDay() + 1;
        long third = Math.max(1, days / 3);
        return switch (modifier) {
            case "early", "beginning", "start" -> narrowed(begin, begin.plusDays(third - 1));
            case "mid", "middle" -> narrowed(begin.plusDays(third), end.minusDays(third));
            case "late", "end" -> narrowed(end.minusDays(third - 1), end);
            default -> this;
        };
    }

    private static Granularity granularityOf(String value) {
        if (value.contains("T")) {
            return Granularity.TIME;
        }
        char unit = value.charAt(value.length() - 1);
        return switch (unit) {
            case 'D' -> Granularity.DAY;
            case 'W' -> Granularity.WEEK;
            case 'M' -> Granularity.MONTH;
            case 'Q' -> Granularity.QUARTER;
            default -> value.contains("WXX") ? Granularity.DAY : Granularity.YEAR;
        };
    }
}
