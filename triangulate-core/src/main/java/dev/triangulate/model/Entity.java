package dev.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world thing, as named across the articles of a story.
 *
 * @param id       stable id within the story
 * @param name     canonical (fullest, most common) name
 * @param type     what kind of thing
 * @param aliases  the other names used for it ("Zelensky", "Zelenskyi"), canonical name excluded
 * @param mentions every mention, in article order
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<Mention> mentions) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    /** The ids of the articles that mention it, in first-mention order, without repeats. */
    public List<String> articles() {
        return mentions.stream().map(m -> m.span().docId()).distinct().toList();
    }
}
