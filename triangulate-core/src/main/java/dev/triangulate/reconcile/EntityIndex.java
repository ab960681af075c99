package dev.triangulate.reconcile;

import dev.triangulate.model.Entity;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which entity each mention of a story belongs to, and the mentions inside a span. */
final class EntityIndex {

    private final Map<String, List<Placed>> byArticle = new HashMap<>();

    private record Placed(Mention mention, Entity entity) {
    }

    EntityIndex(List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                byArticle.computeIfAbsent(m.span().docId(), k -> new ArrayList<>()).add(new Placed(m, e));
            }
        }
    }

    /** The entities mentioned inside {@code span}, by id, in mention order. */
    Map<String, Entity> within(Span span) {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Placed p : byArticle.getOrDefault(span.docId(), List.of())) {
            if (span.contains(p.mention().span())) {
                out.putIfAbsent(p.entity().id(), p.entity());
            }
        }
        return out;
    }

    /** The mentions inside {@code span} with their entities, in mention order. */
    List<Map.Entry<Mention, Entity>> mentionsWithin(Span span) {
        List<Map.Entry<Mention, Entity>> out = new ArrayList<>();
        for (Placed p : byArticle.getOrDefault(span.docId(), List.of())) {
            if (span.contains(p.mention().span())) {
                out.add(Map.entry(p.mention(), p.entity()));
            }
        }
        return out;
    }

    /** The entity of the mention overlapping {@code span}, or {@code null}. */
    Entity at(Span span) {
        for (Placed p : byArticle.getOrDefault(span.docId(), List.of())) {
            if (p.mention().span().overlaps(span)) {
                return p.entity();
            }
        }
        return null;
    }

    static boolean isPlace(Entity e) {
        return e.type() == EntityType.PLACE;
    }
}
