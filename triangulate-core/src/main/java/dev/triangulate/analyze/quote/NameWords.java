package dev.triangulate.analyze.quote;

import java.util.Set;

/**
 * Which tokens are name words: capitalised words that are not function words nor common words
 * capitalised by their place in the sentence, the lower-case connectors inside a name ("Institute
 * for the Study of War"), title words and the full stop a tokenizer split off an abbreviated title
 * ("Mr . Ali"); and where the name proper starts after its titles. Names come from capitalisation,
 * tags and the mention marks of the {@link TokenView}, so this works without a mention list.
 * Immutable and thread-safe.
 */
final class NameWords {

    private static final Set<String> CLOSED_CLASS = Set.of("DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART",
            "PUNCT", "SYM", "NUM", "INTJ");
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "its", "their", "our");

    private final QuoteCues cues;

    NameWords(QuoteCues cues) {
        this.cues = cues;
    }


    /** A name made only of calendar words ("Tuesday") is no speaker. */
    ClauseSubjects.Subject speakerName(ClauseSubjects.Subject s, TokenView v) {
        if (s.kind() != ClauseSubjects.Kind.NAME) {
            return s;
        }
        for (int k = s.from(); k < s.to(); k++) {
            if (!cues.notSpeakers().contains(v.lower(k))) {
                return s;
            }
        }
        return null;
    }

    /**
     * Where the name proper starts in the run {@code [from, head]}: after the last title word and the
     * words that follow it ("Minister of Energy Lena Ost" keeps the last two words after "of").
     */
    int nameStart(TokenView v, int from, int head) {
        int start = from;
        for (int k = from; k < head; k++) {
            if (isTitle(v, k)) {
                start = k + 1;
            }
        }
        boolean afterOf = false;
        while (start < head && connector(v, start)) {
            start++;
            afterOf = true;
        }
        return afterOf && head - start + 1 > 2 ? head - 1 : start;
    }

    /**
     * "King said", "Bishop told": a title word alone, with no article before it, tagged or mentioned
     * as a name, is a surname ("the king said" is a role).
     */
    static boolean surnameLikeTitle(TokenView v, int head, int from) {
        boolean bare = head == from && (head == 0 || !determiner(v, head - 1));
        return bare && (v.token(head).isProperNoun() || v.named(head));
    }

    /** "Department of Defense" names an office; "Secretary of Defense" is a title. */
    boolean officeOfSomething(TokenView v, int head, int from) {
        return head - 2 >= from && "of".equals(v.lower(head - 1)) && !isTitle(v, head - 2);
    }

    /** Whether token {@code k} continues a name: a name word, a connector between names, a title's full stop. */
    boolean inName(TokenView v, int k, int end) {
        return isName(v, k) || connectorAt(v, k, end) || titleStop(v, k);
    }

    /** A lower-case word inside a name, between two capitalised words: "Institute for the Study of War". */
    boolean connectorAt(TokenView v, int k, int end) {
        if (!connector(v, k)) {
            return false;
        }
        int left = k;
        while (left - 1 >= 0 && connector(v, left - 1)) {
            left--;
        }
        int right = k;
        while (right + 1 < end && connector(v, right + 1)) {
            right++;
        }
        return left - 1 >= 0 && right + 1 < end && !v.quoted(left - 1) && !v.quoted(right + 1)
                && isName(v, left - 1) && isName(v, right + 1);
    }

    boolean connector(TokenView v, int k) {
        return (!v.quoted(k) && !v.startsUpper(k) && cues.nameConnectors().contains(v.lower(k))) || titleStop(v, k);
    }

    /** A capitalised word that is not a function word, nor a common word capitalised by sentence position. */
    boolean isName(TokenView v, int k) {
        String t = v.token(k).text();
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || CLOSED_CLASS.contains(v.pos(k)) || "I".equals(t)) {
            return false;
        }
        return !sentenceInitial(v, k) || v.token(k).isProperNoun() || v.named(k);
    }

    /**
     * "Mira Tann, …", "Ivo Dane ran": a capitalised word the tagger calls an adjective or
     * noun at the start of a sentence, right before a name word, opens a written name.
     */
    boolean opensName(TokenView v, int k) {
        String pos = v.pos(k);
        boolean content = "ADJ".equals(pos) || "NOUN".equals(pos) || "PROPN".equals(pos);
        return content && v.startsUpper(k) && k == v.sentenceStart(k) && k + 1 < v.sentenceEnd(k) && !isTitle(v, k)
                && !cues.notSpeakers().contains(v.lower(k)) && !v.quoted(k + 1) && isName(v, k + 1) && !isTitle(v, k + 1);
    }

    /** First in its sentence, or right after an opening mark or dash; a closing quote mark does not count. */
    private static boolean sentenceInitial(TokenView v, int k) {
        int start = v.sentenceStart(k);
        if (k == start) {
            return true;
        }
        boolean afterClosingQuote = v.quoted(k - 1) && !v.quoted(k);
        return !afterClosingQuote && v.isPunct(k - 1, "“\"‘'—–-(");
    }

    /** "Mr . Ali", "D . Tann": the full stop of an abbreviated title or an initial the tokenizer split off, inside a name. */
    boolean titleStop(TokenView v, int k) {
        if (k - 1 < 0 || !v.isPunct(k, ".") || v.quoted(k) || v.token(k).start() != v.token(k - 1).end()) {
            return false;
        }
        return (isTitle(v, k - 1) && v.token(k - 1).text().length() <= 5) || initial(v, k - 1, k + 1);
    }

    /** "Mira D. Tann": a single capital letter whose full stop a capitalised word follows. */
    private static boolean initial(TokenView v, int letter, int next) {
        String t = v.token(letter).text();
        return t.length() == 1 && Character.isUpperCase(t.charAt(0)) && next < v.sentenceEnd(letter)
                && !v.quoted(next) && v.startsUpper(next);
    }

    /** Whether token {@code k} is an office or title word ("Const", "Secretary"). */
    boolean isTitleWord(TokenView v, int k) {
        return isTitle(v, k);
    }

    private boolean isTitle(TokenView v, int k) {
        return cues.titles().contains(v.lower(k));
    }

    static boolean determiner(TokenView v, int k) {
        return "DET".equals(v.pos(k)) || POSSESSIVE_DETERMINERS.contains(v.lower(k));
    }
}
