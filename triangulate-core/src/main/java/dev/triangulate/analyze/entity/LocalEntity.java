package dev.triangulate.analyze.entity;

import dev.triangulate.model.EntityType;
import dev.triangulate.model.Mention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The mentions of one article that share a canonical name: the unit {@link EntityLinker} merges.
 * Knows its surface forms split by shape: acronyms, designators and longer names. Derived forms are
 * computed once, on first use. Not thread-safe: local to one linking.
 */
final class LocalEntity {

    final String canonical;
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> forms = new LinkedHashSet<>();
    EntityType type;
    // derived from the forms, computed once: the linker asks for them once per candidate pair
    private List<String> acronyms;
    private List<String> longForms;
    private List<String> words;
    private String foldedFirst;
    private String foldedLast;

    LocalEntity(String canonical) {
        this.canonical = canonical;
        forms.add(canonical);
    }

    void add(Mention m) {
        mentions.add(m);
        forms.add(NameKey.withoutArticle(DocumentCoreference.tidy(m.text())));
        acronyms = null;
        longForms = null;
        type = m.type(); // the extractor gives every mention of a canonical name the same type
    }

    List<String> acronyms() {
        if (acronyms == null) {
            acronyms = forms.stream().filter(f -> !f.contains(" ") && NameKey.isAcronym(f)).toList();
        }
        return acronyms;
    }

    List<String> longForms() {
        if (longForms == null) {
            longForms = forms.stream().filter(f -> NameKey.words(f).size() > 1).toList();
        }
        return longForms;
    }

    boolean isPerson() {
        return type == EntityType.PERSON;
    }

    /** {@link NameKey#fold Folded} first word of the canonical name (a lone surname, when it is one word). */
    String foldedFirst() {
        if (foldedFirst == null) {
            foldedFirst = NameKey.fold(words().getFirst());
        }
        return foldedFirst;
    }

    /** {@link NameKey#fold Folded} last word of the canonical name: a person's surname. */
    String foldedLast() {
        if (foldedLast == null) {
            foldedLast = NameKey.fold(words().getLast());
        }
        return foldedLast;
    }

    /** Words of the canonical name: a person's given name first, surname last, no "Jr." or "III". */
    List<String> words() {
        if (words == null) {
            words = PersonNames.words(canonical);
        }
        return words;
    }
}
