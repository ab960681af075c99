package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.OPT_SP;
import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.SP_BEHIND;
import static dev.triangulate.analyze.time.CalendarRules.group;
import static dev.triangulate.analyze.time.CalendarRules.lower;

import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;

/**
 * Rules for the parts of a day and clock times told in words: "early morning", "later in the afternoon",
 * "late this evening", "in the mornings", "next evening", "tonite", "the end of the day" / "EOD"
 * ({@code T23:59:59}), and "seven twenty-seven", "five-thirty", "one thirty p m". A part with no day is
 * read unplaced ({@code TMO}) and placed by {@link DayTimes}, which also joins it to a day beside it. A clock
 * time in words is only read after "at", "from", "to", "until" and the like or with am/pm, since "two thirty"
 * is otherwise as likely a count. Stateless apart from the word lists.
 */
final class DayPartRules {

    /** Words before a clock time told in words that make it one. */
    private static final Set<String> CLOCK_CUES = Set.of("at", "from", "to", "until", "till", "by", "around", "about", "and",
            "after", "before", "@");
    private static final java.util.regex.Pattern AT_THE = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])at\\s+(?:the\\s+)?$");
    private static final String TENS = "(?<tens>twenty|thirty|forty|fifty)";

    private final TimeWords w;
    private final String part;
    private final String units;
    private final String teens;
    private final String hours;

    DayPartRules(TimeWords words) {
        this.w = words;
        this.part = "(?<part>" + TimeWords.alternation(w.dayParts().keySet()) + ")";
        this.units = "(?<unit>" + TimeWords.alternation(numberWords(1, 9)) + ")";
        this.teens = "(?<teen>" + TimeWords.alternation(numberWords(10, 19)) + ")";
        this.hours = "(?<h>" + TimeWords.alternation(numberWords(1, 12)) + ")";
    }

    List<Rule> rules() {
        String minutes = "(?:(?:o|oh)[\\s-]+" + units.replace("<unit>", "<ounit>") + "|" + teens + "|" + TENS + "(?:[\\s-]+" + units + ")?)";
        String ap = "(?<ap>[ap]\\.?" + OPT_SP + "m\\b\\.?)";
        String spacedAp = "(?<ap>[ap]" + OPT_SP + "\\." + OPT_SP + "m\\b(?:" + OPT_SP + "\\.)?|[ap]" + OPT_SP + "m\\b)";
        String weekday = "(?<wd>" + TimeWords.alternation(fullWeekdays()) + ")";
        return List.of(
                Rule.of(DayTimes.PART_ALONE, "(?<mod>early|late|later|earlier)(?:" + SP + "in)?(?:" + SP + "(?<det>the|this))?" + SP
                        + part + "(?<plural>s)?", this::modified),
                Rule.of(DayTimes.PART_ALONE, "(?<=(?<![\\p{L}])in" + SP_BEHIND + ")(?:the" + SP + ")?" + part + "(?<plural>s)?", this::modified),
                Rule.of("weekday-parts", weekday + SP + part + "s", this::weekdayParts),
                Rule.of("weekdays-at", weekday + "s(?=" + SP + "at" + SP + "\\d)", this::weekdays),
                Rule.of("day-ap", "(?<rel>today|tomorrow|yesterday)" + SP + "(?<ap>[ap]m)", this::dayHalf),
                Rule.of("mid-night", "mid" + SP + "night", (m, c) -> TimeValue.clock(null, "00:00")),
                Rule.of("military-range", "(?<=(?<![\\p{L}])(?:between|from)" + SP_BEHIND + ")(?<h1>[01]\\d|2[0-3])(?<m1>[0-5]\\d)" + OPT_SP
                        + "(?:-|–|to|and)" + OPT_SP + "(?<h2>[01]\\d|2[0-3])(?<m2>[0-5]\\d)(?![\\d:/\\-]|[.,]\\d)", this::militaryRange),
                Rule.of("minutes-past", minutes + SP + "minutes?" + SP + "(?<dir>past|to)" + SP + hours, this::minutesPast),
                Rule.of("hour-ap", "(?<h>" + TimeWords.alternation(numberWords(1, 12)) + "|1[0-2]|0?[1-9])" + OPT_SP + spacedAp
                        + "(?![\\p{L}\\p{N}])", this::spokenClock),
                Rule.of("next-part", "(?<![\\p{L}]the" + SP_BEHIND + ")next" + SP + part, this::next),
                Rule.of("tonite", "tonite", (m, c) -> c.known() ? TimeValue.clock(c.anchor(), "NI")
                        : TimeValue.unplaced(null, Granularity.TIME)),
                Rule.of("end-of-day", "(?:the" + SP + ")?(?:end" + SP + "of" + SP + "(?:the" + SP + ")?day|eod)", this::endOfDay),
                Rule.of("spoken-clock", hours + "[\\s-]+" + minutes + "(?:" + SP + "minutes?)?(?:" + OPT_SP + ap + ")?(?![-‑]\\p{L})",
                        this::spokenClock));
    }

    /** "tomorrow am", "today pm": the morning or afternoon of that day. */
    private TimeValue dayHalf(MatchResult m, Context c) {
        if (!c.known()) {
            return TimeValue.unplaced(null, Granularity.TIME);
        }
        int shift = switch (lower(group(m, "rel"))) {
            case "tomorrow" -> 1;
            case "yesterday" -> -1;
            default -> 0;
        };
        return TimeValue.clock(c.anchor().plusDays(shift), lower(group(m, "ap")).startsWith("a") ? "MO" : "AF");
    }

    /** "between 0730-0930": a clock period in four-digit times; a year range ("1990-2000") never reads so. */
    private TimeValue militaryRange(MatchResult m, Context c) {
        int start = Integer.parseInt(group(m, "h1")) * 60 + Integer.parseInt(group(m, "m1"));
        int stop = Integer.parseInt(group(m, "h2")) * 60 + Integer.parseInt(group(m, "m2"));
        if (group(m, "h1").charAt(0) != '0' && group(m, "h2").charAt(0) != '0') {
            return null; // "between 1030-1130" reads as well as years: left to the year rules
        }
        String v = String.format("(T%02d:%02d,T%02d:%02d,%s)", start / 60, start % 60, stop / 60, stop % 60,
                ClockRules.length(Math.floorMod(stop - start, 24 * 60)));
        return new TimeValue(v, TimeType.TIME, Granularity.TIME, null, null);
    }

    /** "thirty-six minutes past eight", "twenty minutes to nine": clock times told with the word "minutes". */
    private TimeValue minutesPast(MatchResult m, Context c) {
        int mi = minutesOf(m);
        int h = number(group(m, "h"));
        int total = Math.floorMod(h * 60 + (lower(group(m, "dir")).equals("past") ? mi : -mi), 24 * 60);
        return mi == 0 || mi >= 60 ? null : TimeValue.clock(null, String.format("%02d:%02d", total / 60, total % 60));
    }

    /** "Tuesday afternoons": that part of every such day. */
    private TimeValue weekdayParts(MatchResult m, Context c) {
        return TimeValue.set("XXXX-WXX-" + w.weekdays().get(lower(group(m, "wd"))) + "T" + w.dayParts().get(lower(group(m, "part"))));
    }

    /** "Tuesdays at 9am": every Tuesday, read only before its clock time, which {@link DayTimes} joins. */
    private TimeValue weekdays(MatchResult m, Context c) {
        return TimeValue.set("XXXX-WXX-" + w.weekdays().get(lower(group(m, "wd"))));
    }

    /** The weekday names written in full ("monday"), whose plural is unambiguous. */
    private Set<String> fullWeekdays() {
        Set<String> out = new TreeSet<>();
        w.weekdays().keySet().stream().filter(k -> k.endsWith("day")).forEach(out::add);
        return out;
    }

    /** The number words ("one", "seven") for {@code from} to {@code to}, from the counting-word list. */
    private Set<String> numberWords(int from, int to) {
        Set<String> out = new TreeSet<>();
        for (Map.Entry<String, String> e : w.numbers().entrySet()) {
            if (e.getValue().matches("\\d+") && e.getKey().length() > 2 && e.getKey().matches("\\p{L}+")) {
                int n = Integer.parseInt(e.getValue());
                if (n >= from && n <= to) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    /** "early morning", "later in the afternoon" (a part of no stated day); "late this evening" (today's). */
    private TimeValue modified(MatchResult m, Context c) {
        String code = w.dayParts().get(lower(group(m, "part")));
        if ("this".equals(lower(group(m, "det")))) {
            return c.known() ? TimeValue.clock(c.anchor(), code) : TimeValue.unplaced(null, Granularity.TIME);
        }
        return new TimeValue("T" + code, TimeType.TIME, Granularity.TIME, null, null);
    }

    /** "next evening": tomorrow's ("the next morning" tells of the story's next day, not the reader's). */
    private TimeValue next(MatchResult m, Context c) {
        String code = w.dayParts().get(lower(group(m, "part")));
        return c.known() ? TimeValue.clock(c.anchor().plusDays(1), code) : TimeValue.unplaced(null, Granularity.TIME);
    }

    /** "by the end of the day", "EOD": the last second of the publication day; "at the end of the day" is an idiom. */
    private TimeValue endOfDay(MatchResult m, Context c) {
        String before = c.text().substring(Math.max(0, m.start() - 8), m.start());
        boolean idiom = lower(m.group()).contains("end") && AT_THE.matcher(before).find();
        if (idiom) {
            return null;
        }
        LocalDate a = c.anchor();
        return a == null ? TimeValue.unplaced(null, Granularity.TIME) : TimeValue.clock(a, "23:59:59");
    }

    /** "at seven twenty-seven", "from three thirty", "one thirty p m". */
    private TimeValue spokenClock(MatchResult m, Context c) {
        String ap = group(m, "ap");
        boolean cued = CLOCK_CUES.contains(c.wordBefore(m.start()));
        if (ap == null && !cued || !cued && lower(ap).equals("am") && !Character.isDigit(group(m, "h").charAt(0))) {
            return null; // "two thirty" is a count, "which one am I" no time
        }
        int h = Character.isDigit(group(m, "h").charAt(0)) ? Integer.parseInt(group(m, "h")) : number(group(m, "h"));
        int mi = hasMinutes(m) ? minutesOf(m) : 0;
        if (ap != null) {
            h = lower(ap).startsWith("p") ? h % 12 + 12 : h % 12;
        }
        return TimeValue.clock(null, String.format("%02d:%02d", h, mi));
    }

    private int minutesOf(MatchResult m) {
        if (group(m, "teen") != null) {
            return number(group(m, "teen"));
        }
        if (group(m, "ounit") != null) {
            return number(group(m, "ounit"));
        }
        return number(group(m, "tens")) + (group(m, "unit") != null ? number(group(m, "unit")) : 0);
    }

    private static boolean hasMinutes(MatchResult m) {
        return group(m, "teen") != null || group(m, "ounit") != null || group(m, "tens") != null;
    }

    private int number(String word) {
        return Integer.parseInt(w.numbers().get(TimeWords.key(word)));
    }
}
