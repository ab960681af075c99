package dev.triangulate.analyze.time;

import dev.triangulate.model.Granularity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;

/**
 * Rules for calendar expressions named by their parts: "17 November 2024", "Nov. 17", "August 2024",
 * "in October", "in 2021", "the 1990s", "mid-2023", "the summer", "the third quarter of 2024",
 * "2024-11-17", "Christmas". Stateless apart from the word lists.
 */
final class CalendarRules {

    static final String SP = "[^\\S\\n]+";
    static final String SEP = "(?:[^\\S\\n]*,[^\\S\\n]*|[^\\S\\n]+)";
    static final String OPT_SP = "[^\\S\\n]*";
    /**
     * Space inside a look-behind: bounded, because an unbounded look-behind is tried at every length back to the
     * start of the text at every position, which made three rules cost seconds per article.
     */
    static final String SP_BEHIND = "[^\\S\\n]{1,3}";
    static final String YEAR = "(?<year>1[0-9]\\d\\d|20\\d\\d|21\\d\\d)(?![\\d,.:]\\d)";
    static final String DAYNUM = "(?:[12]\\d|3[01]|0?[1-9])";
    static final String MOD = "(?<mod>early|mid|late|the" + SP + "end" + SP + "of|end" + SP + "of|the" + SP
            + "beginning" + SP + "of|beginning" + SP + "of|the" + SP + "start" + SP + "of|start" + SP + "of|the"
            + SP + "middle" + SP + "of|the" + SP + "first" + SP + "half" + SP + "of|the" + SP + "second" + SP
            + "half" + SP + "of)";

    /** Prepositions after which a lower-case "may" or "dec" closing its phrase is the month ("it may be in may"). */
    private static final java.util.Set<String> CLOSING_PREPOSITIONS = java.util.Set.of("in", "since", "until", "till",
            "during", "by", "from", "before", "after", "through", "of");

    private final TimeWords w;
    private final String month;
    private final String weekday;
    private final String day;

    CalendarRules(TimeWords words) {
        this.w = words;
        this.month = "(?<month>" + TimeWords.alternation(w.months().keySet()) + ")(?:\\.(?!\\d))?";
        this.weekday = "(?:" + TimeWords.alternation(w.weekdays().keySet()) + "\\.?" + SEP + ")?";
        this.day = "(?<day>" + DAYNUM + "(?:st|nd|rd|th)?(?!\\d)|" + TimeWords.alternation(w.ordinals().keySet()) + ")";
    }

    List<Rule> rules() {
        return List.of(
                Rule.of("day-month-year", weekday + "(?:the" + SP + ")?" + day + SP + "(?:of" + SP + ")?" + month
                        + "(?:" + SEP + "(?:(?:of|in)" + SP + ")?" + YEAR + ")?", this::dayMonth),
                Rule.of("month-day-year", weekday + month + SP + "(?:the" + SP + ")?" + day
                        + "(?:" + SEP + "(?:of" + SP + ")?" + YEAR + ")?(?![:/])", this::dayMonth),
                Rule.of("iso-date", "(?<year>1\\d{3}|20\\d\\d)-(?<mm>0?[1-9]|1[0-2])-(?<dd>[0-2]\\d|3[01]|[1-9])", this::numeric),
                Rule.of("slash-date", "(?<a>[0-3]?\\d)[/.](?<b>[0-3]?\\d)[/.](?<year>1\\d{3}|20\\d\\d)", this::slashed),
                Rule.of("quarter", "(?:the" + SP + ")?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)" + SP + "quarter"
                        + SP + "(?:of" + SP + ")?" + YEAR, this::quarter),
                Rule.of("quarter-relative", "(?:the" + SP + ")?(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
                        + "(?:" + SP + "|-)quarter(?:" + SP + "of" + SP + "(?<rel>this|last|next|the" + SP + "previous|the" + SP
                        + "current|the)" + SP + "year)?", this::quarterRelative),
                Rule.of("q-year", "q(?<q>[1-4])" + SEP + "?" + YEAR, this::quarter),
                Rule.of("year-q", YEAR + SEP + "?q(?<q2>[1-4])", this::quarter),
                Rule.of("half", "(?:the" + SP + ")?(?<ord>first|second|1st|2nd)" + SP + "half" + SP + "of" + SP + YEAR
                        , this::half),
                Rule.of("h-year", "h(?<h>[12])" + SEP + "?" + YEAR, this::half),
                Rule.of("month-year", "(?:" + MOD + SP + "|(?<mod2>mid)-)?" + month + SEP + "(?:(?:of|in)" + SP + ")?" + YEAR, this::monthYear),
                Rule.of("year-month", YEAR + SP + month, this::monthYear),
                Rule.of("month", "(?:(?<det>last|next|this|early|late|mid|the" + SP + "end" + SP + "of|end" + SP
                        + "of|the" + SP + "beginning" + SP + "of|the" + SP + "start" + SP + "of|the" + SP + "middle"
                        + SP + "of)" + SP + "|(?<det2>mid)-)?" + month, this::monthAlone),
                Rule.of("year", "(?:(?<y>(?:the" + SP + ")?year|fiscal|calendar|fy)" + SP + "|" + MOD + SP + "|(?<mod2>mid)-)?"
                        + YEAR + "(?!['’]?s)", this::year),
                Rule.of("decade", "(?:the" + SP + ")?(?:(?<mod>early|mid|late)-?" + OPT_SP + ")?(?:(?<dec>1\\d\\d0|20\\d0)|['’](?<dd>\\d0))['’]?s", this::decade),
                Rule.of("season", "(?:(?<det>this|last|next|past|coming|the|early|late|mid)" + SP + "|(?<det2>mid)-)?(?<season>"
                        + TimeWords.alternation(w.seasons().keySet()) + ")(?:" + SEP + "(?:of" + SP + ")?" + YEAR + ")?", this::season),
                Rule.of("holiday", "(?<hol>" + TimeWords.alternation(w.holidays().keySet()) + ")(?:" + SEP + YEAR + ")?", this::holiday));
    }

    TimeValue dayMonth(MatchResult m, Context c) {
        String monthWord = group(m, "month");
        int mon = w.months().get(TimeWords.key(monthWord));
        int d = dayNumber(group(m, "day"));
        String year = group(m, "year");
        if (partOfAmount(c.text(), m.start())) {
            return null; // "$12 December 27", "6,107.31 August": the number belongs to an amount
        }
        if (year == null && w.ambiguousMonths().contains(TimeWords.key(monthWord)) && !c.capitalised(m.start("month"))) {
            return null; // "5 may be": the verb
        }
        return Anchoring.monthDay(c, year, mon, d);
    }

    private static boolean partOfAmount(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        boolean currency = Character.getType(c) == Character.CURRENCY_SYMBOL;
        boolean decimal = i == start && (c == '.' || c == ',') && i > 1 && Character.isDigit(text.charAt(i - 2));
        return currency || decimal;
    }

    private TimeValue numeric(MatchResult m, Context c) {
        LocalDate d = Anchoring.safeDate(Integer.parseInt(group(m, "year")), Integer.parseInt(group(m, "mm")),
                Integer.parseInt(group(m, "dd")));
        return d == null ? null : TimeValue.day(d);
    }

    /** 11/17/2024 is read month first (American) unless the first number cannot be a month. */
    private TimeValue slashed(MatchResult m, Context c) {
        int a = Integer.parseInt(group(m, "a"));
        int b = Integer.parseInt(group(m, "b"));
        int y = Integer.parseInt(group(m, "year"));
        LocalDate d = a > 12 ? Anchoring.safeDate(y, b, a) : Anchoring.safeDate(y, a, b);
        return d == null ? null : TimeValue.day(d);
    }

    TimeValue monthYear(MatchResult m, Context c) {
        int mon = w.months().get(TimeWords.key(group(m, "month")));
        TimeValue v = TimeValue.month(YearMonth.of(Integer.parseInt(group(m, "year")), mon));
        return v.part(modifier(m));
    }

    private TimeValue monthAlone(MatchResult m, Context c) {
        String word = group(m, "month");
        String det = lower(group(m, "det")) != null ? lower(group(m, "det")) : lower(group(m, "det2"));
        if (!plausibleMonth(word, m.start("month"), det, c)) {
            return null;
        }
        int mon = w.months().get(TimeWords.key(word));
        if (!c.known()) {
            return TimeValue.unplaced(String.format("XXXX-%02d", mon), Granularity.MONTH);
        }
        Tense tense = "last".equals(det) ? Tense.PAST : "next".equals(det) ? Tense.FUTURE : c.tense();
        YearMonth ym = Anchoring.month(c.anchor(), mon, tense);
        if ("last".equals(det) && !ym.isBefore(YearMonth.from(c.anchor()))) {
            ym = ym.minusYears(1);
        } else if ("next".equals(det) && !ym.isAfter(YearMonth.from(c.anchor()))) {
            ym = ym.plusYears(1);
        } else if ("this".equals(det)) {
            ym = YearMonth.of(c.anchor().getYear(), mon);
        }
        return TimeValue.month(ym).part(modifierWord(det));
    }

    /** A bare month name must look like one: abbreviations and ordinary words ("may") need a capital and context. */
    private boolean plausibleMonth(String word, int at, String det, Context c) {
        String key = TimeWords.key(word);
        boolean abbreviation = key.length() <= 4 && !key.equals("june") && !key.equals("july") && !key.equals("may");
        boolean ambiguous = w.ambiguousMonths().contains(key) || abbreviation;
        if (!ambiguous) {
            return c.capitalised(at) || det != null || w.prepositions().contains(c.wordBefore(at))
                    || c.wordBefore(at).equals("the");
        }
        boolean introduced = det != null || w.prepositions().contains(c.wordBefore(at));
        boolean closes = c.wordAfter(at + word.length()).isEmpty(); // "in may." ends the phrase: no verb follows
        return (c.capitalised(at) || closes && CLOSING_PREPOSITIONS.contains(c.wordBefore(at)))
                && introduced && !c.wordAfter(at + word.length()).equals("be");
    }

    private TimeValue year(MatchResult m, Context c) {
        int start = m.start("year");
        boolean cued = group(m, "y") != null || group(m, "mod") != null || group(m, "mod2") != null;
        if (!cued && !BareYears.isYear(w, c, m.start(), m.end())) {
            return null;
        }
        return TimeValue.year(Integer.parseInt(group(m, "year"))).part(modifier(m));
    }

    private TimeValue decade(MatchResult m, Context c) {
        String full = group(m, "dec");
        int first;
        if (full != null) {
            first = Integer.parseInt(full);
        } else {
            int dd = Integer.parseInt(group(m, "dd"));
            first = (dd >= 30 ? 1900 : 2000) + dd; // "the '90s" is last century, "the '20s" this one
        }
        return TimeValue.decade(first).part(lower(group(m, "mod")));
    }

    private TimeValue season(MatchResult m, Context c) {
        String word = TimeWords.key(group(m, "season"));
        String code = w.seasons().get(word);
        String det = lower(group(m, "det")) != null ? lower(group(m, "det")) : lower(group(m, "det2"));
        String year = group(m, "year");
        if (year != null) {
            return TimeValue.season(Integer.parseInt(year), code).part(modifierWord(det));
        }
        boolean introduced = det != null || w.prepositions().contains(c.wordBefore(m.start()));
        if (!introduced || w.ambiguousSeasons().contains(word) && det == null) {
            return null;
        }
        if (!c.known()) {
            return TimeValue.unplaced("XXXX-" + code, Granularity.SEASON);
        }
        return Anchoring.season(c.anchor(), code, det, c.tense()).part(modifierWord(det));
    }

    private TimeValue quarter(MatchResult m, Context c) {
        String q = group(m, "q") != null ? group(m, "q") : group(m, "q2");
        int n = q != null ? Integer.parseInt(q) : ordinal(group(m, "ord"));
        return TimeValue.quarter(Integer.parseInt(group(m, "year")), n);
    }

    /** "the fourth quarter" (of this year, or the latest one in a past clause), "the first quarter of last year". */
    private TimeValue quarterRelative(MatchResult m, Context c) {
        String ord = lower(group(m, "ord"));
        String rel = lower(group(m, "rel"));
        if (!c.known() || (ord.equals("last") || ord.equals("final")) && rel == null) {
            return null; // "the last quarter" is the previous one: unit-deixis reads it
        }
        int q = ord.equals("last") || ord.equals("final") ? 4 : ordinal(ord);
        int y = c.anchor().getYear();
        int current = (c.anchor().getMonthValue() - 1) / 3 + 1;
        if (rel != null && !rel.equals("the")) { // "of the year" is the year the clause is about, as with no year
            y += rel.contains("last") || rel.contains("previous") ? -1 : rel.equals("next") ? 1 : 0;
        } else if (c.tense() == Tense.PAST && q > current) {
            y -= 1;
        }
        return TimeValue.quarter(y, q);
    }

    private TimeValue half(MatchResult m, Context c) {
        int n = group(m, "h") != null ? Integer.parseInt(group(m, "h")) : ordinal(group(m, "ord"));
        return TimeValue.half(Integer.parseInt(group(m, "year")), n);
    }

    private TimeValue holiday(MatchResult m, Context c) {
        String[] md = w.holidays().get(TimeWords.key(group(m, "hol"))).split("-");
        int mon = Integer.parseInt(md[0]);
        int d = Integer.parseInt(md[1]);
        String year = group(m, "year");
        if (year != null) {
            return TimeValue.day(LocalDate.of(Integer.parseInt(year), mon, d));
        }
        if (!c.known()) {
            return TimeValue.unplaced(String.format("XXXX-%02d-%02d", mon, d), Granularity.DAY);
        }
        return TimeValue.day(Anchoring.dayOfYear(c.anchor(), mon, d, c.tense()));
    }

    private int dayNumber(String text) {
        String t = TimeWords.key(text).replaceAll("(st|nd|rd|th)$", "");
        Integer ord = w.ordinals().get(TimeWords.key(text));
        return ord != null ? ord : Integer.parseInt(t);
    }

    private int ordinal(String text) {
        String t = TimeWords.key(text);
        Integer ord = w.ordinals().get(t);
        return ord != null ? ord : Integer.parseInt(t.substring(0, 1));
    }

    static String modifier(MatchResult m) {
        String mod = group(m, "mod");
        if (mod == null) {
            return group(m, "mod2") != null ? "mid" : null;
        }
        return modifierWord(lower(mod));
    }

    /** "the end of" -> "end", "early" -> "early": the part of a period a modifier selects. */
    static String modifierWord(String phrase) {
        if (phrase == null) {
            return null;
        }
        String p = TimeWords.key(phrase);
        if (p.contains("first half")) {
            return "early";
        }
        if (p.contains("second half")) {
            return "late";
        }
        for (String word : List.of("early", "mid", "middle", "late", "end", "beginning", "start")) {
            if (p.contains(word)) {
                return word;
            }
        }
        return null;
    }

    static String group(MatchResult m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null; // the rule's pattern has no such group
        }
    }

    static String lower(String s) {
        return s == null ? null : TimeWords.key(s);
    }
}
