package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.CalendarRules.SP;
import static dev.triangulate.analyze.time.CalendarRules.group;
import static dev.triangulate.analyze.time.CalendarRules.lower;

import dev.triangulate.model.Granularity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Rules for expressions that only make sense against the publication date: "yesterday", "last
 * night", "this week", "earlier this year", "next month", "three years ago", "on Sunday",
 * "in the new year", and clock times ("3 p.m.", "15:30 GMT"). Without a publication date they are
 * kept with a {@code null} value. Stateless apart from the word lists.
 */
final class RelativeRules {

    private static final String PERIOD = "(?<unit>week|weekend|work(?:ing)?(?:" + SP + "|-)?week|business" + SP
            + "week|month|year|quarter|decade|century)";

    private final TimeWords w;
    private final String count;
    private final String unit;
    private final String dayPart;

    RelativeRules(TimeWords words) {
        this.w = words;
        this.count = "(?<n>\\d{1,3}|" + TimeWords.alternation(w.numbers().keySet()) + ")";
        this.unit = "(?<unit>" + TimeWords.alternation(w.units().keySet()) + ")s?";
        this.dayPart = "(?<part>" + TimeWords.alternation(w.dayParts().keySet()) + ")";
    }

    List<Rule> rules() {
        return List.of(
                Rule.of("deictic", "(?<rel>the" + SP + "day" + SP + "before" + SP + "yesterday|the" + SP + "day" + SP
                        + "after" + SP + "tomorrow|yesterday|today|tomorrow|tonight)(?:" + SP + dayPart + ")?", this::deictic),
                Rule.of("this-part", "(?<rel>this|last)" + SP + dayPart, this::deictic),
                Rule.of("unit-deixis", "(?:(?<mod>early|late|mid|earlier|later|(?:the" + SP + ")?(?:end|beginning|start|middle)" + SP + "of)(?:" + SP + "|-)(?:in" + SP + ")?)?(?:the" + SP
                        + ")?(?<det>this|last|next|previous|coming|upcoming|following|current|past|the)" + SP + PERIOD + "(?<after>" + SP + "after" + SP
                        + "next)?", this::period),
                Rule.of("ago", count + "(?:" + SP + "|-)" + unit + SP + "(?<dir>ago|from" + SP + "now|hence)", this::ago),
                Rule.of("offset-from", count + "(?:" + SP + "|-)" + unit + SP + "(?<dir>before|after|from)" + SP
                        + "(?<base>today|tomorrow|tmrw|yesterday|now)", this::offsetFrom),
                Rule.of("in-offset", "in" + SP + count + SP + unit + "(?:['’]s?" + SP + "time)?", this::inOffset),
                Rule.of("weekday", "(?:(?<det>last|next|this" + SP + "past|this(?:" + SP + "(?:up)?coming)?|(?:up)?coming|past|previous|following)" + SP + ")?(?<wd>"
                        + TimeWords.alternation(w.weekdays().keySet()) + ")(?:" + SP + dayPart + ")?", this::weekday),
                Rule.of("new-year", "the" + SP + "new" + SP + "year", this::newYear),
                Rule.of("clock", "(?<h>[01]?\\d|2[0-3])(?:[:.](?<mi>[0-5]\\d)(?::(?<se>[0-5]\\d))?)?(?:" + CalendarRules.OPT_SP
                        + "(?<ap>[ap]\\.m\\.?|[ap]m)|(?<apx>[ap])(?![\\p{L}\\p{N}'’]))"
                        + "(?:" + SP + "(?<tz>gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt|msk))?", this::clock),
                Rule.of("clock-24", "(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?![:.,]?\\d)(?:" + SP
                        + "(?<tz>gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt|msk|local" + SP + "time))?", this::clock),
                Rule.of("clock-military", "(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)" + SP + "(?<tz>gmt|utc)", this::clock),
                Rule.of("present", "(?<present>" + TimeWords.alternation(w.presentRefs()) + ")(?![-‑])", this::present),
                Rule.of("the-weekend", "the" + SP + "weekend", this::weekend),
                Rule.of("clock-hhmm", "(?<h>1[0-2]|0?[1-9])(?<mi>[0-5]\\d)" + CalendarRules.OPT_SP + "(?<ap>[ap]\\.m\\.?|[ap]m)", this::clock),
                Rule.of("clock-ish", "(?<h>[01]?\\d|2[0-3])ish", this::clock),
                Rule.of("noon", "(?:12" + SP + ")?(?<noon>noon|midday|midnight)(?:ish)?", this::clock));
    }

    private TimeValue deictic(MatchResult m, Context c) {
        String rel = lower(group(m, "rel"));
        String part = group(m, "part") == null ? null : w.dayParts().get(lower(group(m, "part")));
        if (!c.known()) {
            return TimeValue.unplaced(null, part == null ? Granularity.DAY : Granularity.TIME);
        }
        LocalDate a = c.anchor();
        LocalDate day = switch (rel) {
            case "yesterday" -> a.minusDays(1);
            case "tomorrow" -> a.plusDays(1);
            case "the day before yesterday" -> a.minusDays(2);
            case "the day after tomorrow" -> a.plusDays(2);
            case "last" -> "NI".equals(part) ? a.minusDays(1) : a;
            default -> a;
        };
        if ("tonight".equals(rel)) {
            part = "NI";
        }
        return part == null ? TimeValue.day(day) : TimeValue.clock(day, part);
    }

    private TimeValue period(MatchResult m, Context c) {
        String det = lower(group(m, "det"));
        String u = lower(group(m, "unit"));
        u = u.endsWith("week") ? "week" : u; // a working week is the calendar week it falls in
        String mod = lower(group(m, "mod"));
        boolean afterNext = group(m, "after") != null;
        if (det.equals("the") && mod == null && !afterNext) {
            return null; // "the week" alone names no particular week
        }
        if (det.equals("past") && mod == null) {
            return TimeValue.duration(designator(u, "1"));
        }
        if (!c.known()) {
            return TimeValue.unplaced(null, granularityOf(u));
        }
        int step = switch (det) {
            case "last", "previous" -> -1;
            case "next", "coming", "upcoming", "following" -> 1;
            case "the" -> afterNext ? 2 : 0;
            default -> 0;
        };
        TimeValue v = shifted(c.anchor(), u, step);
        if (v == null) {
            return null;
        }
        if ("earlier".equals(mod)) {
            return v.narrowed(v.begin(), c.anchor());
        }
        if ("later".equals(mod)) {
            return v.narrowed(c.anchor(), v.end());
        }
        return v.part(mod);
    }

    private static TimeValue shifted(LocalDate a, String unit, int step) {
        return switch (unit) {
            case "week" -> TimeValue.week(a.plusWeeks(step));
            case "weekend" -> weekend(a.plusWeeks(step));
            case "month" -> TimeValue.month(YearMonth.from(a).plusMonths(step));
            case "year" -> TimeValue.year(a.getYear() + step);
            case "quarter" -> {
                LocalDate q = a.plusMonths(3L * step);
                yield TimeValue.quarter(q.getYear(), (q.getMonthValue() - 1) / 3 + 1);
            }
            case "decade" -> TimeValue.decade((a.getYear() / 10 + step) * 10);
            case "century" -> TimeValue.century((a.getYear() / 100 + step) * 100);
            default -> null;
        };
    }

    /** "over the weekend": the last one in a past clause, the coming one in a future clause, else the nearest. */
    private TimeValue weekend(MatchResult m, Context c) {
        if (!c.known()) {
            return TimeValue.unplaced(null, Granularity.WEEK);
        }
        TimeValue thisWeek = weekend(c.anchor());
        boolean over = c.anchor().isAfter(thisWeek.end());
        boolean started = !c.anchor().isBefore(thisWeek.begin());
        return switch (c.tense()) {
            case PAST -> started ? thisWeek : weekend(c.anchor().minusWeeks(1));
            case FUTURE -> over ? weekend(c.anchor().plusWeeks(1)) : thisWeek;
            case UNKNOWN -> c.anchor().getDayOfWeek().getValue() <= 3 ? weekend(c.anchor().minusWeeks(1)) : thisWeek;
        };
    }

    private static TimeValue weekend(LocalDate any) {
        TimeValue week = TimeValue.week(any);
        LocalDate sat = week.begin().plusDays(5);
        return new TimeValue(week.value() + "-WE", week.type(), week.granularity(), sat, sat.plusDays(1));
    }

    private TimeValue ago(MatchResult m, Context c) {
        String n = w.numbers().getOrDefault(lower(group(m, "n")), group(m, "n"));
        String code = w.units().get(lower(group(m, "unit")));
        if (!c.known() || n.equals("X") || code.endsWith("T")) {
            return TimeValue.unplaced(null, granularityOf(lower(group(m, "unit"))));
        }
        // "ago" keeps the named month or year, as TimeML annotates it; a count forward names a day ("in two months")
        return lower(group(m, "dir")).equals("ago") ? Offsets.offset(c.anchor(), -Integer.parseInt(n), code) : Offsets.forward(c.anchor(), Integer.parseInt(n), code);
    }

    /** "two days after tomorrow", "three weeks from today". */
    private TimeValue offsetFrom(MatchResult m, Context c) {
        String n = w.numbers().getOrDefault(lower(group(m, "n")), group(m, "n"));
        String code = w.units().get(lower(group(m, "unit")));
        if (!c.known() || n.equals("X") || code.endsWith("T")) {
            return null;
        }
        LocalDate base = switch (lower(group(m, "base"))) {
            case "tomorrow", "tmrw" -> c.anchor().plusDays(1);
            case "yesterday" -> c.anchor().minusDays(1);
            default -> c.anchor();
        };
        return Offsets.dayOffset(base, Long.parseLong(n) * (lower(group(m, "dir")).equals("before") ? -1 : 1), code);
    }

    /** "in three days" names a date only in a future clause; otherwise it is the duration "three days". */
    private TimeValue inOffset(MatchResult m, Context c) {
        String n = w.numbers().getOrDefault(lower(group(m, "n")), group(m, "n"));
        String code = w.units().get(lower(group(m, "unit")));
        boolean timeWord = m.group().toLowerCase(java.util.Locale.ROOT).endsWith("time");
        if (!c.known() || n.equals("X") || code.endsWith("T") || c.tense() != Tense.FUTURE && !timeWord) {
            return null;
        }
        return Offsets.forward(c.anchor(), Integer.parseInt(n), code);
    }

    private TimeValue weekday(MatchResult m, Context c) {
        String word = lower(group(m, "wd"));
        String det = lower(group(m, "det"));
        det = det != null && det.endsWith("coming") ? "coming" : det; // "this upcoming Friday" is the coming one
        int at = m.start("wd");
        boolean introduced = det != null || w.prepositions().contains(c.wordBefore(at));
        if (w.ambiguousWeekdays().contains(word) && !(introduced && c.capitalised(at))) {
            return null;
        }
        String part = group(m, "part") == null ? null : w.dayParts().get(lower(group(m, "part")));
        if (!c.known()) {
            return TimeValue.unplaced(null, part == null ? Granularity.DAY : Granularity.TIME);
        }
        LocalDate d = Anchoring.weekday(c.anchor(), w.weekdays().get(word), det, c.tense());
        return part == null ? TimeValue.day(d) : TimeValue.clock(d, part);
    }

    /** "now", "at present": the moment of writing, which TIMEX3 leaves as PRESENT_REF rather than a calendar day. */
    private TimeValue present(MatchResult m, Context c) {
        if (c.capitalised(m.start()) && !c.startsSentence(m.start())) {
            return null; // "Apocalypse Now": a title
        }
        String after = c.wordAfter(m.end());
        boolean numbered = !after.isEmpty() && Character.isDigit(after.charAt(0));
        if (lower(group(m, "present")).endsWith(" date") && (c.wordBefore(m.start()).equals("up") || numbered)) {
            return null; // "up to date" is current, "to date 1" names a date field: neither is "so far"
        }
        return new TimeValue("PRESENT_REF", dev.triangulate.model.TimeType.DATE, Granularity.DAY, null, null);
    }

    /** "the new year" late in a year is the next one; earlier it is the current one. */
    private TimeValue newYear(MatchResult m, Context c) {
        if (!c.known()) {
            return TimeValue.unplaced(null, Granularity.YEAR);
        }
        int y = c.anchor().getYear();
        return TimeValue.year(c.anchor().getMonthValue() >= 9 ? y + 1 : y);
    }

    private TimeValue clock(MatchResult m, Context c) {
        String noon = lower(group(m, "noon"));
        if (noon != null) {
            return TimeValue.clock(null, noon.equals("midnight") ? "00:00" : "12:00");
        }
        int h = Integer.parseInt(group(m, "h"));
        String mi = group(m, "mi");
        String ap = lower(group(m, "ap")) != null ? lower(group(m, "ap")) : lower(group(m, "apx"));
        boolean ish = m.group().toLowerCase(java.util.Locale.ROOT).endsWith("ish");
        if (ap == null && !ish && !w.prepositions().contains(c.wordBefore(m.start())) && group(m, "tz") == null) {
            return null; // "3:2" scores and ratios: a bare h:mm needs "at", "by", "from"...
        }
        if (ap != null) {
            if (h == 0 || h > 12) {
                return null;
            }
            h = ap.startsWith("p") ? h % 12 + 12 : h % 12;
        }
        String tz = lower(group(m, "tz"));
        String zone = tz != null && (tz.equals("utc") || tz.equals("gmt")) ? "Z" : "";
        String seconds = group(m, "se") == null ? "" : ":" + group(m, "se");
        return TimeValue.clock(null, String.format("%02d:%s%s%s", h, mi == null ? "00" : mi, seconds, zone));
    }

    /**
     * "on the 18th": that day of the anchor's month, or of the month before or after as the tense says. Only
     * where nothing follows that it could number ("the 18th century", "the 3rd floor").
     */

    static String designator(String unit, String n) {
        return switch (unit) {
            case "week", "weekend" -> "P" + n + "W";
            case "month" -> "P" + n + "M";
            case "quarter" -> "P" + n + "Q";
            case "decade" -> "P" + Integer.parseInt(n) * 10 + "Y";
            case "century" -> "P" + Integer.parseInt(n) * 100 + "Y";
            default -> "P" + n + "Y";
        };
    }

    private static Granularity granularityOf(String unit) {
        return switch (unit) {
            case "day", "night" -> Granularity.DAY;
            case "week", "weekend", "fortnight" -> Granularity.WEEK;
            case "month" -> Granularity.MONTH;
            case "quarter" -> Granularity.QUARTER;
            case "decade" -> Granularity.DECADE;
            case "century" -> Granularity.CENTURY;
            case "year" -> Granularity.YEAR;
            default -> Granularity.TIME;
        };
    }
}
