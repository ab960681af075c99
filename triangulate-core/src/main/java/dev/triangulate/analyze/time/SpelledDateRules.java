package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.group;
import static dev.triangulate.analyze.time.CalendarRules.lower;

import dev.triangulate.model.Granularity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Rules for dates whose numbers are spelled out: "May twenty nine", "twenty five January nineteen eighty
 * six", "October two thousand and five", "in two thousand and twenty", "6 April seventeen hundred thirty
 * three", and a weekday with its day of the month ("Wednesday the thirty first", "Mon 13th": the nearest such
 * day that falls on that weekday). A spelled cardinal day is only read when no noun follows it ("in May
 * twenty five people died" counts people). Stateless apart from the word lists.
 */
final class SpelledDateRules {

    private static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9);
    private static final List<String> TEENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    /** Words that may follow a spelled day without making it a count. */
    private static final Set<String> AFTER_DAY = Set.of("", "at", "in", "on", "and", "or", "to", "until", "from", "this",
            "next", "last", "of", "is", "was", "will");

    private static final String UNIT = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final String TEEN = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    private static final String TEN = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    /** 1 to 99 in words: "seven", "thirteen", "thirty", "thirty-three". */
    private static final String BELOW_100 = "(?:" + TEN + "(?:[- ]" + UNIT + ")?|" + TEEN + "|" + UNIT + ")";
    /** A year in words: "nineteen eighty six", "seventeen hundred thirty three", "two thousand and fifteen". */
    static final String YEAR_WORDS = "(?<yw>two" + SP + "thousand(?:" + SP + "(?:and" + SP + ")?" + BELOW_100 + ")?|(?:"
            + TEEN + "|twenty)" + SP + "(?:hundred" + SP + "(?:and" + SP + ")?)?" + BELOW_100 + ")";
    private static final String CARDINAL_DAY = "(?<cd>(?:twenty|thirty)(?:[- ]" + UNIT + ")?|" + TEEN + "|" + UNIT + ")";

    private final TimeWords w;
    private final String month;
    private final String day;

    SpelledDateRules(TimeWords words) {
        this.w = words;
        this.month = "(?<month>" + TimeWords.alternation(w.months().keySet()) + ")\\.?";
        this.day = "(?:(?<dn>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?<dw>" + TimeWords.alternation(w.ordinals().keySet())
                + ")|" + CARDINAL_DAY + ")";
    }

    List<Rule> rules() {
        String weekday = "(?<wd>" + TimeWords.alternation(w.weekdays().keySet()) + ")";
        return List.of(
                Rule.of("month-day-words", month + SP + day + "(?:" + SP + "(?:of" + SP + ")?" + YEAR_WORDS + ")?", this::date),
                Rule.of("day-month-words", day + SP + "(?:of" + SP + ")?" + month + "(?:" + SP + YEAR_WORDS + ")?", this::date),
                Rule.of("month-year-words", month + SP + YEAR_WORDS, this::monthYear),
                Rule.of("year-words", YEAR_WORDS, this::year),
                Rule.of("weekday-day", weekday + ",?" + SP + "(?:the" + SP + ")?(?:(?<dn>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)|(?<dw>"
                        + TimeWords.alternation(w.ordinals().keySet()) + "))", this::weekdayDay));
    }

    private TimeValue date(MatchResult m, Context c) {
        String yw = group(m, "yw");
        boolean cardinal = group(m, "cd") != null;
        boolean numeric = group(m, "dn") != null;
        if (yw == null && !cardinal || numeric && yw == null) {
            return null; // "May 29", "May 29th", "29 May": the calendar rules read these
        }
        if (cardinal && !fitsAfter(c.wordAfter(m.end()))) {
            return null; // "in May twenty five people died"
        }
        String monthWord = TimeWords.key(group(m, "month"));
        if (w.ambiguousMonths().contains(monthWord) && !c.capitalised(m.start("month"))) {
            return null; // "may": the verb
        }
        int mon = w.months().get(monthWord);
        int d = dayNumber(m);
        if (yw != null) {
            LocalDate date = Anchoring.safeDate(yearValue(yw), mon, d);
            return date == null ? null : TimeValue.day(date);
        }
        if (!c.known()) {
            return TimeValue.unplaced(String.format("XXXX-%02d-%02d", mon, d), Granularity.DAY);
        }
        LocalDate date = Anchoring.dayOfYear(c.anchor(), mon, d, c.tense());
        return date == null ? null : TimeValue.day(date);
    }

    private TimeValue monthYear(MatchResult m, Context c) {
        String monthWord = TimeWords.key(group(m, "month"));
        if (w.ambiguousMonths().contains(monthWord) && !c.capitalised(m.start("month"))) {
            return null;
        }
        if (!fitsAfter(c.wordAfter(m.end()))) {
            return null; // "in October two thousand people marched"
        }
        return TimeValue.month(YearMonth.of(yearValue(group(m, "yw")), w.months().get(monthWord)));
    }

    /** A year in words on its own needs a time preposition before it: "in two thousand and twenty". */
    private TimeValue year(MatchResult m, Context c) {
        String before = c.wordBefore(m.start());
        if (!w.prepositions().contains(before) || before.equals("of") || before.equals("at")) {
            return null;
        }
        if (!fitsAfter(c.wordAfter(m.end()))) {
            return null; // "in twenty twenty-five minutes", "in nineteen ninety-nine cases"
        }
        return TimeValue.year(yearValue(group(m, "yw")));
    }

    /** "Wednesday the thirty first": that day of the month, in the month nearest the anchor where it is that weekday. */
    private TimeValue weekdayDay(MatchResult m, Context c) {
        String wdWord = lower(group(m, "wd"));
        if (w.ambiguousWeekdays().contains(wdWord) && !c.capitalised(m.start("wd")) || !c.known()) {
            return null;
        }
        if (group(m, "dw") != null && !fitsAfter(c.wordAfter(m.end()))) {
            return null; // "Tuesday the first talks opened": an ordinal of its own
        }
        int isoDay = w.weekdays().get(wdWord);
        int d = dayNumber(m);
        LocalDate best = null;
        for (int k = -12; k <= 12; k++) {
            YearMonth ym = YearMonth.from(c.anchor()).plusMonths(k);
            LocalDate cand = ym.isValidDay(d) ? ym.atDay(d) : null;
            if (cand != null && cand.getDayOfWeek().getValue() == isoDay && (best == null
                    || Math.abs(cand.toEpochDay() - c.anchor().toEpochDay()) < Math.abs(best.toEpochDay() - c.anchor().toEpochDay()))) {
                best = cand;
            }
        }
        return best == null ? null : TimeValue.day(best);
    }

    /** Nothing, a number, punctuation or a linking word may follow a spelled number read as a date; a noun may not. */
    private static boolean fitsAfter(String after) {
        return after.isEmpty() || !Character.isLetter(after.charAt(0)) || AFTER_DAY.contains(after);
    }

    private int dayNumber(MatchResult m) {
        if (group(m, "dn") != null) {
            return Integer.parseInt(group(m, "dn"));
        }
        if (group(m, "dw") != null) {
            return w.ordinals().get(TimeWords.key(group(m, "dw")));
        }
        return below100(TimeWords.key(group(m, "cd")));
    }

    /** "nineteen eighty six" 1986, "seventeen hundred thirty three" 1733, "two thousand and five" 2005. */
    static int yearValue(String words) {
        String t = TimeWords.key(words).replace(" and ", " ");
        if (t.startsWith("two thousand")) {
            String rest = t.substring("two thousand".length()).strip();
            return 2000 + (rest.isEmpty() ? 0 : below100(rest));
        }
        int space = t.indexOf(' ');
        int century = below100(t.substring(0, space));
        String rest = t.substring(space + 1).strip();
        if (rest.startsWith("hundred")) {
            rest = rest.substring("hundred".length()).strip();
        }
        return century * 100 + below100(rest);
    }

    private static int below100(String words) {
        String[] parts = words.split("[- ]");
        int tens = TENS.indexOf(parts[0]);
        if (tens >= 0) {
            return (tens + 2) * 10 + (parts.length > 1 ? UNITS.get(parts[1]) : 0);
        }
        int teen = TEENS.indexOf(parts[0]);
        return teen >= 0 ? 10 + teen : UNITS.get(parts[0]);
    }
}
