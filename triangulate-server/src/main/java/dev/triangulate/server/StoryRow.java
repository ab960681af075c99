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
 */
record StoryRow(String id, String title, LocalDate firstDay, LocalDate lastDay, Counts counts, String membership,
                String briefing, List<String> members, Set<String> entities, Set<String> outlets,
                List<CitedSpan> evidence) {

    StoryRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(briefing, "briefing");
        members = List.copyOf(members);
        entities = Set.copyOf(entities);
        outlets = Set.copyOf(outlets);
        evidence = List.copyOf(evidence);
    }

    /** How many findings of a story have each verdict. */
    record Counts(int corroborated, int singleSource, int conflicting) {
    }

    /** A passage of an article that a finding cites. */
    record CitedSpan(String article, String finding, String verdict, String statement, int start, int end) {
    }
}
