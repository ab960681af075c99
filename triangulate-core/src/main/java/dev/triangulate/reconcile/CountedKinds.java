package dev.triangulate.reconcile;

import dev.triangulate.internal.Stems;
import dev.triangulate.text.Lexicon;
import java.util.HashMap;
import java.util.Map;

/**
 * Which counted nouns name the same kind of thing, read from {@code reconcile/counted-kinds.txt}.
 *
 * <p>Two relations, kept apart because they license different verdicts. Synonyms ("thieves" and
 * "robbers") are one subject: {@link #synonymous} rewrites a subject key to the group's first word, so
 * their counts are compared like any other. A general noun and its specific ones ("people" and
 * "residents") are one kind ({@link #kind}) but not one subject: equal counts stated about the same
 * happening corroborate, yet "60 residents" and "200 people" may both be true, so they never conflict.
 * Only the head (last word) of a subject key is looked up; its other words ("north korean") stay.
 *
 * <p>Immutable and thread-safe.
 */
final class CountedKinds {

    static final CountedKinds ENGLISH = load("reconcile/counted-kinds.txt");

    private final Map<String, String> synonyms;
    private final Map<String, String> kinds;

    CountedKinds(Map<String, String> synonyms, Map<String, String> kinds) {
        this.synonyms = Map.copyOf(synonyms);
        this.kinds = Map.copyOf(kinds);
    }

    /** Groups written as {@code word = word ...} (synonyms) or {@code word > word ...} (general, then specific). */
    static CountedKinds load(String resource) {
        Map<String, String> synonyms = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        for (String line : Lexicon.lines(resource)) {
            boolean general = line.contains(">");
            String[] sides = line.split("[=>]", 2);
            if (sides.length != 2) {
                throw new IllegalStateException("counted kinds: expected 'word = words' or 'word > words': " + line);
            }
            String head = Stems.of(sides[0].strip());
            Map<String, String> into = general ? kinds : synonyms;
            for (String w : sides[1].strip().split("\\s+")) {
                into.put(Stems.of(w), head);
            }
        }
        return new CountedKinds(synonyms, kinds);
    }

    /** The subject key with its head replaced by the first word of its synonym group, if it has one. */
    String synonymous(String subjectKey) {
        return replaceHead(subjectKey, synonyms);
    }

    /** The key (or subject key) with its head replaced by its general noun, if it has one: claims of one kind. */
    String kind(String key) {
        return replaceHead(key, kinds);
    }

    private static String replaceHead(String key, Map<String, String> table) {
        int cut = Math.max(key.lastIndexOf(' '), key.lastIndexOf('|')) + 1;
        String head = key.substring(cut);
        String to = table.get(head);
        return to == null ? key : key.substring(0, cut) + to;
    }
}
