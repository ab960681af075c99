/**
 * Time expressions: what flows in is a segmented {@link dev.triangulate.model.Document}; what flows out
 * is a list of {@link dev.triangulate.model.When} facts, and, for undated articles, a
 * {@link dev.triangulate.model.Published} inferred from the text.
 *
 * <ul>
 *   <li>{@link dev.triangulate.analyze.time.DateExtractor} finds dates, periods, clock times, durations
 *       and recurrences and normalises them against the publication date. The grammar is three rule sets
 *       (calendar, relative, span), with more for periods, holidays, spelled and numeric dates and lengths
 *       ({@code PeriodRules}), over word lists in {@code analyze/time/*.txt}; matches are read in
 *       context (anchor, tense of the clause from cue words and UD tags, neighbouring words), the longest
 *       readings win, and neighbours are joined ("Sunday at 3 p.m.", "two weeks before Christmas",
 *       "Tuesday of next week"); clock times are then composed with the days, parts of the day, recurrences
 *       and clock times around them ({@code DayTimes}: "tomorrow before 5pm", "from 3 in the morning until
 *       5pm", "each Monday at 4pm").</li>
 *   <li>{@link dev.triangulate.analyze.time.PublicationDateInference} infers a publication date from a
 *       "Published:" line, a dateline, or the latest plausible full date in the text.</li>
 * </ul>
 *
 * <p>Invariants: every {@code When} span lies inside the article text, excludes a leading preposition
 * (except the "in" of "in three days", which carries the meaning), and {@code text()} equals the
 * characters it covers; output is in text order without overlaps and deterministic. Values follow
 * TIMEX3 (conventions on {@code TimeValue}): {@code 2024-11-17}, {@code 2024-10}, {@code 2024-W47},
 * {@code 2024-SU}, {@code 2024-Q3}, {@code 2024-H1}, {@code 2025}, {@code 199}, {@code FY2024}, {@code 2024-11-17T15:30}
 * ({@code Z} when stated in UTC/GMT), {@code 2024-11-17TMO}; durations {@code P3D}, {@code PT24H},
 * {@code PXM}; sets {@code P1W}, {@code XXXX-WXX-1}. A clock time with no day beside it is placed on the
 * publication day. Without a publication date: absolute expressions resolve, a day or month without a
 * year keeps {@code XXXX}, deictic ones ("yesterday", "last month", "on Sunday") have a {@code null}
 * value; begin and end are {@code null} whenever nothing is placed on the calendar. A length counted from the
 * publication date ("the next 3 days", "within 9 months") keeps its duration value and has begin and end.
 *
 * <p>Tense rule for underspecified dates ("on 18 November", "in October", "on Sunday", "the summer"): a
 * past clause takes the latest occurrence not after the anchor, a future clause (will, would, next,
 * scheduled, "to be held"...) the earliest not before it, and a clause without cues the nearest one.
 */
package dev.triangulate.analyze.time;
