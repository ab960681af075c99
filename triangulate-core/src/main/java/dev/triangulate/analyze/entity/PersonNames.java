package dev.triangulate.analyze.entity;

import dev.triangulate.text.Lexicon;
import java.util.List;
import java.util.Set;

/**
 * How names relate across articles: the words compared (a generational suffix such as "Jr."
 * dropped), the same person by surname and given name, a shortened given name ("Bart" for
 * "Bartholomew"), and a name that ends another ("Orla Brandt" in "Coroner Orla Brandt"). Pure
 * functions over normalised words; thread-safe.
 */
final class PersonNames {

    private static final Set<String> GENERATIONAL = Lexicon.lines("analyze/entity/generational-suffixes.txt");

    /** Shortened given names are at least this long: "Al" could stand for too many names. */
    private static final int MIN_SHORT_GIVEN = 3;

    private PersonNames() {
    }

    /** The normalised words of a name without a trailing generational suffix ("Ann Roe Sr." -> ann, roe). */
    static List<String> words(String name) {
        List<String> w = NameKey.words(name);
        return w.size() > 2 && GENERATIONAL.contains(w.getLast()) ? w.subList(0, w.size() - 1) : w;
    }

    /** Same surname (spelling-tolerant) and given names equal, one an initial of the other, or spelled alike. */
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

    /** Same surname, and the given name of {@code shorter} begins the longer given name of {@code longer}. */
    static boolean shortenedGiven(List<String> shorter, List<String> longer) {
        String gs = shorter.getFirst();
        String gl = longer.getFirst();
        return gs.length() >= MIN_SHORT_GIVEN && gl.length() > gs.length() && gl.startsWith(gs)
                && NameKey.sameWord(shorter.getLast(), longer.getLast());
    }

    /** Whether {@code tail} (two words or more) is the end of the longer {@code name}. */
    static boolean endsWith(List<String> name, List<String> tail) {
        return tail.size() >= 2 && endsWithWords(name, tail);
    }

    /** Whether {@code tail} (one word or more) is the end of the longer {@code name}. */
    static boolean endsWithWords(List<String> name, List<String> tail) {
        return !tail.isEmpty() && name.size() > tail.size() && name.subList(name.size() - tail.size(), name.size()).equals(tail);
    }
}
