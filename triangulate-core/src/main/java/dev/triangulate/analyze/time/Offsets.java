package dev.triangulate.analyze.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Counts of calendar units from a day: "two months ago" names the month (as TimeML annotates a count back),
 * while "in two months", "two months from now" and "three weeks after tomorrow" name the day. Stateless.
 */
final class Offsets {

    private Offsets() {
    }

    static TimeValue dayOffset(LocalDate base, long k, String code) {
        return switch (code) {
            case "D" -> TimeValue.day(base.plusDays(k));
            case "W" -> TimeValue.day(base.plusWeeks(k));
            case "2W" -> TimeValue.day(base.plusWeeks(2 * k));
            case "M" -> TimeValue.day(base.plusMonths(k));
            case "Y" -> TimeValue.day(base.plusYears(k));
            default -> null;
        };
    }

    static TimeValue forward(LocalDate a, int n, String code) {
        return code.endsWith("0Y") ? offset(a, n, code) : dayOffset(a, n, code); // decades stay years
    }

    static TimeValue offset(LocalDate a, int n, String code) {
        return switch (code) {
            case "D", "W", "2W" -> dayOffset(a, n, code);
            case "M" -> TimeValue.month(YearMonth.from(a).plusMonths(n));
            case "Y" -> TimeValue.year(a.getYear() + n);
            case "10Y" -> TimeValue.year(a.getYear() + 10 * n);
            case "100Y" -> TimeValue.year(a.getYear() + 100 * n);
            default -> null;
        };
    }
}
