package dev.triangulate.analyze.time;

import dev.triangulate.analyze.time.DateExtractor.Reading;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import dev.triangulate.text.Lexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Widens single readings by the words around them, for {@link DayTimes}: a clock time written after a day
 * that alone would be too bare to read ("23.04.2022 14:55", "Feb 1st no later than 6:00"), "the end of" before a
 * day ("end of tomorrow": {@code T23:59:59}), and a part of the day left alone after "in" ("in the morning"),
 * which is placed on the publication day as a clock time is; "or later" after a clock time. Stateless.
 */
final class Widenings {

    /** "the end of", written before a day. */
    private static final Pattern END_OF = Pattern.compile("(?i)(?<![\\p{L}])((?:the\\s+)?end\\s+of\\s+(?:the\\s+)?)$");
    /** "the week of", "week commencing", "w/c": a week named by a day in it, written before that day. */
    private static final Pattern WEEK_OF = Pattern.compile("(?i)(?<![\\p{L}/])((?:the\\s+)?(?:week\\s+(?:of|beginning|"
            + "commencing|starting(?:\\s+on)?)|w/c)\\s+)$");
    private static final Pattern CLOCK_AFTER = Pattern.compile("(?i)[ \\t]*,?[ \\t]*(?:(?:at|@|by|before|after|around|"
            + "(?:no|not)[ \\t]+later[ \\t]+than|(?:later|earlier)[ \\t]+than)[ \\t]*)?(?<h>[01]?\\d|2[0-3]):(?<m>[0-5]\\d)"
            + "(?::(?<s>[0-5]\\d))?(?![\\d:])(?:[ \\t]*(?<ap>[ap])\\.?[ \\t]?m\\b\\.?)?(?:[ \\t]+(?<y>(?:1[89]|20)\\d\\d)(?![\\d:.,]\\d))?");
    /** A year written in a day's own words: a year after its clock time ("Oct 26 15:50:06 2016") is then not its year. */
    private static final Pattern YEAR_IN_DAY = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final Pattern AFTER_IN = Pattern.compile("(?i)(?<![\\p{L}])in\\s+$");
    private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]+(\\p{Ll}+)");
    private static final Set<String> FOLLOWERS = Lexicon.lines("analyze/time/part-followers.txt");

    private static final Pattern OR_LATER = Pattern.compile("(?i)[ \\t]+or[ \\t]+(?:later|earlier)(?![\\p{L}\\p{N}])");

    private Widenings() {
    }

    /** Each day with the clock time written after it, where no other reading stands there. */
    static List<Reading> clocksAfterDays(String text, List<Reading> readings) {
        List<Reading> out = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            int next = i + 1 < readings.size() ? readings.get(i + 1).start() : text.length();
            out.add(withClockAfter(text, readings.get(i), next));
        }
        return out;
    }

    /** Each day after "the end of" as its last second; each part of the day alone placed on the publication day. */
    static List<Reading> endsAndParts(String text, LocalDate anchor, List<Reading> readings) {
        List<Reading> out = new ArrayList<>(readings.size());
        int previousEnd = 0;
        for (Reading r : readings) {
            Reading widened = orLater(text, alone(text, anchor, weekOf(text, previousEnd, endOfDay(text, r))));
            out.add(widened);
            previousEnd = widened.end();
        }
        return out;
    }

    /**
     * "23.04.2022 14:55", "Feb 1st no later than 6:00": a clock time written after a day, which alone would be too
     * bare to read (a score, a ratio), is that day's time; {@code next} is where the next reading starts.
     */
    private static Reading withClockAfter(String text, Reading r, int next) {
        if (!DayTimes.isDay(r) || r.value().value() == null || r.value().value().contains("T")) {
            return r;
        }
        Matcher m = CLOCK_AFTER.matcher(text).region(r.end(), next);
        if (!m.lookingAt()) {
            return r;
        }
        int h = Integer.parseInt(m.group("h"));
        String ap = m.group("ap");
        if (ap != null && (h == 0 || h > 12)) {
            return r;
        }
        h = ap == null ? h : Character.toLowerCase(ap.charAt(0)) == 'p' ? h % 12 + 12 : h % 12;
        String time = String.format("%02d:%s", h, m.group("m")) + (m.group("s") == null ? "" : ":" + m.group("s"));
        LocalDate begin = r.value().begin();
        int end = m.end();
        if (m.group("y") != null) { // the Unix form "Wed Oct 26 15:50:06 2016" writes the year last
            LocalDate inYear = begin == null || r.value().granularity() != Granularity.DAY
                    || YEAR_IN_DAY.matcher(text.substring(r.start(), r.end())).find() ? null : begin.withYear(Integer.parseInt(m.group("y")));
            if (inYear == null || inYear.getDayOfMonth() != begin.getDayOfMonth()) {
                end = m.start("y"); // not that day's year, or no such day in it (29 February)
            } else {
                begin = inYear;
            }
        }
        String day = begin != null ? begin.toString() : r.value().value();
        TimeValue v = new TimeValue(day + "T" + time, TimeType.TIME, Granularity.TIME, begin, begin);
        return new Reading(r.start(), text.substring(0, end).stripTrailing().length(), r.rule(), "clock-day", v);
    }

    /** "end of tomorrow", "the end of this Sunday": the last second of that day. */
    private static Reading endOfDay(String text, Reading r) {
        if (!DayTimes.isDay(r) || r.value().value() == null || r.value().value().startsWith("(")) {
            return r;
        }
        Matcher m = END_OF.matcher(text.substring(Math.max(0, r.start() - 20), r.start()));
        if (!m.find()) {
            return r;
        }
        String day = r.value().begin() != null ? r.value().begin().toString() : r.value().value();
        TimeValue v = new TimeValue(day + "T23:59:59", TimeType.TIME, Granularity.TIME, r.value().begin(), r.value().end());
        return new Reading(r.start() - m.group(1).length(), r.end(), r.rule(), "end-of-day", v);
    }

    /**
     * "the week of April 10th", "week commencing 4 February": the words belong to the day, which keeps its value
     * (the day that names the week, as TIMEX3 annotators and Recognizers read it).
     */
    private static Reading weekOf(String text, int previousEnd, Reading r) {
        if (!DayTimes.isDay(r) || r.value().value() == null || r.value().value().contains("T")) {
            return r;
        }
        Matcher m = WEEK_OF.matcher(text.substring(Math.min(r.start(), Math.max(previousEnd, r.start() - 30)), r.start()));
        if (!m.find()) {
            return r;
        }
        return new Reading(r.start() - m.group(1).length(), r.end(), r.rule(), r.kind(), r.value(), r.range());
    }

    /** "3 pm or later": the words belong to the clock time (they bound it, as "after 3 pm" does). */
    private static Reading orLater(String text, Reading r) {
        String v = r.value().value();
        Matcher m = OR_LATER.matcher(text).region(r.end(), text.length());
        if (r.value().type() != TimeType.TIME || v == null || !v.contains(":") || v.startsWith("(") || !m.lookingAt()) {
            return r;
        }
        return new Reading(r.start(), m.end(), r.rule(), r.kind(), r.value(), r.range());
    }

    /** A part of the day after "in" with no day beside it: the part of the publication day ("in the morning"). */
    private static Reading alone(String text, LocalDate anchor, Reading r) {
        boolean bareAfterIn = ClockRules.BARE_PART.equals(r.kind())
                && AFTER_IN.matcher(text.substring(Math.max(0, r.start() - 6), r.start())).find() && !modifies(text, r.end());
        String v = r.value().value();
        if (!bareAfterIn && !DayTimes.PART_ALONE.equals(r.kind()) || v == null || !v.startsWith("T")) {
            return r;
        }
        TimeValue placed = anchor == null ? new TimeValue(v, TimeType.TIME, Granularity.TIME, null, null)
                : TimeValue.clock(anchor, v.substring(1));
        return new Reading(r.start(), r.end(), r.rule(), DayTimes.PART_ALONE, placed, r.range());
    }

    /** True when a lower-case word other than {@link #FOLLOWERS} follows: "in morning trading" names no time. */
    private static boolean modifies(String text, int end) {
        Matcher m = NEXT_WORD.matcher(text).region(end, text.length());
        return m.lookingAt() && !FOLLOWERS.contains(m.group(1));
    }
}
