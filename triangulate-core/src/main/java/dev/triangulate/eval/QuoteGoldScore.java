package dev.triangulate.eval;

import dev.triangulate.eval.QuoteGold.Entry;
import dev.triangulate.eval.QuoteGold.Found;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * One system's quotes scored against {@link QuoteGold}, document by document: each gold quote is
 * matched to the found quote starting right after its mark, and judged by a speaker comparison
 * ({@link QuoteGold#speakerMatches} unless told otherwise). Keeps every outcome, so two systems can be
 * compared quote by quote, and a line for every miss, spurious quote and wrong speaker. Not thread-safe.
 */
public final class QuoteGoldScore {

    /** What became of one gold quote: the quote found for it (null: missed) and whether its speaker is right. */
    public record Outcome(Entry gold, Found found, boolean right) {

        public boolean fullScorable() {
            return gold.full() && gold.scorable();
        }
    }

    private final BiPredicate<String, Found> judge;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int spurious;

    /** Scored with {@link QuoteGold#speakerMatches}. */
    public QuoteGoldScore() {
        this((gold, found) -> QuoteGold.speakerMatches(gold, found.speakers()));
    }

    /** Scored with {@code judge(gold speaker, found quote)}. */
    public QuoteGoldScore(BiPredicate<String, Found> judge) {
        this.judge = judge;
    }

    /** Scores the quotes a system found in one rebuilt document against its gold quotes. */
    public void add(NewsQuoteCorpus.Doc d, List<Entry> golds, List<Found> found) {
        List<Found> unmatched = new ArrayList<>(found);
        for (Entry g : golds) {
            Integer mark = d.tokenStart().get(g.mark());
            if (mark == null) {
                throw new IllegalStateException(d.id() + ": no token " + g.mark());
            }
            Found q = QuoteGold.at(unmatched, mark);
            unmatched.remove(q);
            if (g.kind().equals("skip")) {
                continue;
            }
            boolean right = q != null && judge.test(g.speaker(), q);
            outcomes.add(new Outcome(g, q, right));
            note(d, g, q, right);
        }
        spurious += unmatched.size();
        for (Found q : unmatched) {
            notes.add(String.format(Locale.ROOT, "SPURIOUS %s @%d %.60s", d.id(), q.start(), q.text()));
        }
    }

    private void note(NewsQuoteCorpus.Doc d, Entry g, Found q, boolean right) {
        if (q == null) {
            notes.add(String.format(Locale.ROOT, "MISSED %s t%s %s", d.id(), g.mark(), g.kind()));
            return;
        }
        boolean wrongSpeaker = g.scorable() && !right && !g.kind().equals("scare");
        if (wrongSpeaker || g.full() == q.partial()) {
            notes.add(String.format(Locale.ROOT, "WRONG %s t%s %s/%s gold=%s got=%s cue=%s | %.50s", d.id(), g.mark(),
                    g.kind(), q.partial() ? "partial" : "full", g.speaker(), q.speakers(), q.cue(), q.text()));
        }
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** A line for every miss, spurious quote and wrong speaker or shape, in document order. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** Gold quotes scored (the skipped ones left out). */
    public int gold() {
        return outcomes.size();
    }

    public int matched() {
        return count(o -> o.found() != null);
    }

    public int found() {
        return matched() + spurious;
    }

    /** Full quotes with a scorable speaker, found or not. */
    public int fullGold() {
        return count(Outcome::fullScorable);
    }

    /** Found full quotes with a scorable speaker. */
    public int fullScored() {
        return count(o -> o.fullScorable() && o.found() != null);
    }

    public int fullRight() {
        return count(o -> o.fullScorable() && o.right());
    }

    public int partialScored() {
        return count(o -> o.gold().kind().equals("partial") && o.gold().scorable() && o.found() != null);
    }

    public int partialRight() {
        return count(o -> o.gold().kind().equals("partial") && o.gold().scorable() && o.right());
    }

    /** Found quotes whose full-or-fragment call agrees with the gold. */
    public int shapeRight() {
        return count(o -> o.found() != null && o.gold().full() == !o.found().partial());
    }

    public int scare() {
        return count(o -> o.gold().kind().equals("scare") && o.found() != null);
    }

    public int scareUnattributed() {
        return count(o -> o.gold().kind().equals("scare") && o.found() != null && o.found().speakers().isEmpty());
    }

    public static double share(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private int count(Predicate<Outcome> p) {
        return (int) outcomes.stream().filter(p).count();
    }
}
