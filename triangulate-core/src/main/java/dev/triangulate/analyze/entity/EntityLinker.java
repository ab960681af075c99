package dev.triangulate.analyze.entity;

import dev.triangulate.internal.DisjointSets;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Entity;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Merges the mentions of several articles into entities. Within an article, mentions with one
 * canonical name are one thing already ({@link MentionExtractor}); across articles two of those
 * are merged when
 * <ul>
 *   <li>their names, or any of their acronyms, designators or multi-word forms, share a
 *       spelling-tolerant key ("Zelenskyy" = "Zelensky" = "Zelenskyi": case, diacritics, doubled
 *       letters, y/i/j endings and a plural ending ignored);</li>
 *   <li>they have one full (multi-word) name, whatever type each article guessed;</li>
 *   <li>they are people with the same surname (spelling-tolerant, at most one edit per six letters;
 *       a generational "Jr." or "III" ignored) and compatible given names (equal, an initial, a
 *       shortened form of the one person with a longer given name: "Bart" and "Bartholomew", or one
 *       missing: "Putin" joins the one "... Putin" of the story, never two different given names);</li>
 *   <li>a person's full name ends the other's name ("Coroner Orla Brandt"), and only one person fits;</li>
 *   <li>a lone word that is nobody's surname is the given name of exactly one person ("Rosalind");</li>
 *   <li>an organisation or other name ends exactly one longer such name ("Red Sox", "Boston Red
 *       Sox"); places never, as "Sudan" is not "South Sudan";</li>
 *   <li>an acronym of one abbreviates a long form of the other (ATACMS and "Army Tactical Missile
 *       System"), or two acronyms of five or more letters differ by one edit and both abbreviate
 *       one long form of either, allowing one dropped letter (ATCMS and ATACMS).</li>
 * </ul>
 * People never merge with non-people. Entities come most-mentioned first; the name is the most
 * frequent full (multi-word, non-acronym) canonical name; ids are slugs of type and name, so
 * equal input gives equal ids. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Entity> entities = new EntityLinker().link(coverages);
 * }</pre>
 */
public final class EntityLinker {

    public List<Entity> link(List<Coverage> coverages) {
        List<LocalEntity> locals = locals(coverages);
        DisjointSets c = new DisjointSets(locals.size());
        joinSharedForms(locals, c);
        joinPeople(locals, c);
        joinShortNames(locals, c);
        joinAcronyms(locals, c);
        return new EntityAssembler().entities(locals, c);
    }

    private static List<LocalEntity> locals(List<Coverage> coverages) {
        List<LocalEntity> out = new ArrayList<>();
        for (Coverage cov : coverages) {
            Map<String, LocalEntity> byName = new LinkedHashMap<>();
            for (Mention m : cov.facts(Mention.class)) {
                byName.computeIfAbsent(m.canonical(), LocalEntity::new).add(m);
            }
            out.addAll(byName.values());
        }
        return out;
    }

    /** Same fuzzy key of the canonical name, an acronym, a designator or a multi-word form. */
    private static void joinSharedForms(List<LocalEntity> locals, DisjointSets c) {
        Map<String, Integer> owner = new HashMap<>();
        for (int i = 0; i < locals.size(); i++) {
            LocalEntity l = locals.get(i);
            if (l.words().size() > 1) {
                // a full name is one thing whatever type each article guessed for it ("Kimani Gray" as
                // a person here and an unknown name there); single words keep their type apart
                join(owner, "f:" + NameKey.fuzzyKey(l.canonical), i, c);
            }
            for (String form : l.forms) {
                boolean single = !form.contains(" ");
                if (single && l.isPerson() && !form.equals(l.canonical)) {
                    continue; // a surname alone is matched by joinPeople, which checks given names
                }
                join(owner, (l.isPerson() ? "p:" : "n:") + NameKey.fuzzyKey(form), i, c);
            }
        }
    }

    private static void join(Map<String, Integer> owner, String key, int i, DisjointSets c) {
        Integer j = owner.putIfAbsent(key, i);
        if (j != null) {
            c.join(i, j);
        }
    }

    private static void joinPeople(List<LocalEntity> locals, DisjointSets c) {
        for (int i = 0; i < locals.size(); i++) {
            for (int j = i + 1; j < locals.size(); j++) {
                LocalEntity a = locals.get(i);
                LocalEntity b = locals.get(j);
                if (isFullPerson(a) && isFullPerson(b) && PersonNames.samePerson(a.words(), b.words())) {
                    c.join(i, j);
                }
            }
        }
        for (int i = 0; i < locals.size(); i++) {
            LocalEntity a = locals.get(i);
            if (isFullPerson(a)) {
                joinUnique(locals, c, i, b -> isFullPerson(b) && PersonNames.shortenedGiven(a.words(), b.words()));
            }
            if (a.words().size() > 1 && (a.isPerson() || a.type == EntityType.OTHER)) {
                // "Orla Brandt" and "Coroner Orla Brandt": a role word the extractor kept before a name
                joinUnique(locals, c, i, b -> (a.isPerson() || b.isPerson()) && (b.isPerson() || b.type == EntityType.OTHER)
                        && PersonNames.endsWith(b.words(), a.words()));
            }
        }
        for (int i = 0; i < locals.size(); i++) {
            LocalEntity s = locals.get(i);
            if (s.words().size() == 1 && !NameKey.isAcronym(s.canonical) && (s.isPerson() || s.type == EntityType.OTHER)) {
                joinSurnameOrGivenName(locals, c, i);
            }
        }
    }

    /**
     * "Red Sox" and "Boston Red Sox", "Navy" and "Indian Navy": an organisation or other name that
     * ends exactly one longer such name. Places are left out ("Sudan" is not "South Sudan"), and so
     * is a word that is some person's surname.
     */
    private static void joinShortNames(List<LocalEntity> locals, DisjointSets c) {
        for (int i = 0; i < locals.size(); i++) {
            LocalEntity a = locals.get(i);
            List<String> w = a.words();
            if (!isOrganisationOrOther(a) || w.isEmpty() || (w.size() == 1 && NameKey.isAcronym(a.canonical))
                    || locals.stream().anyMatch(f -> isFullPerson(f) && NameKey.sameWord(f.words().getLast(), w.getLast()))) {
                continue;
            }
            joinUnique(locals, c, i, b -> isOrganisationOrOther(b) && b.words().size() > w.size()
                    && b.words().subList(b.words().size() - w.size(), b.words().size()).equals(w));
        }
    }

    private static boolean isOrganisationOrOther(LocalEntity l) {
        return l.type == EntityType.ORGANIZATION || l.type == EntityType.OTHER;
    }

    private static boolean isFullPerson(LocalEntity l) {
        return l.isPerson() && l.words().size() > 1;
    }

    /** Joins local {@code i} to the one group of locals that fit, if exactly one group does. */
    private static void joinUnique(List<LocalEntity> locals, DisjointSets c, int i, Predicate<LocalEntity> fits) {
        int root = -1;
        for (int j = 0; j < locals.size(); j++) {
            if (j != i && !c.same(i, j) && fits.test(locals.get(j))) {
                if (root >= 0 && root != c.root(j)) {
                    return; // two people fit: ambiguous
                }
                root = c.root(j);
            }
        }
        if (root >= 0) {
            c.join(i, root);
        }
    }

    /**
     * A lone word joins the one person (after full-name merging) whose surname it spells; a word that
     * is nobody's surname joins the one person whose given name it is ("Rosalind" for "Rosalind
     * Ferreira", as profiles and sports reports write).
     */
    private static void joinSurnameOrGivenName(List<LocalEntity> locals, DisjointSets c, int i) {
        String word = locals.get(i).words().getFirst();
        boolean anySurname = locals.stream().anyMatch(f -> isFullPerson(f) && NameKey.sameWord(f.words().getLast(), word));
        if (anySurname) {
            joinUnique(locals, c, i, f -> isFullPerson(f) && NameKey.sameWord(f.words().getLast(), word));
        } else if (word.length() >= 3) {
            joinUnique(locals, c, i, f -> isFullPerson(f) && f.words().getFirst().equals(word));
        }
    }

    private static void joinAcronyms(List<LocalEntity> locals, DisjointSets c) {
        for (int i = 0; i < locals.size(); i++) {
            for (String acronym : locals.get(i).acronyms()) {
                for (int j = 0; j < locals.size(); j++) {
                    if (!c.same(i, j) && !locals.get(j).isPerson() && abbreviatesAny(acronym, locals.get(j), 0)) {
                        c.join(i, j);
                    }
                }
            }
        }
        for (int i = 0; i < locals.size(); i++) {
            for (int j = i + 1; j < locals.size(); j++) {
                if (!c.same(i, j) && nearMissAcronyms(locals.get(i), locals.get(j))) {
                    c.join(i, j);
                }
            }
        }
    }

    private static boolean abbreviatesAny(String acronym, LocalEntity l, int slack) {
        for (String longForm : l.longForms()) {
            if (NameKey.abbreviates(acronym, longForm, slack)) {
                return true;
            }
        }
        return false;
    }

    /** ATCMS and ATACMS: five or more letters, one edit apart, and both fit a long form of either. */
    private static boolean nearMissAcronyms(LocalEntity a, LocalEntity b) {
        for (String x : a.acronyms()) {
            for (String y : b.acronyms()) {
                String lx = NameKey.acronymLetters(x);
                String ly = NameKey.acronymLetters(y);
                if (Math.min(lx.length(), ly.length()) >= 5 && NameKey.editDistance(lx, ly, 1) == 1
                        && (bothAbbreviate(x, y, a) || bothAbbreviate(x, y, b))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean bothAbbreviate(String x, String y, LocalEntity l) {
        return abbreviatesAny(x, l, 1) && abbreviatesAny(y, l, 1);
    }
}
