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
 * @param begin       first day covered (inclusive), {@code null} for durations, sets and unresolved values
 * @param end         last day covered (inclusive), {@code null} likewise
 * @param relation    how the sentence relates its event to this time ("since August" is SINCE)
 */
public record When(Span span, String text, String value, TimeType type, Granularity granularity,
                   LocalDate begin, LocalDate end, Relation relation) implements Fact {

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
}
