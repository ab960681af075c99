package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.group;
import static dev.triangulate.analyze.time.CalendarRules.lower;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Rules for months, quarters, halves and decades written with digits and dashes rather than words:
 * "2015-3" and "12-2015" ({@code 2015-03}, {@code 2015-12}), "2017-q1", "q1-2019", "2019 H2", a bare "Q3"
 * (the quarter of the publication year the tense points to), "20161016", and decades written
 * "1990 s", "the 90s", "the nineties". Stateless apart from the word lists.
 */
final class NumericPartRules {

    private static final String YEAR = "(?<year>19\\d\\d|20\\d\\d)";
    /** Words after a "2011-12" that make it a span of two years, not December 2011. */
    private static final Set<String> YEAR_SPAN_NOUNS = Set.of("season", "seasons", "school", "fiscal", "budget", "term",
            "academic", "financial", "campaign", "tax", "winter", "session", "year", "years");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "my", "our", "your", "its", "whose");

    private final TimeWords w;

    NumericPartRules(TimeWords words) {
        this.w = words;
    }

    List<Rule> rules() {
        return List.of(
                Rule.of("year-dash-month", YEAR + "-(?<mon>1[0-2]|0?[1-9])(?![-/.:]?\\d)", this::yearMonth),
                Rule.of("month-dash-year", "(?<mon>1[0-2]|0?[1-9])-" + YEAR + "(?![-/.:]?\\d)", this::yearMonth),
                Rule.of("year-dash-quarter", YEAR + "(?:-|" + SP + ")?(?<kind>[qh])(?<n>[1-4])", this::part),
                Rule.of("quarter-dash-year", "(?<kind>[qh])(?<n>[1-4])(?:-|" + SP + "of" + SP + ")" + YEAR, this::part),
                Rule.of("bare-quarter", "q(?<n>[1-4])", this::bareQuarter),
                Rule.of("compact-date", YEAR + "(?<mm>0[1-9]|1[0-2])(?<dd>[0-2]\\d|3[01])", this::compact),
                Rule.of("spaced-decade", "(?:the" + SP + ")?(?:(?<full>1[0-9]\\d0|20\\d0)|(?<dd>\\d0))(?:" + SP + "s|s)", this::decade),
                Rule.of("decade-word", "(?:the" + SP + ")?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
                        this::decadeWord));
    }

    private TimeValue yearMonth(MatchResult m, Context c) {
        int y = Integer.parseInt(group(m, "year"));
        int mon = Integer.parseInt(group(m, "mon"));
        String digits = group(m, "mon");
        boolean yearFirst = m.start("year") == m.start();
        if (yearFirst && (y + 1) % 100 == mon && digits.length() == 2 || YEAR_SPAN_NOUNS.contains(c.wordAfter(m.end()))) {
            return null; // "the 2011-12 season": two years
        }
        char before = m.start() > 0 ? c.text().charAt(m.start() - 1) : ' ';
        if (before == '-' || before == '/' || before == '.' || Character.isDigit(before)) {
            return null; // part of a longer numeric date or score
        }
        return TimeValue.month(YearMonth.of(y, mon));
    }

    private TimeValue part(MatchResult m, Context c) {
        int y = Integer.parseInt(group(m, "year"));
        int n = Integer.parseInt(group(m, "n"));
        boolean half = lower(group(m, "kind")).equals("h");
        if (half && n > 2) {
            return null;
        }
        return half ? TimeValue.half(y, n) : TimeValue.quarter(y, n);
    }

    /** "Q3" alone: of the publication year, or of the year before when a past clause names a later quarter. */
    private TimeValue bareQuarter(MatchResult m, Context c) {
        if (!c.known()) {
            return null;
        }
        int q = Integer.parseInt(group(m, "n"));
        int current = (c.anchor().getMonthValue() - 1) / 3 + 1;
        int y = c.anchor().getYear();
        if (c.tense() == Tense.PAST && q > current) {
            y--;
        } else if (c.tense() == Tense.FUTURE && q < current) {
            y++;
        }
        return TimeValue.quarter(y, q);
    }

    private TimeValue compact(MatchResult m, Context c) {
        LocalDate d = Anchoring.safeDate(Integer.parseInt(group(m, "year")), Integer.parseInt(group(m, "mm")),
                Integer.parseInt(group(m, "dd")));
        return d == null ? null : TimeValue.day(d);
    }

    /** "1990 s", "the 90s": a two-digit decade needs "the" and is not an age ("in his 90s") or a temperature. */
    private TimeValue decade(MatchResult m, Context c) {
        String full = group(m, "full");
        boolean the = lower(m.group()).startsWith("the");
        String after = c.wordAfter(m.end());
        if (after.startsWith("degree") || after.equals("f") || after.equals("c") || POSSESSIVES.contains(c.wordBefore(m.start()))) {
            return null;
        }
        if (full != null) {
            return TimeValue.decade(Integer.parseInt(full));
        }
        boolean spaced = !Character.isDigit(m.group().charAt(m.group().length() - 2));
        if (!the && !spaced) {
            return null; // "90s" alone is as often an age or a score
        }
        int dd = Integer.parseInt(group(m, "dd"));
        return TimeValue.decade((dd >= 30 ? 1900 : 2000) + dd);
    }

    private TimeValue decadeWord(MatchResult m, Context c) {
        if (POSSESSIVES.contains(c.wordBefore(m.start())) || c.wordAfter(m.end()).startsWith("degree")) {
            return null; // "in her seventies": an age
        }
        int tens = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
                .indexOf(lower(group(m, "word"))) + 2;
        return TimeValue.decade(1900 + tens * 10);
    }
}
