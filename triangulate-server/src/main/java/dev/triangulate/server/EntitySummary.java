package dev.triangulate.server;

import java.util.List;
import java.util.Objects;

/**
 * An entity across every stored story ({@code GET /api/entities}): the briefings' entities with the same
 * canonical name (ignoring case) added up.
 *
 * @param canonical the canonical name, as most of its stories spell it
 * @param type      the {@link dev.triangulate.model.EntityType} label most of its stories give it
 * @param aliases   every other name the stories use for it, sorted
 * @param stories   the ids of the stories that name it, sorted
 * @param articles  how many distinct articles mention it
 * @param mentions  how many times they mention it
 */
public record EntitySummary(String canonical, String type, List<String> aliases, List<String> stories, int articles,
                            int mentions) {

    public EntitySummary {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        stories = List.copyOf(stories);
    }
}
