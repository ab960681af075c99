package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.group;
import static dev.triangulate.analyze.time.CalendarRules.lower;

import dev.triangulate.model.Granularity;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Rules for lengths of time written tersely or loosely, beside the plain ones of {@link SpanRules}: "3h",
 * "3.5years", "10D" ({@code PT3H}, {@code P3.5Y}, {@code P10D}; a one-letter unit needs a length cue before it,
 * since "3D" is also a printer), "all day" and "all month" ({@code P1D}, {@code P1M}), "for another day",
 * "one and a quarter years" and "one hour and a half" ({@code P1.25Y}, {@code PT1.5H}), "each quarter"
 * ({@code P3M}); and times named only by reference to another: "the same week" ({@code XXXX-WXX}),
 * "that weekend" ({@code XXXX-WXX-WE}). Stateless apart from the word lists.
 */
final class LooseSpanRules {

    private static final String UNIT = "(?<unit>day|week|month|year|hour|minute|decade)";

    private final TimeWords w;
    private final String count;

    LooseSpanRules(TimeWords words) {
        this.w = words;
        this.count = "(?<n>\\d{1,3}|" + TimeWords.alternation(w.numbers().keySet()) + ")";
    }

    List<Rule> rules() {
        String fraction = "and" + SP + "(?:a" + SP + ")?(?:(?<half>half)|(?<quarter>quarter))";
        return List.of(
                Rule.of("compact-length", "(?<n>\\d{1,4}(?:\\.\\d+)?)(?<u>h|hrs?|d|w|y|years?|months?|weeks?|days?|hours?|minutes?|mins?)",
                        this::compact),
                Rule.of("all-unit", "all" + SP + UNIT, (m, c) -> TimeValue.duration(length("1", lower(group(m, "unit"))))),
                Rule.of("another-unit", "another" + SP + UNIT, this::another),
                Rule.of("fraction-before", count + SP + fraction + SP + UNIT + "s?", this::fraction),
                Rule.of("fraction-after", count + SP + UNIT + "s?" + SP + fraction, this::fraction),
                Rule.of("each-quarter", "(?:every|each)" + SP + "quarter", (m, c) -> TimeValue.set("P3M")),
                Rule.of("weekends", "(?:(?<any>any|all)" + SP + ")?weekends?", this::weekends),
                Rule.of("every-n-weekends", "every" + SP + count + SP + "weekends", this::weekendCount),
                Rule.of("n-weekends", count + SP + "weekends", this::weekendCount),
                Rule.of("same-unit", "(?:same|that)" + SP + "(?<ref>week|month|year|weekend)", this::same));
    }

    private TimeValue compact(MatchResult m, Context c) {
        String u = lower(group(m, "u"));
        if (u.length() <= 3 && !w.lengthCues().contains(c.wordBefore(m.start())) && !c.wordBefore(m.start()).equals("lasted")) {
            return null; // "3D printing", "4h" as a grade: a one-letter unit needs "for", "within", "lasted"...
        }
        String unit = switch (u.charAt(0)) {
            case 'h' -> "hour";
            case 'd' -> "day";
            case 'w' -> "week";
            case 'y' -> "year";
            default -> u.startsWith("mo") ? "month" : "minute";
        };
        return TimeValue.duration(length(group(m, "n"), unit));
    }

    private TimeValue another(MatchResult m, Context c) {
        if (!w.lengthCues().contains(c.wordBefore(m.start()))) {
            return null; // "on another day": some other day, not a length
        }
        return TimeValue.duration(length("1", lower(group(m, "unit"))));
    }

    private TimeValue fraction(MatchResult m, Context c) {
        String n = w.numbers().getOrDefault(lower(group(m, "n")), group(m, "n"));
        if (!n.matches("\\d+")) {
            return null;
        }
        BigDecimal part = new BigDecimal(group(m, "half") != null ? "0.5" : "0.25");
        return TimeValue.duration(length(new BigDecimal(n).add(part).toPlainString(), lower(group(m, "unit"))));
    }

    /** "weekends", "any weekend", "all weekends": every weekend ({@code XXXX-WXX-WE}); "the weekend" is a deixis rule's. */
    private TimeValue weekends(MatchResult m, Context c) {
        boolean plural = lower(m.group()).endsWith("s");
        if (group(m, "any") == null && !plural) {
            return null;
        }
        String before = c.wordBefore(m.start());
        if (group(m, "any") == null && (before.equals("the") || before.equals("two") || before.matches("\\d+|several|few|many|some"))) {
            return null;
        }
        return TimeValue.set("XXXX-WXX-WE");
    }

    /** "every two weekends" recurs ({@code P2WE}); "lasted three weekends" is a length ({@code P3WE}, TIMEX's weekend unit). */
    private TimeValue weekendCount(MatchResult m, Context c) {
        String n = w.numbers().getOrDefault(lower(group(m, "n")), group(m, "n"));
        if (!n.matches("\\d+")) {
            return null;
        }
        if (lower(m.group()).startsWith("every")) {
            return TimeValue.set("P" + n + "WE");
        }
        String before = c.wordBefore(m.start());
        if (!w.lengthCues().contains(before) && !before.startsWith("last")) {
            return null; // "two weekends ago", "three weekends of protests": not read as a length here
        }
        return new TimeValue("P" + n + "WE", dev.triangulate.model.TimeType.DURATION, Granularity.WEEK, null, null);
    }

    /** "the same week", "that weekend": a time fixed by another expression, which TIMEX3 leaves unresolved. */
    private TimeValue same(MatchResult m, Context c) {
        String ref = lower(group(m, "ref"));
        boolean that = lower(m.group()).contains("that");
        if (that && !ref.equals("weekend")) {
            return null; // "that week" is read by the deixis rules when they can
        }
        return switch (ref) {
            case "week" -> TimeValue.unplaced("XXXX-WXX", Granularity.WEEK);
            case "month" -> TimeValue.unplaced("XXXX-XX", Granularity.MONTH);
            case "year" -> TimeValue.unplaced("XXXX", Granularity.YEAR);
            default -> TimeValue.unplaced("XXXX-WXX-WE", Granularity.WEEK);
        };
    }

    private String length(String n, String unit) {
        return SpanRules.value(n, w.units().get(unit));
    }
}
