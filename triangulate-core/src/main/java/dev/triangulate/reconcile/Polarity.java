package dev.triangulate.reconcile;

import dev.triangulate.model.Evidence;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Verdict;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds aligned statements that say the same thing with opposite polarity ("the minister authorised the
 * strikes" / "the minister refused to authorise the strikes") and turns them into a conflict with both
 * sides. A statement negates the word a negation cue ({@code negations.txt}) governs ({@link PolarReading});
 * a conflict needs one article to negate a content word that another article's aligned sentence states in a
 * clause free of negation, and that sentence to share some other content word of the negated clause: "I do
 * not want to be photographed" and "I want to be remembered" deny different wants. Negating some other
 * word ("but did not say when") is no disagreement. Immutable and thread-safe.
 */
final class Polarity {

    private final Cues cues;

    Polarity(Cues cues) {
        this.cues = cues;
    }

    /** The statement finding unchanged, or a conflict when its sentences disagree in polarity. */
    Finding judge(Finding statement) {
        List<PolarReading> readings = statement.evidence().stream().map(e -> PolarReading.read(e, cues))
                .filter(r -> !r.isAddress()).toList();
        for (PolarReading neg : readings) {
            for (int at : neg.negatedAt()) {
                String stem = neg.stems().get(at);
                if (neg.affirms(stem)) {
                    continue; // the sentence states it too ("not nervous before games, but nervous tonight")
                }
                Set<String> context = neg.clauseContext(at, cues);
                List<PolarReading> affirming = readings.stream()
                        .filter(r -> !r.evidence().article().equals(neg.evidence().article()) && r.affirmsAsIn(neg, at)
                                && !r.negates(stem) && r.sharesAny(context)).toList();
                if (!affirming.isEmpty()) {
                    return conflict(statement, readings, stem, affirming);
                }
            }
        }
        return statement;
    }

    private Finding conflict(Finding statement, List<PolarReading> readings, String stem, List<PolarReading> affirming) {
        List<PolarReading> negating = readings.stream().filter(r -> r.negates(stem) && !r.affirms(stem)).toList();
        Verdict.Side yes = new Verdict.Side(surface(affirming.get(0), stem, false), evidence(affirming));
        Verdict.Side no = new Verdict.Side(surface(negating.get(0), stem, true), evidence(negating));
        String text = "Reports disagree: “" + yes.value() + "” (" + articles(affirming) + ") vs “" + no.value()
                + "” (" + articles(negating) + ") — " + statement.statement();
        String why = statement.rationale() + "; polarity differs: " + articles(negating) + " negate “" + stem
                + "” which " + articles(affirming) + " state without negation";
        return new Finding(statement.id(), statement.kind(), statement.subject(), statement.attribute(), text,
                new Verdict.Conflicting(List.of(yes, no)), statement.evidence(), why);
    }

    /** "authorised", or for the negating side the words from the cue to it: "refused to authorise". */
    private String surface(PolarReading r, String stem, boolean negated) {
        int at = r.stems().indexOf(stem);
        if (negated) {
            int k = r.negatedAt().stream().filter(i -> r.stems().get(i).equals(stem)).findFirst().orElse(at);
            int governed = k;
            int cue = r.cueAt().stream().filter(c -> c < governed).max(Integer::compare).orElse(k);
            return String.join(" ", r.words().subList(cue, k + 1));
        }
        return r.words().get(at);
    }

    private static List<Evidence> evidence(List<PolarReading> readings) {
        return readings.stream().map(PolarReading::evidence).toList();
    }

    private static String articles(List<PolarReading> readings) {
        Set<String> out = new LinkedHashSet<>();
        readings.forEach(r -> out.add(r.evidence().article()));
        return String.join(", ", out);
    }
}
