package dev.triangulate.reconcile;

import dev.triangulate.internal.Stems;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds aligned statements that say the same thing with opposite polarity ("the minister authorised the
 * strikes" / "the minister refused to authorise the strikes") and turns them into a conflict with both
 * sides. A statement negates a word when a negation cue ({@code negations.txt}) stands at most
 * {@link #REACH} words before it; a conflict needs one article to negate a content word that another
 * article's aligned sentence states without negation. Negating some other word ("but did not say when")
 * is no disagreement. Immutable and thread-safe.
 */
final class Polarity {

    /** How many words after a negation cue it still governs: "did not formally authorise". */
    static final int REACH = 4;

    private final Cues cues;

    Polarity(Cues cues) {
        this.cues = cues;
    }

    /** One sentence read for polarity: its stems, and those a negation cue governs with the cue's phrase. */
    private record Reading(Evidence evidence, List<String> words, List<String> stems, List<Integer> negatedAt) {

        boolean negates(String stem) {
            return negatedAt.stream().anyMatch(i -> stems.get(i).equals(stem));
        }

        boolean affirms(String stem) {
            return stems.contains(stem) && !negates(stem);
        }
    }

    /** The statement finding unchanged, or a conflict when its sentences disagree in polarity. */
    Finding judge(Finding statement) {
        List<Reading> readings = statement.evidence().stream().map(this::read).toList();
        for (Reading neg : readings) {
            for (int at : neg.negatedAt()) {
                String stem = neg.stems().get(at);
                List<Reading> affirming = readings.stream()
                        .filter(r -> !r.evidence().article().equals(neg.evidence().article()) && r.affirms(stem)).toList();
                if (!affirming.isEmpty()) {
                    return conflict(statement, readings, stem, affirming);
                }
            }
        }
        return statement;
    }

    private Finding conflict(Finding statement, List<Reading> readings, String stem, List<Reading> affirming) {
        List<Reading> negating = readings.stream().filter(r -> r.negates(stem)).toList();
        Verdict.Side yes = new Verdict.Side(surface(affirming.get(0), stem, false), evidence(affirming));
        Verdict.Side no = new Verdict.Side(surface(negating.get(0), stem, true), evidence(negating));
        String text = "Reports disagree: “" + yes.value() + "” (" + articles(affirming) + ") vs “" + no.value()
                + "” (" + articles(negating) + ") — " + statement.statement();
        String why = statement.rationale() + "; polarity differs: " + articles(negating) + " negate “" + stem
                + "” which " + articles(affirming) + " state without negation";
        return new Finding(statement.id(), statement.kind(), statement.subject(), statement.attribute(), text,
                new Verdict.Conflicting(List.of(yes, no)), statement.evidence(), why);
    }

    private Reading read(Evidence e) {
        String norm = e.text().toLowerCase(Locale.ROOT).replace('’', '\'').replace("n't", " not");
        List<String> words = new ArrayList<>();
        for (String w : norm.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        List<String> stems = words.stream().map(Stems::of).toList();
        List<Integer> negated = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (cues.negations().contains(words.get(i))) {
                for (int j = i + 1; j <= Math.min(words.size() - 1, i + REACH); j++) {
                    if (isContent(words.get(j))) {
                        negated.add(j);
                    }
                }
            }
        }
        return new Reading(e, words, stems, negated);
    }

    private boolean isContent(String word) {
        return word.length() > 2 && Character.isLetter(word.charAt(0)) && !cues.isStopword(word)
                && !cues.negations().contains(word);
    }

    /** "authorised", or for the negating side the words from the cue to it: "refused to authorise". */
    private String surface(Reading r, String stem, boolean negated) {
        int at = r.stems().indexOf(stem);
        if (negated) {
            int k = r.negatedAt().stream().filter(i -> r.stems().get(i).equals(stem)).findFirst().orElse(at);
            int cue = k;
            while (cue > 0 && !cues.negations().contains(r.words().get(cue))) {
                cue--;
            }
            return String.join(" ", r.words().subList(cue, k + 1));
        }
        return r.words().get(at);
    }

    private static List<Evidence> evidence(List<Reading> readings) {
        return readings.stream().map(Reading::evidence).toList();
    }

    private static String articles(List<Reading> readings) {
        Set<String> out = new LinkedHashSet<>();
        readings.forEach(r -> out.add(r.evidence().article()));
        return String.join(", ", out);
    }
}
