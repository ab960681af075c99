package dev.triangulate.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date, period, time, duration or recurrence, normalised against the publication date.
 *
 * <pre>{@code "last month" in an article of 2024-11-18 -> value "2024-10", MONTH, 2024-10-01..2024-10-31}</pre>
 *
 * @param span        the characters of the expression (a leading preposition is not included)
 * @param text        the exact source characters
 * @param value       TIMEX3-style value: {@code 2024-11-17}, {@code 2024-10}, {@code 2024-SU},
 *                    {@code 2025}, {@code P3D}; {@code null} when it could not be resolved
 * @param type        date, time, duration or set
 * @param granularity how precisely it is stated
 * @param begin       first day covered (inclusive), {@code null} for sets, unresolved values and durations not
 *                    counted from a known day ("the next 3 days" has one: the three days after publication)
 * @param end         last day covered (inclusive), {@code null} likewise
 * @param relation    how the sentence relates its event to this time ("since August" is SINCE)
 * @param range       the whole period when this time is one end of a range written in the text ("from
 *                    March to May": both ends carry the period March-May), else {@code null}
 */
public record When(Span span, String text, String value, TimeType type, Granularity granularity,
                   LocalDate begin, LocalDate end, Relation relation, Range range) implements Fact {

    /** A time that is not the end of a written range. */
    public When(Span span, String text, String value, TimeType type, Granularity granularity,
                LocalDate begin, LocalDate end, Relation relation) {
        this(span, text, value, type, granularity, begin, end, relation, null);
    }

    public When {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(granularity, "granularity");
        relation = relation == null ? Relation.AT : relation;
        if (begin != null && end != null && end.isBefore(begin)) {
            throw new IllegalArgumentException("period ends before it begins: " + begin + ".." + end);
        }
    }

    /** A calendar point or period we could place, as opposed to a duration, a set or an unresolved phrase. */
    public boolean placed() {
        return begin != null && end != null && (type == TimeType.DATE || type == TimeType.TIME);
    }

    /**
     * A period written as its two ends ("between 2019 and 2021", "3-5pm"). TimeML annotates the ends as two
     * times, so they stay two facts; the period they make is kept here for comparing periods.
     *
     * @param start the offset where the first end begins
     * @param stop  the offset where the second end ends
     * @param value {@code (first,last,duration)} with the ends' values: {@code (2019,2021,P3Y)},
     *              {@code (2024-11-17T15:00,2024-11-17T17:00,PT2H)}
     * @param begin first day covered (inclusive), or {@code null} when not placed
     * @param end   last day covered (inclusive), or {@code null} when not placed
     */
    public record Range(int start, int stop, String value, LocalDate begin, LocalDate end) {
        public Range {
            Objects.requireNonNull(value, "value");
            if (stop < start) {
                throw new IllegalArgumentException("range stops before it starts: " + start + ".." + stop);
            }
        }
    }
}
