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
 *   <li>they are people with the same surname (spelling-tolerant, at most one edit per six letters)
 *       and compatible given names (equal, an initial, or one missing: "Putin" joins the one
 *       "... Putin" of the story, never two different given names);</li>
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
            for (String form : l.forms) {
                boolean single = !form.contains(" ");
                if (single && l.isPerson() && !form.equals(l.canonical)) {
                    continue; // a surname alone is matched by joinPeople, which checks given names
                }
                String key = (l.isPerson() ? "p:" : "n:") + NameKey.fuzzyKey(form);
                Integer j = owner.putIfAbsent(key, i);
                if (j != null) {
                    c.join(i, j);
                }
            }
        }
    }

    /**
     * Full-name pairs are compared only within one surname block ({@link NameKey#wordBlock}), which
     * every pair of surnames {@link NameKey#sameWord} accepts shares: the same pairs join
     * as when comparing all, without the quadratic cost on a story of a thousand reports.
     */
    private static void joinPeople(List<LocalEntity> locals, DisjointSets c) {
        Map<String, List<Integer>> fullNames = new HashMap<>();
        for (int i = 0; i < locals.size(); i++) {
            LocalEntity l = locals.get(i);
            if (l.isPerson() && l.words().size() > 1) {
                fullNames.computeIfAbsent(NameKey.foldedBlock(l.foldedLast()), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> block : fullNames.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    LocalEntity a = locals.get(block.get(x));
                    LocalEntity b = locals.get(block.get(y));
                    // joined pairs cannot change the grouping
                    if (!c.same(block.get(x), block.get(y)) && samePerson(a, b)) {
                        c.join(block.get(x), block.get(y));
                    }
                }
            }
        }
        for (int i = 0; i < locals.size(); i++) {
            LocalEntity s = locals.get(i);
            if (s.words().size() == 1 && !NameKey.isAcronym(s.canonical)) {
                joinSurname(locals, c, i, fullNames.getOrDefault(NameKey.foldedBlock(s.foldedFirst()), List.of()));
            }
        }
    }

    /**
     * A lone surname joins the one person (after full-name merging) whose surname it spells. {@code
     * candidates} are the full names of its spelling block, in index order.
     */
    private static void joinSurname(List<LocalEntity> locals, DisjointSets c, int i, List<Integer> candidates) {
        LocalEntity s = locals.get(i);
        if (!s.isPerson() && s.type != EntityType.OTHER) {
            return;
        }
        int root = -1;
        for (int j : candidates) {
            LocalEntity f = locals.get(j);
            if (NameKey.sameFolded(f.foldedLast(), s.foldedFirst())) {
                if (root >= 0 && root != c.root(j)) {
                    return; // two people share the surname: ambiguous
                }
                root = c.root(j);
            }
        }
        if (root >= 0) {
            c.join(i, root);
        }
    }

    /** {@link #samePerson(List, List)} on the folded words each local entity keeps. */
    private static boolean samePerson(LocalEntity a, LocalEntity b) {
        if (!NameKey.sameFolded(a.foldedLast(), b.foldedLast())) {
            return false;
        }
        String ga = a.words().getFirst();
        String gb = b.words().getFirst();
        if (ga.length() == 1 || gb.length() == 1) {
            return ga.charAt(0) == gb.charAt(0);
        }
        return NameKey.sameFolded(a.foldedFirst(), b.foldedFirst());
    }

    static boolean samePerson(List<String> a, List<String> b) {
        if (!NameKey.sameWord(a.getLast(), b.getLast())) {
            return false;
        }
        String ga = a.getFirst();
        String gb = b.getFirst();
        if (ga.length() == 1 || gb.length() == 1) {
            return ga.charAt(0) == gb.charAt(0);
        }
        return NameKey.sameWord(ga, gb);
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
