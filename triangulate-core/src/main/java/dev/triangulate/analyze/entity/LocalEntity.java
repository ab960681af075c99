package dev.triangulate.analyze.entity;

import dev.triangulate.model.EntityType;
import dev.triangulate.model.Mention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The mentions of one article that share a canonical name: the unit {@link EntityLinker} merges.
 * Knows its surface forms split by shape: acronyms, designators and longer names.
 */
final class LocalEntity {

    final String canonical;
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> forms = new LinkedHashSet<>();
    EntityType type;

    LocalEntity(String canonical) {
        this.canonical = canonical;
        forms.add(canonical);
    }

    void add(Mention m) {
        mentions.add(m);
        forms.add(DocumentCoreference.tidy(m.text()));
        type = m.type(); // the extractor gives every mention of a canonical name the same type
    }

    List<String> acronyms() {
        return forms.stream().filter(f -> !f.contains(" ") && NameKey.isAcronym(f)).toList();
    }

    List<String> longForms() {
        return forms.stream().filter(f -> NameKey.words(f).size() > 1).toList();
    }

    boolean isPerson() {
        return type == EntityType.PERSON;
    }

    /** Words of the canonical name: a person's given name first, surname last, no "Jr." or "III". */
    List<String> words() {
        return PersonNames.words(canonical);
    }
}
