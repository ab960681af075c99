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
 * The person rules are {@link PersonMatcher}'s. Every rule compares only within blocks of candidates
 * that share a key its matches must share, so a story of a thousand reports stays fast. Single words
 * of a person never merge with non-people. Entities come most-mentioned first; the name is the most
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
        PersonMatcher.join(locals, c);
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

    /**
     * "Red Sox" and "Boston Red Sox", "Navy" and "Indian Navy": an organisation or other name that
     * ends exactly one longer such name (compared within its last word's block). Places are left out
     * ("Sudan" is not "South Sudan"), and so is a word that is some person's surname.
     */
    private static void joinShortNames(List<LocalEntity> locals, DisjointSets c) {
        Map<String, List<Integer>> byLast = PersonMatcher.distinctBlocks(locals, c,
                PersonMatcher.index(locals, l -> isOrganisationOrOther(l) && !l.words().isEmpty(), l -> l.words().getLast()));
        Map<String, List<Integer>> surnames = PersonMatcher.index(locals, PersonMatcher::isFullPerson,
                l -> NameKey.foldedBlock(l.foldedLast()));
        for (List<Integer> block : byLast.values()) {
            for (int i : block) {
                LocalEntity a = locals.get(i);
                String last = NameKey.fold(a.words().getLast());
                if ((a.words().size() == 1 && NameKey.isAcronym(a.canonical))
                        || PersonMatcher.isSomeSurname(locals, surnames.getOrDefault(NameKey.foldedBlock(last), List.of()), last)) {
                    continue;
                }
                PersonMatcher.joinUnique(locals, c, i, block, b -> PersonNames.endsWithWords(b.words(), a.words()));
            }
        }
    }

    private static boolean isOrganisationOrOther(LocalEntity l) {
        return l.type == EntityType.ORGANIZATION || l.type == EntityType.OTHER;
    }

    /**
     * An acronym is tried only against the long forms whose first content word starts with its first
     * letter (without slack no other can match), and near-miss pairs only among entities that have an
     * acronym of five or more letters.
     */
    private static void joinAcronyms(List<LocalEntity> locals, DisjointSets c) {
        Map<Character, List<Integer>> byInitial = new HashMap<>();
        List<Integer> longAcronyms = new ArrayList<>();
        for (int j = 0; j < locals.size(); j++) {
            LocalEntity l = locals.get(j);
            for (String longForm : l.isPerson() ? List.<String>of() : l.longForms()) {
                char initial = NameKey.abbreviationInitial(longForm);
                List<Integer> block = initial == '\0' ? null : byInitial.computeIfAbsent(initial, k -> new ArrayList<>());
                if (block != null && (block.isEmpty() || block.getLast() != j)) {
                    block.add(j);
                }
            }
            if (l.acronyms().stream().anyMatch(a -> NameKey.acronymLetters(a).length() >= 5)) {
                longAcronyms.add(j);
            }
        }
        for (int i = 0; i < locals.size(); i++) {
            for (String acronym : locals.get(i).acronyms()) {
                for (int j : byInitial.getOrDefault(NameKey.acronymInitial(acronym), List.of())) {
                    if (!c.same(i, j) && abbreviatesAny(acronym, locals.get(j), 0)) {
                        c.join(i, j);
                    }
                }
            }
        }
        for (int x = 0; x < longAcronyms.size(); x++) {
            for (int y = x + 1; y < longAcronyms.size(); y++) {
                int i = longAcronyms.get(x);
                int j = longAcronyms.get(y);
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
