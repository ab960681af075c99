package dev.triangulate.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One story as the store keeps it: the list figures, the briefing JSON, and what the API filters on.
 *
 * @param id          stable id (see {@link Corpus})
 * @param title       headline-like label
 * @param firstDay    earliest publication day of its members, or {@code null}
 * @param lastDay     latest publication day, or {@code null}
 * @param counts      corroborated / single-source / conflicting findings
 * @param membership  the sorted member ids, one per line: equal membership means an equal briefing
 * @param briefing    the story's briefing as a JSON document
 * @param members     the member article ids
 * @param entities    entity names and aliases, for {@code ?entity=}
 * @param outlets     outlet names, for {@code ?outlet=}
 * @param evidence    every passage the briefing cites
 * @param named       the briefing's entities, for {@code GET /api/entities}
 */
record StoryRow(String id, String title, LocalDate firstDay, LocalDate lastDay, Counts counts, String membership,
                String briefing, List<String> members, Set<String> entities, Set<String> outlets,
                List<CitedSpan> evidence, List<NamedEntity> named) {

    StoryRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(briefing, "briefing");
        members = List.copyOf(members);
        entities = Set.copyOf(entities);
        outlets = Set.copyOf(outlets);
        evidence = List.copyOf(evidence);
        named = List.copyOf(named);
    }

    /** How many findings of a story have each verdict. */
    record Counts(int corroborated, int singleSource, int conflicting) {
    }

    /**
     * One entity of the story's briefing.
     *
     * @param canonical its canonical name
     * @param type      its {@link dev.triangulate.model.EntityType} label
     * @param aliases   its other names, canonical excluded
     * @param articles  the ids of the member articles that mention it
     * @param mentions  how many times the members mention it
     */
    record NamedEntity(String canonical, String type, List<String> aliases, List<String> articles, int mentions) {
        NamedEntity {
            Objects.requireNonNull(canonical, "canonical");
            Objects.requireNonNull(type, "type");
            aliases = List.copyOf(aliases);
            articles = List.copyOf(articles);
        }
    }

    /** A passage of an article that a finding cites. */
    record CitedSpan(String article, String finding, String verdict, String statement, int start, int end) {
    }
}
