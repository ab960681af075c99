package dev.triangulate.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a calendar day from the date strings pages put in metadata, URLs and time elements: ISO 8601
 * (the day as written, before any time zone shift), slashed or compact numeric days, and English
 * month-name forms ("18 November 2019", "Nov. 18, 2019"). Stateless and thread-safe.
 */
final class DateText {

    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)(?!\\d)");
    private static final int MAX_MONTH = 12;
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?!\\d)");
    private static final Pattern URL_DAY = Pattern.compile(
            "/((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})(?:/|$)|/((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d|-\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+((?:19|20)\\d\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DateText() {
    }

    /** The first day written in {@code s}, if any. */
    static Optional<LocalDate> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> iso = numeric(ISO.matcher(s));
        if (iso.isPresent()) {
            return iso;
        }
        Optional<LocalDate> named = named(s);
        if (named.isPresent()) {
            return named;
        }
        Optional<LocalDate> dayMonthYear = dayFirst(s).or(() -> slashed(s));
        return dayMonthYear.isPresent() ? dayMonthYear : numeric(COMPACT.matcher(s));
    }

    /** "17.05.2021": dotted days are written day first wherever they are used. */
    private static Optional<LocalDate> dayFirst(String s) {
        Matcher m = DAY_FIRST.matcher(s);
        return m.find() ? day(m.group(3), m.group(2), m.group(1)) : Optional.empty();
    }

    /**
     * "10/31/2024" or "31/10/2024": read only when one side cannot be a month, since the order of
     * slashed days differs between countries and a wrong guess is worse than none.
     */
    private static Optional<LocalDate> slashed(String s) {
        Matcher m = SLASHED.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (first > MAX_MONTH && second <= MAX_MONTH) {
            return day(m.group(3), m.group(2), m.group(1));
        }
        return second > MAX_MONTH && first <= MAX_MONTH ? day(m.group(3), m.group(1), m.group(2)) : Optional.empty();
    }

    /** A day in a URL path such as {@code /2019/11/18/} or {@code /2019-11-18-slug}. */
    static Optional<LocalDate> inUrl(String url) {
        Matcher m = URL_DAY.matcher(url == null ? "" : url);
        if (!m.find()) {
            return Optional.empty();
        }
        return m.group(1) != null ? day(m.group(1), m.group(2), m.group(3)) : day(m.group(4), m.group(5), m.group(6));
    }

    private static Optional<LocalDate> numeric(Matcher m) {
        return m.find() ? day(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static Optional<LocalDate> named(String s) {
        Matcher dm = DAY_MONTH.matcher(s);
        if (dm.find()) {
            Optional<LocalDate> d = monthDay(dm.group(3), dm.group(2), dm.group(1));
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher md = MONTH_DAY.matcher(s);
        while (md.find()) {
            Optional<LocalDate> d = monthDay(md.group(3), md.group(1), md.group(2));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> monthDay(String year, String monthName, String day) {
        String key = monthName.toLowerCase(Locale.ROOT);
        Integer month = key.length() >= 3 ? MONTHS.get(key.substring(0, 3)) : null;
        return month == null ? Optional.empty() : day(year, String.valueOf(month), day);
    }

    private static Optional<LocalDate> day(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
