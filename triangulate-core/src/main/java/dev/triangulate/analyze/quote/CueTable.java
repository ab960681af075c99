package dev.triangulate.analyze.quote;

/**
 * Marks, once per document, the tokens that start a reporting cue outside quotes: a reporting
 * verb (not tagged as a noun, not passive) or a source phrase such as "according to".
 */
final class CueTable {

    private final TokenView view;
    private final QuoteCues cues;
    private final int[] length;
    private final boolean[] phrase;

    CueTable(TokenView view, QuoteCues cues) {
        this.view = view;
        this.cues = cues;
        length = new int[view.size()];
        phrase = new boolean[view.size()];
        for (int i = 0; i < view.size(); i++) {
            if (view.quoted(i)) {
                continue;
            }
            int n = phraseLength(view, cues, i);
            if (n > 0) {
                length[i] = n;
                phrase[i] = true;
            } else if (isReportingVerb(view, cues, i)) {
                length[i] = 1;
            }
        }
    }

    /** The number of tokens of the cue starting at {@code i}, or 0. */
    int length(int i) {
        return length[i];
    }

    /** Whether the cue at {@code i} names its source after it ("according to X"). */
    boolean isPhrase(int i) {
        return phrase[i];
    }

    /** The nearest reporting verb before token {@code from}, not cut off by a clause boundary. */
    int previousCue(int from, int start, int reach) {
        int steps = 0;
        for (int i = from - 1; i >= start && steps < reach; i--) {
            if (view.quoted(i)) {
                continue;
            }
            steps++;
            if (i < from - 1 && boundary(i, start)) {
                return -1;
            }
            if (length(i) > 0) {
                return i;
            }
        }
        return -1;
    }

    private boolean boundary(int i, int start) {
        return view.isPunct(i, ";:—–()")
                || (cues.clauseBreakers().contains(view.lower(i)) && i - 1 >= start && view.isPunct(i - 1, ","));
    }

    private static int phraseLength(TokenView view, QuoteCues cues, int i) {
        for (var words : cues.sourcePhrases()) {
            int n = words.size();
            boolean match = i + n <= view.sentenceEnd(i);
            for (int k = 0; match && k < n; k++) {
                match = !view.quoted(i + k) && words.get(k).equals(view.lower(i + k));
            }
            if (match) {
                return n;
            }
        }
        return 0;
    }

    private static boolean isReportingVerb(TokenView view, QuoteCues cues, int i) {
        String pos = view.pos(i);
        boolean nounLike = ("NOUN".equals(pos) || "PROPN".equals(pos) || "NUM".equals(pos)) && !introducesQuote(view, i);
        return !nounLike && cues.reportingVerbs().contains(view.lower(i)) && !passive(view, cues, i);
    }

    /** "…, adds, “…”": a word the tagger calls a noun is the verb when a comma or colon and a quote follow. */
    private static boolean introducesQuote(TokenView view, int i) {
        return i + 2 < view.size() && view.isPunct(i + 1, ",:") && !view.quoted(i + 1) && view.quoted(i + 2);
    }

    /** "are said to be", "was reportedly told": a form of "be" before a participle. */
    private static boolean passive(TokenView view, QuoteCues cues, int i) {
        if (view.lower(i).endsWith("ing")) {
            return false;
        }
        int j = i - 1;
        int start = view.sentenceStart(i);
        while (j >= start && "ADV".equals(view.pos(j))) {
            j--;
        }
        return j >= start && cues.passiveAuxiliaries().contains(view.lower(j));
    }
}
