package dev.triangulate.model;

import java.util.Objects;

/**
 * A mention of a named person, organisation, place or other thing.
 *
 * @param span      the mention's characters (titles and possessive endings excluded)
 * @param text      the exact source characters
 * @param type      what kind of thing it names
 * @param canonical the fullest name this article uses for the same thing (for example
 *                  "Vladimir Putin" for a later "Putin"); cross-article merging happens later
 */
public record Mention(Span span, String text, EntityType type, String canonical) implements Fact {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        canonical = canonical == null || canonical.isBlank() ? text : canonical;
    }
}
