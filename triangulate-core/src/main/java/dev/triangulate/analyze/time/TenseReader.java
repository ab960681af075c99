package dev.triangulate.analyze.time;

import dev.triangulate.model.Sentence;
import dev.triangulate.model.Token;
import java.util.List;
import java.util.Set;

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

    /** Words that open a new clause after a comma: cues beyond them describe another event. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("which", "who", "whom", "whose", "where", "while",
            "whereas", "but", "although", "though", "because");

    /**
     * The tense of the clause around characters {@code [start, end)} of {@code sentence}. The cue of the
     * verb before the expression governs ("forced them to leave on Tuesday" is past; "to leave" alone
     * would read as a plan); a cue after it counts only when none precedes. The search stops at clause
     * boundaries (";", ":", dashes, and a comma before "which", "while", "but"...), so a modal in a
     * following relative clause does not turn a past event into a future one.
     */
    Tense tense(Sentence sentence, int start, int end) {
        if (sentence == null) {
            return Tense.UNKNOWN;
        }
        List<Token> tokens = sentence.tokens();
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= start) {
            first++;
        }
        int last = first;
        while (last < tokens.size() && tokens.get(last).start() < end) {
            last++;
        }
        Tense before = Tense.UNKNOWN;
        boolean pastBefore = false;
        for (int i = first - 1; i >= 0 && !boundary(tokens, i); i--) {
            Tense cue = cue(tokens.get(i), i == 0 ? "" : TimeWords.key(tokens.get(i - 1).text()));
            pastBefore |= cue == Tense.PAST;
            if (before == Tense.UNKNOWN) {
                before = cue;
            }
        }
        if (before == Tense.FUTURE && pastBefore && infinitiveBefore(tokens, first)) {
            return Tense.PAST;
        }
        if (before != Tense.UNKNOWN) {
            return before;
        }
        for (int i = last; i < tokens.size() && !boundary(tokens, i); i++) {
            Tense cue = cue(tokens.get(i), i == 0 ? "" : TimeWords.key(tokens.get(i - 1).text()));
            if (cue != Tense.UNKNOWN) {
                return cue;
            }
        }
        return Tense.UNKNOWN;
    }

    private static boolean boundary(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        if (t.equals(";") || t.equals(":") || t.equals("—") || t.equals("–")) {
            return true;
        }
        if (t.equals(",") && i + 1 < tokens.size()) {
            return CLAUSE_OPENERS.contains(tokens.get(i + 1).text().toLowerCase(java.util.Locale.ROOT));
        }
        return CLAUSE_OPENERS.contains(t.toLowerCase(java.util.Locale.ROOT)) && i > 0 && tokens.get(i - 1).text().equals(",");
    }

    /** Whether the nearest verb before the expression is an infinitive ("to leave"), whose tense is its governor's. */
    private static boolean infinitiveBefore(List<Token> tokens, int first) {
        for (int i = first - 1; i > 0; i--) {
            if (tokens.get(i).isVerb()) {
                return tokens.get(i - 1).text().equalsIgnoreCase("to");
            }
        }
        return false;
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
