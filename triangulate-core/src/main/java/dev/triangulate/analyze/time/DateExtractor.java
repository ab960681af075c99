package dev.triangulate.analyze.time;

import dev.triangulate.analyze.FactExtractor;
import dev.triangulate.model.Document;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.Relation;
import dev.triangulate.model.TimeType;
import dev.triangulate.model.When;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Finds dates, periods, clock times, durations and recurrences in an article and normalises them
 * against its publication date ({@code document.article().published().date()}).
 *
 * <pre>{@code
 * List<When> whens = DateExtractor.english().extract(document);
 * // "talks resumed on 18 November" in an article of 2024-11-20 -> "18 November", 2024-11-18, DAY
 * }</pre>
 *
 * <p>How it works: every rule of the grammar ({@link CalendarRules}, {@link RelativeRules},
 * {@link SpanRules}; word lists under {@code analyze/time/}) is matched against the text; each match
 * is read in its context (anchor date, tense of its clause, neighbouring words) and may be rejected;
 * the longest readings win, overlaps are dropped, a clock time next to a day joins it, and the words
 * before each expression give its {@link Relation}. Values follow TIMEX3 as listed on
 * {@link TimeValue}. Spans never include a leading preposition ("since August" gives "August", SINCE),
 * except the "in" of a future offset ("in three days"), which carries its meaning.
 *
 * <p>Without a publication date, absolute expressions are still resolved; a day or month without a
 * year keeps the TIMEX3 placeholder year ({@code XXXX-11-17}); deictic ones ("yesterday", "last
 * month", "on Sunday") get a {@code null} value. Begin and end are {@code null} whenever the period
 * is not placed on the calendar.
 *
 * <p>Immutable and thread-safe.
 */
public final class DateExtractor implements FactExtractor<When> {

    /** Month names short enough to look like abbreviations. */
    private static final java.util.Set<String> FULL_SHORT_MONTHS = java.util.Set.of("may", "june", "july");

    private final TimeWords words;
    private final List<Rule> rules;
    private final TenseReader tenses;
    private final RelationReader relations;

    private DateExtractor(TimeWords words) {
        this.words = words;
        List<Rule> all = new ArrayList<>(PeriodRules.all(words)); // first: on the same span they read more
        CalendarRules calendar = new CalendarRules(words);
        all.addAll(calendar.rules());
        all.addAll(new EasterRules().rules());
        all.addAll(new RelativeRules(words).rules());
        all.addAll(new SpanRules(words).rules());
        all.addAll(new ClockRules(words).rules());
        all.addAll(new RangeRules(words).rules());
        all.addAll(new NumericDateRules(words, calendar).rules());
        all.addAll(new DayPartRules(words).rules());
        all.addAll(new ShortYearRules(words).rules());
        all.addAll(new NumericRangeRules(words).rules());
        all.addAll(new WeekdayDayRules(words).rules());
        all.addAll(new NumberedPeriodRules(words).rules());
        all.addAll(new CurrentUnitRules().rules());
        all.addAll(new DayOfMonthRules().rules());
        this.rules = List.copyOf(all);
        this.tenses = new TenseReader(words);
        this.relations = new RelationReader(words);
    }

    /** The extractor with the bundled English word lists. */
    public static DateExtractor english() {
        return English.INSTANCE;
    }

    /** Built once on first use and shared: the extractor is immutable, and building it reads every word list. */
    private static final class English {
        static final DateExtractor INSTANCE = new DateExtractor(TimeWords.english());
    }

    @Override
    public List<When> extract(Document document) {
        String text = document.text();
        LocalDate anchor = document.article().published().date();
        List<Reading> readings = new ArrayList<>();
        int[] wordStarts = wordStarts(text);
        for (int i = 0; i < rules.size(); i++) {
            read(document, anchor, i, wordStarts, readings);
        }
        List<Reading> summed = SummedOffsets.join(text, DurationSums.join(text, withoutOverlaps(readings)));
        List<Reading> joined = DayTimes.join(text, anchor, WeekdayDates.join(text, WeekdayOffsets.join(text, Compounds.join(text, summed)))).stream()
                .filter(r -> !ClockRules.needsDay(r.kind())).toList();
        List<Reading> dated = joined.stream().map(r -> Ranges.split(anchor == null ? r : onAnchorDay(r, anchor))).toList();
        List<Reading> chosen = OpenEnds.join(text, Ranges.join(text, ListedDays.join(text, PresentRanges.join(text, anchor, dated))));
        List<When> out = new ArrayList<>(chosen.size());
        for (Reading r : chosen) {
            out.add(toWhen(document, r, relations.relation(text, r.start(), r.end(), out)));
        }
        return List.copyOf(out);
    }

    private void read(Document document, LocalDate anchor, int ruleIndex, int[] wordStarts, List<Reading> out) {
        String text = document.text();
        Rule rule = rules.get(ruleIndex);
        Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int after = 0;
        for (int from : wordStarts) {
            if (from < after || !rule.mayOpen(text, from) || !m.region(from, text.length()).lookingAt()) {
                continue;
            }
            int end = trimmedEnd(text, from, m.end());
            Tense tense = tenses.tense(document.sentenceAt(from), from, end);
            TimeValue v = rule.reader().read(m.toMatchResult(), new Context(text, anchor, tense, words));
            if (v != null && end > from) {
                out.add(new Reading(from, end, ruleIndex, rule.name(), v));
                after = m.end();
            }
        }
    }

    /** Where a rule may start: every expression begins a word (or is a "'90s"). Trying only there is fast. */
    private static int[] wordStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opens = Character.isLetterOrDigit(c) || c == '\'' || c == '’';
            if (opens && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    /**
     * A clock time with no day beside it is taken to fall on the publication day, as TimeML annotators
     * and news readers do ("trading halted at 14:30 GMT").
     */
    private static Reading onAnchorDay(Reading r, LocalDate anchor) {
        String v = r.value().value();
        boolean bare = v != null && (v.startsWith("T") || v.startsWith("(T")) && v.contains(":");
        if (r.value().type() != TimeType.TIME || !bare) {
            return r;
        }
        TimeValue placed = new TimeValue(Compounds.placed(v, anchor.toString(), null), TimeType.TIME, Granularity.TIME,
                anchor, anchor);
        return new Reading(r.start(), r.end(), r.rule(), r.kind(), placed, r.range());
    }

    /**
     * A sentence-final period after a full word is not part of the expression ("in October.", "on 19 June."); it
     * stays after an abbreviation, whose period it also is ("Aug.", "a.m.").
     */
    private int trimmedEnd(String text, int start, int end) {
        if (end - start < 2 || text.charAt(end - 1) != '.') {
            return end;
        }
        int k = end - 1;
        while (k > start && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        String word = lower(text.substring(k, end - 1));
        return Character.isDigit(text.charAt(end - 2)) || !abbreviation(word) ? end - 1 : end;
    }

    /** A letter or two ("p.m."), or a shortened month or weekday name ("Aug", "Tues"), never a full name ("June"). */
    private boolean abbreviation(String word) {
        if (word.length() <= 2) {
            return true;
        }
        boolean shortName = word.length() <= 4 && (words.months().containsKey(word) || words.weekdays().containsKey(word));
        return shortName && !FULL_SHORT_MONTHS.contains(word);
    }

    /** Longest first, then the earlier rule; a reading overlapping one already taken is dropped. */
    private static List<Reading> withoutOverlaps(List<Reading> readings) {
        List<Reading> byPreference = new ArrayList<>(readings);
        byPreference.sort(Comparator.comparingInt((Reading r) -> r.start() - r.end())
                .thenComparingInt(Reading::rule).thenComparingInt(Reading::start));
        List<Reading> taken = new ArrayList<>();
        java.util.BitSet covered = new java.util.BitSet();
        for (Reading r : byPreference) {
            int next = covered.nextSetBit(r.start());
            if (next < 0 || next >= r.end()) {
                taken.add(r);
                covered.set(r.start(), r.end());
            }
        }
        taken.sort(Comparator.comparingInt(Reading::start));
        return taken;
    }

    private static When toWhen(Document document, Reading r, Relation relation) {
        TimeValue v = r.value();
        String text = document.text().substring(r.start(), r.end());
        TimeType type = v.type() == null ? TimeType.DATE : v.type();
        Granularity g = v.granularity() == null ? Granularity.DAY : v.granularity();
        return new When(document.span(r.start(), r.end()), text, v.value(), type, g, v.begin(), v.end(), relation, r.range());
    }

    /** One accepted match of one rule ({@code kind} is the rule's name, or the name of a compound). */
    record Reading(int start, int end, int rule, String kind, TimeValue value, When.Range range) {

        Reading(int start, int end, int rule, String kind, TimeValue value) {
            this(start, end, rule, kind, value, null);
        }

        /** The same reading as one end of {@code period}. */
        Reading within(When.Range period) {
            return new Reading(start, end, rule, kind, value, period);
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
