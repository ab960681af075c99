package dev.triangulate.analyze.time;

import dev.triangulate.model.Sentence;
import dev.triangulate.model.Token;
import java.util.List;

/**
 * Reads the tense of the clause around a time expression from the nearest cue word: a future cue
 * ("will", "next", "expected"), a past cue ("was", "ago", "said") or a verb ending in -ed. Tokens
 * carry UD tags without morphology, so cue words are the evidence. Stateless apart from the word lists.
 */
final class TenseReader {

    private final TimeWords words;

    TenseReader(TimeWords words) {
        this.words = words;
    }

    /** The tense of the cue nearest to characters {@code [start, end)} of {@code sentence}, ignoring cues inside. */
    Tense tense(Sentence sentence, int start, int end) {
        if (sentence == null) {
            return Tense.UNKNOWN;
        }
        Tense best = Tense.UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > start && t.start() < end) {
                continue;
            }
            Tense cue = cue(t, i == 0 ? "" : TimeWords.key(tokens.get(i - 1).text()));
            int distance = t.end() <= start ? start - t.end() : t.start() - end;
            if (cue != Tense.UNKNOWN && distance < bestDistance) {
                best = cue;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** A participle after "to" or "be" ("to be held", "will be signed") is a plan, not a past event. */
    private Tense cue(Token t, String previous) {
        String w = TimeWords.key(t.text());
        if (words.futureCues().contains(w)) {
            return Tense.FUTURE;
        }
        if (t.isVerb() && (previous.equals("to") || previous.equals("be"))) {
            return Tense.FUTURE;
        }
        if (words.pastCues().contains(w) || t.isVerb() && w.length() > 4 && w.endsWith("ed")) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }
}
