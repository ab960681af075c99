package dev.triangulate.analyze.quote;

import dev.triangulate.model.EntityType;
import dev.triangulate.model.Span;

/**
 * A resolved speaker.
 *
 * @param name the canonical name (from the matching mention) or the name as written
 * @param span where the name is written
 * @param type the mention's type, or {@code null} when no mention matched
 */
record Speaker(String name, Span span, EntityType type) {
}
