package dev.triangulate.eval;

import dev.triangulate.eval.MeantimeCorpus.NamedSpan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted named mentions against MEANTIME's gold, the same way for every system: exact
 * (same start and end), lenient exact (a leading "the " dropped from gold and predicted spans alike,
 * since MEANTIME includes determiners and a system may or may not), typed exact (exact and the same type), and overlap (a predicted mention is right when
 * it shares a character with a gold one; a gold mention is found when a predicted one overlaps it).
 * Accumulates over documents; not thread-safe.
 */
public final class MentionScorer {

    private int predicted;
    private int gold;
    private int exact;
    private int lenient;
    private int typed;
    private int predictedOverlapping;
    private int goldOverlapped;

    /** Precision, recall and F1 of one measure. */
    public record Prf(double precision, double recall, double f1) {
        static Prf of(double p, double r) {
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "P %.3f R %.3f F1 %.3f", precision, recall, f1);
        }
    }

    /** Adds one document: its text (for the determiner rule), gold and predicted mentions. */
    public void add(String text, List<NamedSpan> goldMentions, List<NamedSpan> predictedMentions) {
        Map<Long, NamedSpan> goldExact = new HashMap<>();
        Set<Long> goldLenient = new HashSet<>();
        for (NamedSpan g : goldMentions) {
            goldExact.put(key(g.start(), g.end()), g);
            goldLenient.add(key(withoutArticle(text, g), g.end()));
        }
        gold += goldExact.size();
        predicted += predictedMentions.size();
        for (NamedSpan p : predictedMentions) {
            NamedSpan g = goldExact.get(key(p.start(), p.end()));
            exact += g != null ? 1 : 0;
            typed += g != null && g.type() == p.type() ? 1 : 0;
            lenient += goldLenient.contains(key(withoutArticle(text, p), p.end())) ? 1 : 0;
            predictedOverlapping += goldMentions.stream().anyMatch(x -> overlaps(x, p)) ? 1 : 0;
        }
        for (NamedSpan g : goldMentions) {
            goldOverlapped += predictedMentions.stream().anyMatch(x -> overlaps(x, g)) ? 1 : 0;
        }
    }

    public Prf exact() {
        return Prf.of(ratio(exact, predicted), ratio(exact, gold));
    }

    public Prf lenientExact() {
        return Prf.of(ratio(lenient, predicted), ratio(lenient, gold));
    }

    public Prf typedExact() {
        return Prf.of(ratio(typed, predicted), ratio(typed, gold));
    }

    public Prf overlap() {
        return Prf.of(ratio(predictedOverlapping, predicted), ratio(goldOverlapped, gold));
    }

    public int predicted() {
        return predicted;
    }

    public int gold() {
        return gold;
    }

    /** Where the span starts once a leading "the " is dropped (from gold and predicted alike). */
    private static int withoutArticle(String text, NamedSpan s) {
        return text.regionMatches(true, s.start(), "the ", 0, 4) && s.end() > s.start() + 4 ? s.start() + 4 : s.start();
    }

    private static boolean overlaps(NamedSpan a, NamedSpan b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }
}
