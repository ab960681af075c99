package dev.triangulate.reconcile;

import dev.triangulate.internal.Stems;
import dev.triangulate.text.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists reconciliation reads (stop words, hedges, speculation, start and end verbs, negations),
 * loaded once from {@code dev/triangulate/reconcile/}. Immutable and thread-safe.
 */
record Cues(Set<String> stopwords, List<String> hedges, Set<String> speculation,
            List<String> startStems, List<String> endStems, List<String> reportingStems, Set<String> negations) {

    static final Cues ENGLISH = new Cues(
            Lexicon.lines("reconcile/stopwords.txt"),
            List.copyOf(Lexicon.lines("reconcile/hedges.txt")),
            Lexicon.lines("reconcile/speculation.txt"),
            stems(Lexicon.lines("reconcile/start-verbs.txt")),
            stems(Lexicon.lines("reconcile/end-verbs.txt")),
            stems(Lexicon.lines("reconcile/reporting-verbs.txt")),
            Lexicon.lines("reconcile/negations.txt"));

    private static List<String> stems(Set<String> words) {
        return words.stream().map(Stems::of).distinct().toList();
    }

    boolean isStopword(String lowerWord) {
        return stopwords.contains(lowerWord);
    }

    /** The first hedge phrase in {@code text}, matched on word boundaries, or {@code null}. */
    String hedgeIn(String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ") + " ";
        for (String h : hedges) {
            if (lower.contains(" " + h + " ")) {
                return h;
            }
        }
        return null;
    }

    /** Whether the word's stem is one of {@code stems}. */
    static boolean stemIn(String word, List<String> stems) {
        return stems.contains(Stems.of(word));
    }
}
