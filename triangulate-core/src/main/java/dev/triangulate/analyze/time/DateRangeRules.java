package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.OPT_SP;
import static dev.triangulate.analyze.time.CalendarRules.SEP;
import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.group;

import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Rules for ranges of whole months or years whose ends would not be read alone: "from May to September",
 * "between august and october", "Nov-Feb 2017" (November 2016 to February 2017); and the first year of "2014 to 2018", which then joins
 * the second as any two ends do ({@link Ranges#join}). A month
 * name beside an unambiguous month name across "to", "through" or a dash is a month even when lower-case
 * ("between august and october"; "may to march" is not a range). They give one {@code (first,last,duration)} value that the
 * extractor splits into its ends ({@link Ranges#split}), as {@link RangeRules} does. Stateless apart from the
 * word lists.
 */
final class DateRangeRules {

    private static final String THROUGH = "(?<and>" + OPT_SP + "(?:-|–)" + OPT_SP + "|" + SP + "(?:to|through|thru|till|until|and)" + SP + ")";

    /** Month names as short as an abbreviation. */
    private static final java.util.Set<String> FULL_SHORT_NAMES = java.util.Set.of("may", "june", "july");

    private final TimeWords w;
    private final String months;

    DateRangeRules(TimeWords words) {
        this.w = words;
        this.months = TimeWords.alternation(w.months().keySet());
    }

    List<Rule> rules() {
        return List.of(
                Rule.of("month-range", "(?<m1>" + months + ")\\.?" + THROUGH + "(?<m2>" + months + ")\\.?(?:" + SEP
                        + "(?:in" + SP + ")?(?<year>1[0-9]\\d\\d|20\\d\\d)(?![\\d,.:]\\d))?", this::months),
                Rule.of("year-before-year", "(?<y1>1[0-9]\\d\\d|20\\d\\d)(?=" + SP + "(?<and>to|through|until|and)" + SP
                        + "(?<y2>1[0-9]\\d\\d|20\\d\\d)(?![\\d,.:]\\d))", this::firstYear));
    }

    private TimeValue months(MatchResult m, Context c) {
        String w1 = TimeWords.key(group(m, "m1"));
        String w2 = TimeWords.key(group(m, "m2"));
        boolean sure1 = plausible(w1, m.start("m1"), c);
        boolean sure2 = plausible(w2, m.start("m2"), c);
        if (!(sure1 && sure2 || sure1 && !w.ambiguousMonths().contains(w1) || sure2 && !w.ambiguousMonths().contains(w2))
                || !introduced(m, c) || w1.equals(w2)) {
            return null;
        }
        int mon1 = w.months().get(w1);
        int mon2 = w.months().get(w2);
        boolean readAlone = w1.length() > 4 || FULL_SHORT_NAMES.contains(w1); // an abbreviation ("Jan") is not read alone
        if (mon1 < mon2 && readAlone && c.capitalised(m.start("m1")) && c.capitalised(m.start("m2"))) {
            return null; // "from April to June": each end is read alone and the two are joined as TimeML annotates them
        }
        YearMonth last;
        if (group(m, "year") != null) {
            last = YearMonth.of(Integer.parseInt(group(m, "year")), mon2);
        } else if (c.known()) {
            YearMonth first = Anchoring.month(c.anchor(), mon1, c.tense());
            last = YearMonth.of(first.getYear(), mon2);
        } else {
            return null;
        }
        YearMonth first = YearMonth.of(last.getYear(), mon1);
        if (first.isAfter(last)) {
            if (group(m, "year") != null) {
                first = first.minusYears(1);
            } else {
                last = last.plusYears(1);
            }
        }
        return period(first.atDay(1), last.atEndOfMonth(), Granularity.MONTH, first + "," + last);
    }

    /** "2014 to 2018": the first year is a year because a year follows; the two ends are then joined. */
    private TimeValue firstYear(MatchResult m, Context c) {
        int y1 = Integer.parseInt(group(m, "y1"));
        int y2 = Integer.parseInt(group(m, "y2"));
        String after = c.wordAfter(m.end("y2"));
        if (y2 <= y1 || y2 - y1 > 100 || !introduced(m, c) || after.matches("[a-z]+s") && !w.yearNouns().contains(after)) {
            return null; // "from 1200 to 1500 workers": counts
        }
        return TimeValue.year(y1);
    }

    /** "and" joins a range only after "between"; "to" and a dash join on their own. */
    private static boolean introduced(MatchResult m, Context c) {
        return !group(m, "and").strip().equals("and") || c.wordBefore(m.start()).equals("between");
    }

    /**
     * An ambiguous name ("may", "march", "august") is sure with a capital; a range needs both ends sure, or one
     * unambiguous name that vouches for the other ("between august and october", never "may to march").
     */
    private boolean plausible(String key, int at, Context c) {
        return !w.ambiguousMonths().contains(key) || c.capitalised(at);
    }

    private static TimeValue period(LocalDate begin, LocalDate end, Granularity g, String ends) {
        String v = "(" + ends + "," + Ranges.length(begin, end, g) + ")";
        return new TimeValue(v, TimeType.DATE, g, begin, end);
    }
}
