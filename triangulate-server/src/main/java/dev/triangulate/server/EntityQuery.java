package dev.triangulate.server;

import dev.triangulate.model.EntityType;
import java.util.Locale;

/**
 * Filters of the entity list; a {@code null} filter is not applied. {@code text} matches, ignoring case,
 * anywhere in an entity's canonical name or in one of its aliases ("kyiv" finds "Kyiv" and "Kyiv Oblast").
 *
 * @param text  part of a name or alias
 * @param type  the entity type
 * @param limit at most this many entities, most widely reported first
 */
public record EntityQuery(String text, EntityType type, int limit) {

    public EntityQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (limit < 1 || limit > StoryQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + StoryQuery.MAX_LIMIT + ", got " + limit);
        }
    }

    public static EntityQuery all() {
        return new EntityQuery(null, null, StoryQuery.MAX_LIMIT);
    }

    /** Whether the entity passes the filters. */
    boolean matches(EntitySummary e) {
        if (type != null && !type.label().equals(e.type())) {
            return false;
        }
        if (text == null) {
            return true;
        }
        String needle = fold(text);
        return fold(e.canonical()).contains(needle) || e.aliases().stream().anyMatch(a -> fold(a).contains(needle));
    }

    /** Case folded the same way for every name, so matching does not depend on the server's locale. */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
