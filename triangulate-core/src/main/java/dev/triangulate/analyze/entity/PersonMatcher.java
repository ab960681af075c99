package dev.triangulate.analyze.entity;

import dev.triangulate.internal.DisjointSets;
import dev.triangulate.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The person rules of {@link EntityLinker}, each compared only within a block of candidates that every
 * pair the rule accepts shares, so a story of a thousand reports costs about as much as the distinct
 * names it holds, not the square of its mentions:
 * <ul>
 *   <li>full names with the same surname (spelling-tolerant) and compatible given names (equal, an
 *       initial, spelled alike): block = the surname's {@link NameKey#foldedBlock};</li>
 *   <li>a shortened given name of the one person with a longer one ("Bart" and "Bartholomew"): same block;</li>
 *   <li>a full name that ends the other's name ("Coroner Orla Brandt"), one side a person, the other a
 *       person or other, and only one group fits: block = the last word;</li>
 *   <li>a lone word joins the one person whose surname it spells; a word that is nobody's surname joins
 *       the one person whose given name it is ("Rosalind"): blocks = surname block, given name.</li>
 * </ul>
 * Within a block, local entities with the same words in the same group are compared once. Stateless;
 * thread-safe.
 */
final class PersonMatcher {

    /** Given names this short are left alone: "Al" or "Jo" could be anyone. */
    private static final int MIN_GIVEN_ALONE = 3;

    private PersonMatcher() {
    }

    static void join(List<LocalEntity> locals, DisjointSets c) {
        Map<String, List<Integer>> bySurname = index(locals, PersonMatcher::isFullPerson, l -> NameKey.foldedBlock(l.foldedLast()));
        for (List<Integer> block : bySurname.values()) {
            joinPairs(locals, c, distinct(locals, c, block));
        }
        for (List<Integer> block : bySurname.values()) {
            List<Integer> people = distinct(locals, c, block);
            for (int a : people) {
                joinUnique(locals, c, a, people, b -> PersonNames.shortenedGiven(locals.get(a).words(), b.words()));
            }
        }
        joinRoleWords(locals, c);
        Map<String, List<Integer>> surnames = distinctBlocks(locals, c, bySurname);
        Map<String, List<Integer>> given = distinctBlocks(locals, c, index(locals, PersonMatcher::isFullPerson, l -> l.words().getFirst()));
        for (int i = 0; i < locals.size(); i++) {
            LocalEntity s = locals.get(i);
            if (s.words().size() == 1 && !NameKey.isAcronym(s.canonical) && isPersonOrOther(s)) {
                joinLoneWord(locals, c, i, surnames.getOrDefault(NameKey.foldedBlock(s.foldedFirst()), List.of()),
                        given.getOrDefault(s.words().getFirst(), List.of()));
            }
        }
    }

    /** {@link #distinct} of every block; later joins only make some of them redundant, never wrong. */
    static Map<String, List<Integer>> distinctBlocks(List<LocalEntity> locals, DisjointSets c, Map<String, List<Integer>> blocks) {
        Map<String, List<Integer>> out = new HashMap<>();
        blocks.forEach((k, v) -> out.put(k, distinct(locals, c, v)));
        return out;
    }

    /** Whether a lone word such as "Vance" is the surname of some full-named person among {@code locals}. */
    static boolean isSomeSurname(List<LocalEntity> locals, List<Integer> surnameBlock, String folded) {
        return surnameBlock.stream().anyMatch(j -> NameKey.sameFolded(locals.get(j).foldedLast(), folded));
    }

    private static void joinPairs(List<LocalEntity> locals, DisjointSets c, List<Integer> people) {
        for (int x = 0; x < people.size(); x++) {
            for (int y = x + 1; y < people.size(); y++) {
                int i = people.get(x);
                int j = people.get(y);
                if (!c.same(i, j) && samePerson(locals.get(i), locals.get(j))) {
                    c.join(i, j);
                }
            }
        }
    }

    /** "Orla Brandt" and "Coroner Orla Brandt": a role word the extractor kept before a full name. */
    private static void joinRoleWords(List<LocalEntity> locals, DisjointSets c) {
        Map<String, List<Integer>> byLast = index(locals, l -> l.words().size() > 1 && isPersonOrOther(l), l -> l.words().getLast());
        for (List<Integer> block : byLast.values()) {
            List<Integer> names = distinct(locals, c, block);
            for (int i : names) {
                LocalEntity a = locals.get(i);
                joinUnique(locals, c, i, names, b -> (a.isPerson() || b.isPerson()) && PersonNames.endsWith(b.words(), a.words()));
            }
        }
    }

    private static void joinLoneWord(List<LocalEntity> locals, DisjointSets c, int i, List<Integer> surnames, List<Integer> given) {
        LocalEntity s = locals.get(i);
        if (isSomeSurname(locals, surnames, s.foldedFirst())) {
            joinUnique(locals, c, i, surnames, f -> NameKey.sameFolded(f.foldedLast(), s.foldedFirst()));
        } else if (s.words().getFirst().length() >= MIN_GIVEN_ALONE) {
            joinUnique(locals, c, i, given, f -> true);
        }
    }

    /**
     * Joins local {@code i} to the one group whose members among {@code candidates} fit, if exactly one
     * group does; a fit in {@code i}'s own group counts, so a name already placed is not pulled into a
     * second group.
     */
    static void joinUnique(List<LocalEntity> locals, DisjointSets c, int i, List<Integer> candidates, Predicate<LocalEntity> fits) {
        int root = -1;
        for (int j : candidates) {
            if (j != i && fits.test(locals.get(j))) {
                int r = c.root(j);
                if (root >= 0 && root != r) {
                    return; // two groups fit: ambiguous
                }
                root = r;
            }
        }
        if (root >= 0 && root != c.root(i)) {
            c.join(i, root);
        }
    }

    /** Indices of the locals that {@code keep} accepts, by block key, in index order. */
    static Map<String, List<Integer>> index(List<LocalEntity> locals, Predicate<LocalEntity> keep, Function<LocalEntity, String> key) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int i = 0; i < locals.size(); i++) {
            LocalEntity l = locals.get(i);
            if (keep.test(l)) {
                out.computeIfAbsent(key.apply(l), k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    /**
     * The first of each set of locals with the same words and type in the same group: every rule here
     * decides alike for them, so comparing one is enough (a thousand "Vladimir Putin"s are one).
     */
    static List<Integer> distinct(List<LocalEntity> locals, DisjointSets c, List<Integer> block) {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int i : block) {
            LocalEntity l = locals.get(i);
            first.putIfAbsent(c.root(i) + "|" + l.type + "|" + String.join(" ", l.words()), i);
        }
        return List.copyOf(first.values());
    }

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

    static boolean isFullPerson(LocalEntity l) {
        return l.isPerson() && l.words().size() > 1;
    }

    private static boolean isPersonOrOther(LocalEntity l) {
        return l.isPerson() || l.type == EntityType.OTHER;
    }
}
