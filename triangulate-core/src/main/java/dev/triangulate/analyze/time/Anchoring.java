package dev.triangulate.analyze.time;

import dev.triangulate.model.Granularity;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Places underspecified calendar expressions against the publication date. The rule throughout:
 * a clause in the past takes the latest occurrence not after the anchor, a clause in the future the
 * earliest not before it, and a clause with no tense cue the occurrence nearest to the anchor (ties
 * go to the past: news mostly reports what happened). Stateless.
 */
final class Anchoring {

    private Anchoring() {
    }

    /**
     * A month and day as written: of {@code year} when one is written (null for an impossible day), else
     * of the year the context's tense points to from the anchor; unplaced ({@code XXXX-MM-DD}) without
     * an anchor.
     */
    static TimeValue monthDay(Context c, String year, int month, int day) {
        if (year != null) {
            LocalDate date = safeDate(Integer.parseInt(year), month, day);
            return date == null ? null : TimeValue.day(date);
        }
        if (!c.known()) {
            return TimeValue.unplaced(String.format("XXXX-%02d-%02d", month, day), Granularity.DAY);
        }
        LocalDate date = dayOfYear(c.anchor(), month, day, c.tense());
        return date == null ? null : TimeValue.day(date);
    }

    /** Day {@code month}/{@code day} in the year the tense and the anchor point to; null if no such day. */
    static LocalDate dayOfYear(LocalDate anchor, int month, int day, Tense tense) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = safeDate(y, month, day);
            if (d != null && better(d, best, anchor, tense, 1)) {
                best = d;
            }
        }
        return best;
    }

    static YearMonth month(LocalDate anchor, int month, Tense tense) {
        YearMonth here = YearMonth.from(anchor);
        YearMonth best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            YearMonth m = YearMonth.of(y, month);
            if (best == null || betterMonth(m, best, here, tense)) {
                best = m;
            }
        }
        return best;
    }

    /** A weekday: "this"/"last"/"next" pick it in the anchor's, the previous or the next ISO week; else by tense. */
    static LocalDate weekday(LocalDate anchor, int isoDay, String determiner, Tense tense) {
        LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate inWeek = monday.plusDays(isoDay - 1L);
        return switch (determiner == null ? "" : determiner) {
            case "this" -> inWeek;
            case "last", "previous" -> inWeek.minusWeeks(1);
            case "past", "this past" -> anchor.with(TemporalAdjusters.previous(DayOfWeek.of(isoDay)));
            case "next", "following" -> inWeek.plusWeeks(1);
            case "coming" -> anchor.with(TemporalAdjusters.next(DayOfWeek.of(isoDay)));
            default -> weekdayByTense(anchor, isoDay, tense);
        };
    }

    /** A season named without a year: the current one if begun (the upcoming one in a future clause), else the last. */
    static TimeValue season(LocalDate anchor, String code, String determiner, Tense tense) {
        String det = determiner == null ? "" : determiner;
        TimeValue started = latestStarted(anchor, code);
        TimeValue next = TimeValue.season(Integer.parseInt(started.value().substring(0, 4)) + 1, code);
        boolean current = !anchor.isAfter(started.end());
        return switch (det) {
            case "next", "coming" -> next;
            case "last", "past", "previous" -> current ? TimeValue.season(started.begin().getYear() - 1, code) : started;
            case "this" -> current ? started : TimeValue.season(anchor.getYear(), code);
            default -> tense == Tense.FUTURE && !current ? next : started;
        };
    }

    private static TimeValue latestStarted(LocalDate anchor, String code) {
        for (int y = anchor.getYear(); ; y--) {
            TimeValue s = TimeValue.season(y, code);
            if (!s.begin().isAfter(anchor)) {
                return s;
            }
        }
    }

    private static LocalDate weekdayByTense(LocalDate anchor, int isoDay, Tense tense) {
        DayOfWeek dow = DayOfWeek.of(isoDay);
        LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(dow));
        LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(dow));
        return switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            case UNKNOWN -> ChronoUnit.DAYS.between(before, anchor) <= ChronoUnit.DAYS.between(anchor, after)
                    ? before : after;
        };
    }

    private static boolean better(LocalDate d, LocalDate best, LocalDate anchor, Tense tense, int slackDays) {
        if (best == null) {
            return true;
        }
        return switch (tense) {
            case PAST -> !d.isAfter(anchor.plusDays(slackDays)) && (best.isAfter(anchor.plusDays(slackDays)) || d.isAfter(best));
            case FUTURE -> !d.isBefore(anchor) && (best.isBefore(anchor) || d.isBefore(best));
            case UNKNOWN -> distance(d, anchor) < distance(best, anchor);
        };
    }

    private static boolean betterMonth(YearMonth m, YearMonth best, YearMonth here, Tense tense) {
        return switch (tense) {
            case PAST -> !m.isAfter(here) && (best.isAfter(here) || m.isAfter(best));
            case FUTURE -> !m.isBefore(here) && (best.isBefore(here) || m.isBefore(best));
            case UNKNOWN -> Math.abs(ChronoUnit.MONTHS.between(here, m)) < Math.abs(ChronoUnit.MONTHS.between(here, best));
        };
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
