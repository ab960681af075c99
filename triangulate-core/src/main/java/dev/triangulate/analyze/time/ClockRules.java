package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.OPT_SP;
import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.group;
import static dev.triangulate.analyze.time.CalendarRules.lower;

import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Rules for clock times beyond "3 p.m." and "15:30": clock ranges ("3-5pm", "from 9 to 11 am", "between
 * 10:30 and 11:45"), hours told in words or by the part of the day ("seven o'clock", "half past seven",
 * "10 past 9", "5 in the morning"), and a bare hour after "at" ("Sunday at 5"), which is only kept when a
 * day or part of the day stands beside it ({@link Compounds}). A clock range is read as a
 * {@code (T15:00,T17:00,PT2H)} value that the extractor places on its day and splits into its first end
 * and the period. Stateless apart from the word lists.
 */
final class ClockRules {

    /** The kind of a bare hour ("at 5"): dropped unless a day or part of the day joins it. */
    static final String BARE = "bare-hour";
    /** The kind of a part of the day with no day ("in the morning"): dropped unless a day or clock time joins it. */
    static final String BARE_PART = "bare-part";
    /** The kind of a clock range with no am/pm and no "from" ("Monday 3-8"): dropped unless a day joins it. */
    static final String BARE_RANGE = "bare-clock-range";

    /** Kinds that are times only beside a day or part of the day. */
    static boolean needsDay(String kind) {
        return BARE.equals(kind) || BARE_PART.equals(kind) || BARE_RANGE.equals(kind);
    }

    /** Words that may follow a clock time told as "ten to nine" without making it a count. */
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("tonight", "today", "tomorrow", "yesterday",
            "this", "in", "at", "on", "and", "or", "am", "pm", "a", "p", "gmt", "utc");
    /** "pm", "p.m.", "p m", "p": a dot after the m only when the letters are dotted ("5pm." ends a sentence). */
    private static final String AP = "(?:[ap](?:\\." + OPT_SP + "m\\b\\.?|" + OPT_SP + "m\\b)?)";

    private final TimeWords w;
    private final String hourWord;

    ClockRules(TimeWords words) {
        this.w = words;
        this.hourWord = "(?:[01]?\\d|2[0-3]|" + TimeWords.alternation(clockNumbers(w, 12)) + ")";
    }

    List<Rule> rules() {
        String end1 = "(?<h1>[01]?\\d|2[0-3])(?:[:.](?<m1>[0-5]\\d))?(?:" + OPT_SP + "(?<ap1>" + AP + "))?";
        String end2 = "(?<h2>[01]?\\d|2[0-3])(?:[:.](?<m2>[0-5]\\d))?(?:" + OPT_SP + "(?<ap2>" + AP + "))?";
        return List.of(
                Rule.of("clock-range", "(?<![/\\-.]\\d{0,2})(?:(?<=(?<intro>from|between)[^\\S\\n]{1,4}))?" + end1 + OPT_SP
                        + "(?:-|–|~|to|and|until|till)" + OPT_SP + end2 + "(?:" + SP + "(?<part>in" + SP + "the" + SP
                        + "(?:morning|afternoon|evening)))?(?![/\\-.]\\d)", this::range),
                Rule.of(BARE_RANGE, "(?<![/\\-.]\\d{0,2})" + end1.replace("(?:" + OPT_SP + "(?<ap1>" + AP + "))?", "")
                        + OPT_SP + "(?:-|–|to)" + OPT_SP + end2.replace("(?:" + OPT_SP + "(?<ap2>" + AP + "))?", "")
                        + "(?![/\\-.:]\\d|" + OPT_SP + "[ap]\\.?m)", this::range),
                Rule.of("oclock", "(?<h>" + hourWord + ")" + OPT_SP + "o['’]?" + OPT_SP + "clock(?:" + SP + "(?<part>in" + SP
                        + "the" + SP + "(?:morning|afternoon|evening)|at" + SP + "night))?", this::hour),
                Rule.of("part-hour", "(?<!\\d[.,])(?<h>" + hourWord + ")(?:[:.](?<mi>[0-5]\\d))?" + SP + "(?<part>in" + SP + "the" + SP
                        + "(?:morning|afternoon|evening)|at" + SP + "night)", this::hour),
                Rule.of("past-to", "(?<![:./])(?<mi>quarter|half|\\d{1,2}|" + TimeWords.alternation(clockNumbers(w, 59)) + ")(?:" + SP
                        + "min(?:ute)?s?)?" + SP + "(?<dir>past|after|to|before)" + SP + "(?<h>" + hourWord + ")(?:" + OPT_SP
                        + "o['’]?" + OPT_SP + "clock)?(?:" + SP + "(?<part>in" + SP + "the" + SP
                        + "(?:morning|afternoon|evening)|at" + SP + "night))?", this::pastTo),
                Rule.of(BARE_PART, "(?<=(?:in|at|on)[^\\S\\n]{1,3})(?:the" + SP + ")?(?<part>morning|afternoon|evening|night)",
                        (m, c) -> new TimeValue("T" + w.dayParts().get(lower(group(m, "part"))), TimeType.TIME, Granularity.TIME,
                                null, null)),
                Rule.of(BARE, "(?<h>[01]?\\d|2[0-3])(?:[:.](?<mi>[0-5]\\d))?(?![:.,%]?\\d|%)", this::bare));
    }

    /** Number words from one to {@code max} ("a", "a few" and "dozens" are no clock numbers). */
    private static java.util.Set<String> clockNumbers(TimeWords w, int max) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        w.numbers().forEach((k, v) -> {
            if (v.matches("\\d{1,2}") && Integer.parseInt(v) >= 1 && Integer.parseInt(v) <= max && k.length() > 2) {
                out.add(k);
            }
        });
        return out;
    }

    private TimeValue range(MatchResult m, Context c) {
        boolean marked = group(m, "ap1") != null || group(m, "ap2") != null || group(m, "part") != null
                || group(m, "m1") != null && group(m, "m2") != null;
        if (!marked && (group(m, "intro") == null && !bareRangeRule(m) || Integer.parseInt(group(m, "h1")) > 12
                || Integer.parseInt(group(m, "h2")) > 12)) {
            return null; // "3-5" alone is a score or a count, "from 4-23" a run of days
        }
        int first = Integer.parseInt(group(m, "h1"));
        if (bareRangeRule(m) && Integer.parseInt(group(m, "h2")) <= first && first < 11) {
            return null; // "won 3-1": a score; a bare clock range runs forward ("3-8", "11-4", "12-4")
        }
        String ap2 = ap(group(m, "ap2"), group(m, "part"));
        String ap1 = group(m, "ap1") != null ? ap(group(m, "ap1"), null) : ap2;
        int h1 = hour(Integer.parseInt(group(m, "h1")), ap1);
        int h2 = hour(Integer.parseInt(group(m, "h2")), ap2);
        if (h1 < 0 || h2 < 0) {
            return null;
        }
        int m1 = group(m, "m1") == null ? 0 : Integer.parseInt(group(m, "m1"));
        int m2 = group(m, "m2") == null ? 0 : Integer.parseInt(group(m, "m2"));
        if (group(m, "ap1") == null && group(m, "ap2") != null && h1 * 60 + m1 > h2 * 60 + m2 && h1 >= 12) {
            h1 -= 12; // "10-4pm": the morning's ten
        }
        if ("a".equals(ap1) && "a".equals(ap2) && h2 == 0 && m2 == 0 && h1 > 0) {
            h2 = 12; // "10am-12am": a morning that runs to midnight would be a 14-hour span; the writer means noon
        }
        if (ap1 == null && ap2 == null && h2 < h1 && h2 < 12) {
            h2 += 12; // "from 10:30 to 3": the afternoon's three
        }
        int minutes = Math.floorMod(h2 * 60 + m2 - h1 * 60 - m1, 24 * 60);
        String v = "(T" + hhmm(h1, m1) + ",T" + hhmm(h2, m2) + "," + length(minutes) + ")";
        return new TimeValue(v, TimeType.TIME, Granularity.TIME, null, null);
    }

    private TimeValue hour(MatchResult m, Context c) {
        int h = hourNumber(group(m, "h"));
        String mi = group(m, "mi");
        int hh = hour(h, ap(null, group(m, "part")));
        return hh < 0 ? null : TimeValue.clock(null, hhmm(hh, mi == null ? 0 : Integer.parseInt(mi)));
    }

    private TimeValue pastTo(MatchResult m, Context c) {
        String mw = lower(group(m, "mi"));
        int minutes = switch (mw) {
            case "quarter" -> 15;
            case "half" -> 30;
            default -> Integer.parseInt(w.numbers().getOrDefault(mw, mw));
        };
        int h = hour(hourNumber(group(m, "h")), ap(null, group(m, "part")));
        if (minutes >= 60 || h < 0) {
            return null;
        }
        String dir = lower(group(m, "dir"));
        boolean cued = group(m, "part") != null || m.group().toLowerCase(java.util.Locale.ROOT).contains("clock");
        if (!cued && (minutes % 5 != 0 || !c.wordAfter(m.end()).isEmpty() && !TIME_WORDS.contains(c.wordAfter(m.end())))) {
            return null; // "two to four people": a count
        }
        int total = Math.floorMod(h * 60 + (dir.equals("past") || dir.equals("after") ? minutes : -minutes), 24 * 60);
        if (!dir.equals("past") && !dir.equals("to") && group(m, "part") == null) {
            return null; // "ten after nine" needs more than this to be a clock time
        }
        return TimeValue.clock(null, hhmm(total / 60, total % 60));
    }

    /** The unmarked-range rule has no am/pm groups; its matches are kept only beside a day. */
    private static boolean bareRangeRule(MatchResult m) {
        return !hasGroup(m, "ap1");
    }

    private static boolean hasGroup(MatchResult m, String name) {
        try {
            m.group(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** "at 5", "around 8:30": a clock time only when a day or part of day stands beside it. */
    private TimeValue bare(MatchResult m, Context c) {
        String before = c.wordBefore(m.start());
        if (!before.equals("at") && !before.equals("around") && !before.equals("@")) {
            return null;
        }
        int h = Integer.parseInt(group(m, "h"));
        String mi = group(m, "mi");
        return TimeValue.clock(null, hhmm(h, mi == null ? 0 : Integer.parseInt(mi)));
    }

    private int hourNumber(String word) {
        String k = lower(word);
        return Integer.parseInt(w.numbers().getOrDefault(k, k));
    }

    /** "p", "pm", "p.m.", or the part of the day ("in the evening") -> "p"; "a..." or "morning" -> "a"; else null. */
    private static String ap(String marker, String part) {
        if (marker != null) {
            return lower(marker).startsWith("p") ? "p" : "a";
        }
        if (part == null) {
            return null;
        }
        String p = lower(part);
        return p.endsWith("morning") ? "a" : "p";
    }

    /** The 24-hour hour for {@code h} with an am/pm marker, or -1 when impossible ("15 pm"). */
    private static int hour(int h, String ap) {
        if (ap == null) {
            return h > 23 ? -1 : h;
        }
        if (h == 0 || h > 12) {
            return -1;
        }
        return ap.equals("p") ? h % 12 + 12 : h % 12;
    }

    private static String hhmm(int h, int m) {
        return String.format("%02d:%02d", h, m);
    }

    static String length(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        return "PT" + (h > 0 ? h + "H" : "") + (m > 0 || h == 0 ? m + "M" : "");
    }
}
