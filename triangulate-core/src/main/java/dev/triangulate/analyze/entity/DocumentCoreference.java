package dev.triangulate.analyze.entity;

import dev.triangulate.internal.DisjointSets;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the candidates of one document that name the same thing, and gives each group its
 * canonical name and type. Same key (case, dots, diacritics and a plural ending ignored); an
 * acronym and its long form, when one is in brackets right after the other or the acronym's
 * letters begin the long form's words; a surname alone and the one full name in the document
 * ending with it; a single word and the one organisation name starting with it; a designator and
 * the name it stands before.
 *
 * <p>Canonical: the long form over the acronym (the fullest name, as for people); among names of
 * equal length the singular, then the most frequent, then the first. Type: the strongest cue of
 * the group. Stateless and thread-safe.
 */
final class DocumentCoreference {

    /** One group's result: its canonical name and type. */
    record Resolved(String canonical, EntityType type) {
    }

    List<Resolved> resolve(List<Candidate> cands, List<Sentence> sentences) {
        DisjointSets c = new DisjointSets(cands.size());
        joinSameKeys(cands, c);
        joinBracketedAcronyms(cands, sentences, c);
        joinDesignators(cands, c);
        joinAcronymsToLongForms(cands, c);
        joinShortForms(cands, sentences, c);
        return resolved(cands, c);
    }

    private static void joinSameKeys(List<Candidate> cands, DisjointSets c) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < cands.size(); i++) {
            Integer j = first.putIfAbsent(NameKey.key(cands.get(i).text()), i);
            if (j != null) {
                c.join(i, j);
            }
        }
    }

    /** "Army Tactical Missile System (ATACMS)" and "ATACMS (Army Tactical Missile System)". */
    private static void joinBracketedAcronyms(List<Candidate> cands, List<Sentence> sentences, DisjointSets c) {
        for (int i = 0; i + 1 < cands.size(); i++) {
            Candidate a = cands.get(i);
            Candidate b = cands.get(i + 1);
            if (a.sentence() != b.sentence() || b.from() != a.to() + 1 || b.to() >= sentences.get(a.sentence()).tokens().size()) {
                continue;
            }
            var tokens = sentences.get(a.sentence()).tokens();
            if (!tokens.get(a.to()).text().equals("(") || !tokens.get(b.to()).text().equals(")")) {
                continue;
            }
            if (abbreviates(b, a, 1) || abbreviates(a, b, 1)) {
                c.join(i, i + 1);
            }
        }
    }

    private static boolean abbreviates(Candidate acronym, Candidate longForm, int slack) {
        return acronym.isSingleWord() && NameKey.isAcronym(acronym.text()) && longForm.words() > 1
                && NameKey.abbreviates(acronym.text(), longForm.text(), slack);
    }

    private static void joinDesignators(List<Candidate> cands, DisjointSets c) {
        for (int i = 0; i + 1 < cands.size(); i++) {
            if (cands.get(i).namesNext()) {
                c.join(i, i + 1);
            }
        }
    }

    /** An acronym whose letters begin every word of a longer name in the same document: "US", "United States". */
    private static void joinAcronymsToLongForms(List<Candidate> cands, DisjointSets c) {
        for (int i = 0; i < cands.size(); i++) {
            for (int j = 0; j < cands.size(); j++) {
                if (!c.same(i, j) && cands.get(j).type() != EntityType.PERSON && abbreviates(cands.get(i), cands.get(j), 0)) {
                    c.join(i, j);
                }
            }
        }
    }

    /** Prepositions after which a lone capitalised word names a place ("in Vellmar"), not a short form of an organisation. */
    private static final Set<String> LOCATIVES = Set.of("in", "near", "at", "across", "around", "outside", "inside",
            "throughout", "above", "below", "beyond", "towards", "toward");

    /** Whether any occurrence of the word stands after a locative preposition. */
    private static boolean usedAsPlace(String key, List<Candidate> cands, List<Sentence> sentences) {
        for (Candidate x : cands) {
            if (x.isSingleWord() && x.from() > 0 && NameKey.key(x.text()).equals(key)) {
                String before = sentences.get(x.sentence()).tokens().get(x.from() - 1).text().toLowerCase(java.util.Locale.ROOT);
                if (LOCATIVES.contains(before)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Putin" after "Vladimir Putin"; "Lockheed" after "Lockheed Martin": only when one full name fits. */
    private static void joinShortForms(List<Candidate> cands, List<Sentence> sentences, DisjointSets c) {
        for (int i = 0; i < cands.size(); i++) {
            Candidate s = cands.get(i);
            if (!s.isSingleWord() || NameKey.isAcronym(s.text()) || NameKey.isDesignator(s.text())) {
                continue;
            }
            String word = NameKey.key(s.text());
            Set<Integer> fits = new HashSet<>();
            int any = -1;
            for (int j = 0; j < cands.size(); j++) {
                Candidate f = cands.get(j);
                if (f.words() < 2 || s.strength() >= Candidate.GAZETTEER && s.type() != f.type()) {
                    continue;
                }
                List<String> w = NameKey.words(f.text());
                boolean surname = f.type() == EntityType.PERSON && w.getLast().equals(word)
                        && (s.type() == EntityType.PERSON || s.strength() <= Candidate.SHAPE);
                boolean orgHead = f.type() == EntityType.ORGANIZATION && f.strength() >= Candidate.HEAD
                        && w.getFirst().equals(word) && s.type() != EntityType.PERSON && s.type() != EntityType.PLACE
                        && !usedAsPlace(word, cands, sentences);
                if (surname || orgHead) {
                    fits.add(c.root(j));
                    any = j;
                }
            }
            if (fits.size() == 1) {
                c.join(i, any);
            }
        }
    }

    private static List<Resolved> resolved(List<Candidate> cands, DisjointSets c) {
        Map<Integer, List<Candidate>> groups = new HashMap<>();
        for (int i = 0; i < cands.size(); i++) {
            groups.computeIfAbsent(c.root(i), k -> new ArrayList<>()).add(cands.get(i));
        }
        Map<Integer, Resolved> byRoot = new HashMap<>();
        groups.forEach((root, members) -> byRoot.put(root, new Resolved(canonical(members), type(members))));
        List<Resolved> out = new ArrayList<>(cands.size());
        for (int i = 0; i < cands.size(); i++) {
            out.add(byRoot.get(c.root(i)));
        }
        return out;
    }

    static String canonical(List<Candidate> members) {
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate m : members) {
            counts.merge(tidy(m.text()), 1, Integer::sum);
        }
        String best = null;
        for (Candidate m : members) {
            String t = tidy(m.text());
            if (best == null || better(t, best, counts)) {
                best = t;
            }
        }
        return best;
    }

    private static boolean better(String a, String b, Map<String, Integer> counts) {
        int wa = fullness(a);
        int wb = fullness(b);
        if (wa != wb) {
            return wa > wb;
        }
        boolean sa = NameKey.normalise(a).equals(NameKey.key(a));
        boolean sb = NameKey.normalise(b).equals(NameKey.key(b));
        if (sa != sb) {
            return sa;
        }
        return counts.get(a) > counts.get(b);
    }

    /** Words, with acronyms and designators counted below any plain word: the long form wins. */
    private static int fullness(String name) {
        String[] w = name.split(" ");
        boolean code = w.length == 1 && (NameKey.isAcronym(name) || NameKey.isDesignator(name));
        return code ? 0 : w.length;
    }

    /** The name with its white space collapsed. */
    static String tidy(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static EntityType type(List<Candidate> members) {
        int[] score = new int[EntityType.values().length];
        Candidate strongest = members.getFirst();
        for (Candidate m : members) {
            score[m.type().ordinal()] += 1;
            if (m.strength() > strongest.strength()) {
                strongest = m;
            }
        }
        if (strongest.strength() > Candidate.NONE) {
            return strongest.type();
        }
        int best = 0;
        for (int t = 1; t < score.length; t++) {
            best = score[t] > score[best] ? t : best;
        }
        return EntityType.values()[best];
    }
}
