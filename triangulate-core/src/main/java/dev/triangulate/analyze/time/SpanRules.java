package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.group;
import static dev.triangulate.analyze.time.CalendarRules.lower;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Rules for lengths of time and recurrences: "24 hours", "a three-year term", "the past two weeks",
 * "for months" ({@code PXM}), "every week" ({@code P1W}), "every Monday" ({@code XXXX-WXX-1}),
 * "daily" ({@code P1D}), "twice a year" ({@code P1Y}). They need no anchor. Stateless apart from the
 * word lists.
 */
final class SpanRules {

    private static final Set<String> VERB_LEADS = Set.of("will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "to", "not", "does", "did", "do", "usually", "often", "normally", "typically");

    private final TimeWords w;
    private final String count;
    private final String unit;

    SpanRules(TimeWords words) {
        this.w = words;
        this.count = "(?<n>\\d{1,4}(?:\\.\\d+)?|" + TimeWords.alternation(w.numbers().keySet()) + ")";
        this.unit = "(?<unit>" + TimeWords.alternation(w.units().keySet()) + ")";
    }

    List<Rule> rules() {
        String every = "(?<every>every|each)" + SP + "(?:(?<other>other)" + SP + ")?(?:" + count + SP + ")?";
        return List.of(
                Rule.of("duration", "(?:(?<det>past|last|next|coming|first|previous|final)" + SP + ")?"
                        + count + "(?<half1>" + SP + "and" + SP + "a" + SP + "half)?(?:" + SP + "|-)(?:(?:straight|consecutive|successive|full|whole|more|additional|further|trading|business|working)" + SP + ")?"
                        + unit + "s?(?<half2>" + SP + "and" + SP + "a" + SP + "half)?(?:-long|" + SP + "long)?", this::duration),
                Rule.of("plural-duration", unit + "s", this::pluralDuration),
                Rule.of("half-hour", "half" + SP + "an" + SP + "hour|(?:a" + SP + ")?half-hour", (m, c) -> TimeValue.duration("PT30M")),
                Rule.of("every-unit", every + unit + "s?", this::everyUnit),
                Rule.of("every-weekday", every + "(?<wd>" + TimeWords.alternation(w.weekdays().keySet()) + ")s?", this::everyWeekday),
                Rule.of("every-part", every + "(?<part>" + TimeWords.alternation(w.dayParts().keySet()) + ")", this::everyPart),
                Rule.of("every-weekend", every + "weekend", (m, c) -> TimeValue.set("XXXX-WXX-WE")),
                Rule.of("times-per", "(?:once|twice|" + count + SP + "times)" + SP + "(?:a|an|per|every|each)" + SP + unit, this::timesPer),
                Rule.of("set-adverb", "(?<adv>" + TimeWords.alternation(w.sets().keySet()) + ")", this::adverb));
    }

    private TimeValue duration(MatchResult m, Context c) {
        String n = w.numbers().getOrDefault(lower(group(m, "n")), group(m, "n"));
        boolean vague = !Character.isDigit(n.charAt(0)) || lower(group(m, "n")).matches("an?");
        if (vague && group(m, "det") == null && !w.lengthCues().contains(c.wordBefore(m.start()))) {
            return null; // "a day of mourning", "some months": an amount, or a phrase of its own
        }
        if ("last".equals(lower(group(m, "det"))) && verbBefore(c.wordBefore(m.start()))) {
            return null; // "talks will last two days": the verb, not "the last two days"; the length alone is read
        }
        if (lower(group(m, "n")).matches("an?") && lower(group(m, "unit")).startsWith("sec")) {
            return null; // "a second term"
        }
        if ((group(m, "half1") != null || group(m, "half2") != null) && !n.equals("X")) {
            n = new java.math.BigDecimal(n).add(new java.math.BigDecimal("0.5")).toPlainString();
        }
        return TimeValue.duration(value(n, w.units().get(lower(group(m, "unit")))));
    }

    /** A word after which "last" is the verb: a modal or auxiliary, "to", a negation. */
    static boolean verbBefore(String word) {
        return word.endsWith("n't") || VERB_LEADS.contains(word);
    }

    private TimeValue pluralDuration(MatchResult m, Context c) {
        String before = c.wordBefore(m.start());
        if (!Set.of("for", "over", "within", "in", "after", "lasting").contains(before)) {
            return null;
        }
        return TimeValue.duration(value("X", w.units().get(lower(group(m, "unit")))));
    }

    private TimeValue everyUnit(MatchResult m, Context c) {
        String n = group(m, "n") == null ? (group(m, "other") != null ? "2" : "1")
                : w.numbers().getOrDefault(lower(group(m, "n")), group(m, "n"));
        return TimeValue.set(value(n, w.units().get(lower(group(m, "unit")))));
    }

    private TimeValue everyWeekday(MatchResult m, Context c) {
        return TimeValue.set("XXXX-WXX-" + w.weekdays().get(lower(group(m, "wd"))));
    }

    private TimeValue everyPart(MatchResult m, Context c) {
        return TimeValue.set("T" + w.dayParts().get(lower(group(m, "part"))));
    }

    private TimeValue timesPer(MatchResult m, Context c) {
        return TimeValue.set(value("1", w.units().get(lower(group(m, "unit")))));
    }

    private TimeValue adverb(MatchResult m, Context c) {
        if (c.capitalised(m.start()) && !c.startsSentence(m.start())) {
            return null; // "the Daily Telegraph"
        }
        return TimeValue.set(w.sets().get(lower(group(m, "adv"))));
    }

    /**
     * The TIMEX3 duration for {@code n} units of {@code code} ("H T" is a clock unit): 3 days
     * {@code P3D}, 24 hours {@code PT24H}, two decades {@code P20Y}, a few decades {@code PXDE}.
     */
    static String value(String n, String code) {
        String[] parts = code.split(" ");
        String u = parts[0];
        boolean clock = parts.length > 1;
        if (n.equals("X")) {
            String unit = switch (u) {
                case "10Y" -> "DE";
                case "100Y" -> "CE";
                case "2W" -> "W";
                default -> u;
            };
            return (clock ? "PT" : "P") + "X" + unit;
        }
        int factor = 1;
        if (u.length() > 1 && Character.isDigit(u.charAt(0))) {
            factor = Integer.parseInt(u.substring(0, u.length() - 1));
            u = u.substring(u.length() - 1);
        }
        String amount = scaled(n, factor);
        return (clock ? "PT" : "P") + amount + u;
    }

    private static String scaled(String n, int factor) {
        if (!n.contains(".")) {
            return Long.toString(Long.parseLong(n) * factor);
        }
        java.math.BigDecimal d = new java.math.BigDecimal(n).multiply(java.math.BigDecimal.valueOf(factor));
        return d.stripTrailingZeros().toPlainString();
    }
}
