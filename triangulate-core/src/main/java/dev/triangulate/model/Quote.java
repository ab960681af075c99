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
 * @param role         the phrase describing an unnamed speaker ("a senior official"), or {@code null}
 *                     when the speaker is named or unknown
 */
public record Quote(Span span, String text, String speaker, Span speakerSpan, String cue, boolean partial, String role)
        implements Fact {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        role = speaker != null || role == null || role.isBlank() ? null : role;
    }

    /** A quote without a role phrase: the form used before roles were kept. */
    public Quote(Span span, String text, String speaker, Span speakerSpan, String cue, boolean partial) {
        this(span, text, speaker, speakerSpan, cue, partial, null);
    }
}
