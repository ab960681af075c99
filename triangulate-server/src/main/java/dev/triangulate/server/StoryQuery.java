package dev.triangulate.server;

import java.time.LocalDate;

/**
 * Filters of the story list; a {@code null} filter is not applied. Matching of {@code entity} and
 * {@code outlet} is exact but ignores case; {@code text} is a full-text search over article titles and
 * bodies (every word must occur; words are matched as words, FTS5 operators are not interpreted).
 *
 * @param entity an entity name or alias
 * @param outlet an outlet name
 * @param from   stories with a member published on or after this day
 * @param to     stories with a member published on or before this day
 * @param text   words to search for
 * @param limit  at most this many stories, newest first
 */
public record StoryQuery(String entity, String outlet, LocalDate from, LocalDate to, String text, int limit) {

    public static final int MAX_LIMIT = 500;

    public StoryQuery {
        entity = blankToNull(entity);
        outlet = blankToNull(outlet);
        text = blankToNull(text);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    public static StoryQuery all() {
        return new StoryQuery(null, null, null, null, null, MAX_LIMIT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
