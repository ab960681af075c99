package dev.triangulate.model;

import java.util.Objects;

/**
 * Words reported as someone's own, inside quotation marks.
 *
 * @param span         the quoted words, without the quotation marks
 * @param text         the exact source characters
 * @param speaker      the speaker's canonical name, or {@code null} when unattributed
 * @param speakerSpan  where the speaker is named for this quote (may be a pronoun's antecedent), or {@code null}
 * @param cue          the reporting verb or phrase ("said", "warned", "according to"), or {@code null}
 * @param partial      {@code true} for a fragment quoted inside the writer's own sentence
 *                     (partial or scare quote), {@code false} for a full statement
 */
public record Quote(Span span, String text, String speaker, Span speakerSpan, String cue, boolean partial)
        implements Fact {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
