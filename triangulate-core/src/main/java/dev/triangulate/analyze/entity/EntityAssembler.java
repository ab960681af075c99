package dev.triangulate.analyze.entity;

import dev.triangulate.internal.DisjointSets;
import dev.triangulate.model.Entity;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Mention;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns clusters of local entities into {@link Entity} records: name, type, aliases, ids and order.
 * Stateless and thread-safe.
 */
final class EntityAssembler {

    private record Draft(String name, EntityType type, List<String> aliases, List<Mention> mentions, int articles,
                         int order) {
    }

    List<Entity> entities(List<LocalEntity> locals, DisjointSets c) {
        Map<Integer, List<LocalEntity>> groups = new LinkedHashMap<>();
        for (int i = 0; i < locals.size(); i++) {
            groups.computeIfAbsent(c.root(i), k -> new ArrayList<>()).add(locals.get(i));
        }
        List<Draft> drafts = new ArrayList<>();
        for (List<LocalEntity> g : groups.values()) {
            drafts.add(draft(g, drafts.size()));
        }
        drafts.sort(Comparator.comparingInt((Draft d) -> -d.mentions().size())
                .thenComparingInt(d -> -d.articles())
                .thenComparingInt(Draft::order));
        Set<String> ids = new HashSet<>();
        List<Entity> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            out.add(new Entity(id(d, ids), d.name(), d.type(), d.aliases(), d.mentions()));
        }
        return out;
    }

    private static Draft draft(List<LocalEntity> group, int order) {
        List<Mention> mentions = new ArrayList<>();
        group.forEach(l -> mentions.addAll(l.mentions));
        String name = name(mentions);
        int articles = (int) mentions.stream().map(m -> m.span().docId()).distinct().count();
        return new Draft(name, type(mentions), aliases(mentions, name), mentions, articles, order);
    }

    /** The most frequent canonical name, preferring full names (several words, not an acronym). */
    private static String name(List<Mention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            counts.merge(DocumentCoreference.tidy(m.canonical()), 1, Integer::sum);
        }
        boolean anyFull = counts.keySet().stream().anyMatch(EntityAssembler::isFull);
        String best = null;
        for (var e : counts.entrySet()) {
            if ((!anyFull || isFull(e.getKey())) && (best == null || e.getValue() > counts.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean isFull(String name) {
        return name.contains(" ");
    }

    private static EntityType type(List<Mention> mentions) {
        int[] votes = new int[EntityType.values().length];
        mentions.forEach(m -> votes[m.type().ordinal()]++);
        int best = 0;
        for (int t = 1; t < votes.length; t++) {
            best = votes[t] > votes[best] ? t : best;
        }
        return EntityType.values()[best];
    }

    /** Every other name used, most used first. */
    private static List<String> aliases(List<Mention> mentions, String name) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            counts.merge(NameKey.withoutArticle(DocumentCoreference.tidy(m.text())), 1, Integer::sum);
            counts.merge(DocumentCoreference.tidy(m.canonical()), 0, Integer::sum);
        }
        counts.remove(name);
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    /** "person:vladimir-putin"; a numeric suffix keeps ids unique when two entities share a name. */
    private static String id(Draft d, Set<String> taken) {
        String slug = Normalizer.normalize(d.name(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String base = d.type().label() + ":" + (slug.isEmpty() ? "entity" : slug);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
