package dev.triangulate.server;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adds up the stored per-story entity rows into one {@link EntitySummary} per canonical name (case
 * ignored): stories and aliases are united, distinct articles counted, mentions summed. Where the stories
 * disagree on the spelling or the type, the one most stories use wins (ties: the first in story order),
 * so one odd story cannot rename or retype an entity. Not thread-safe: one per read.
 */
final class EntityTally {

    /** Most widely reported first: more articles, then more stories, then more mentions, then by name. */
    static final Comparator<EntitySummary> MOST_REPORTED = Comparator.comparingInt(EntitySummary::articles).reversed()
            .thenComparing(Comparator.comparingInt((EntitySummary e) -> e.stories().size()).reversed())
            .thenComparing(Comparator.comparingInt(EntitySummary::mentions).reversed())
            .thenComparing(EntitySummary::canonical);

    private final Map<String, Sum> sums = new LinkedHashMap<>();

    /** One stored row: an entity of one story. */
    void add(String story, StoryRow.NamedEntity e) {
        sums.computeIfAbsent(EntityQuery.fold(e.canonical()), k -> new Sum()).add(story, e);
    }

    /** The entities, most widely reported first. */
    List<EntitySummary> summaries() {
        return sums.values().stream().map(Sum::summary).sorted(MOST_REPORTED).toList();
    }

    private static final class Sum {
        private final Map<String, Integer> spellings = new LinkedHashMap<>();
        private final Map<String, Integer> types = new LinkedHashMap<>();
        private final Set<String> aliases = new HashSet<>();
        private final Set<String> stories = new TreeSet<>();
        private final Set<String> articles = new HashSet<>();
        private int mentions;

        void add(String story, StoryRow.NamedEntity e) {
            spellings.merge(e.canonical(), 1, Integer::sum);
            types.merge(e.type(), 1, Integer::sum);
            aliases.addAll(e.aliases());
            aliases.add(e.canonical());
            stories.add(story);
            articles.addAll(e.articles());
            mentions += e.mentions();
        }

        EntitySummary summary() {
            String canonical = mostCommon(spellings);
            List<String> others = aliases.stream().filter(a -> !a.equals(canonical)).sorted().toList();
            return new EntitySummary(canonical, mostCommon(types), others, List.copyOf(stories), articles.size(), mentions);
        }

        /** The key counted most; the first counted among equals (the maps keep insertion order). */
        private static String mostCommon(Map<String, Integer> counts) {
            String best = null;
            for (var e : counts.entrySet()) {
                if (best == null || e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            return best;
        }
    }
}
