package dev.triangulate.analyze.quote;

import java.util.Set;

/**
 * Finds who a reporting verb's words belong to: the noun phrase before the verb ("Peskov said",
 * "Dmitry Peskov, the Kremlin spokesman, said") or after it ("said Peskov", "according to X").
 *
 * <p>A phrase headed by a name is a {@link Kind#NAME} whose range is the name without titles
 * ("Russian President Vladimir Putin" gives "Vladimir Putin"); a possessive name before a role
 * noun is not the head ("Putin’s spokesman" is a {@link Kind#ROLE}), but a name in apposition to
 * a role is ("Putin’s spokesman, Dmitry Peskov,"). Names come from capitalisation and tags, so
 * this works without a mention list. Immutable and thread-safe.
 */
final class ClauseSubjects {

    enum Kind { NAME, PRONOUN, ROLE }

    /** A subject: tokens {@code [from, to)} of the view. */
    record Subject(Kind kind, int from, int to) {
    }

    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM");
    private static final Set<String> POSSESSIVE_MARKERS = Set.of("'s", "’s", "'", "’");

    /** How many comma-bounded prepositional phrases may stand between a subject and its verb. */
    private static final int MAX_PARENTHETICALS = 3;
    private static final int PARENTHETICAL_LENGTH = 20;
    private static final int RELATIVE_CLAUSE_LENGTH = 30;
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whose");

    private final QuoteCues cues;
    private final NameWords names;

    ClauseSubjects(QuoteCues cues) {
        this.cues = cues;
        this.names = new NameWords(cues);
    }

    /** Which tokens are name words, as this finder judges them. */
    NameWords names() {
        return names;
    }

    /** The subject written before the verb at {@code cue}, looking no further left than {@code limit}. */
    Subject before(TokenView v, int cue, int limit) {
        if (cue - 1 >= limit && "to".equals(v.lower(cue - 1)) && "PART".equals(v.pos(cue - 1))) {
            return null; // "turned to Twitter to describe": the subject is the main clause's, far off
        }
        return endingBefore(v, cue, limit, MAX_PARENTHETICALS);
    }

    /**
     * The named or pronoun subject of the nearest finite verb before token {@code from} that has one,
     * looking no further left than {@code limit}: who is "saying" in "Dane opened by thanking the crew,
     * saying" or "X released a statement saying".
     */
    Subject ofClauseBefore(TokenView v, int from, int limit) {
        for (int k = from - 1; k >= limit; k--) {
            boolean finite = ("VERB".equals(v.pos(k)) || "AUX".equals(v.pos(k))) && !v.lower(k).endsWith("ing");
            Subject s = finite && !v.quoted(k) ? before(v, k, limit) : null;
            if (s != null && s.kind() != Kind.ROLE) {
                return s;
            }
        }
        return null;
    }

    /**
     * The subject ending before token {@code end}. A phrase in commas that hangs on a preposition
     * ("X, a scientist at the Y Laboratory, said") is skipped: the subject is before it.
     */
    private Subject endingBefore(TokenView v, int end, int limit, int parentheticals) {
        int i = end - 1;
        while (i >= limit && !v.quoted(i) && skippable(v, i)) {
            i--;
        }
        boolean comma = i >= limit && v.isPunct(i, ",");
        if (comma) {
            i--;
        }
        if (i < limit || v.quoted(i)) {
            return null;
        }
        if (pronoun(v, i)) {
            return new Subject(Kind.PRONOUN, i, i + 1);
        }
        if (!comma && RELATIVE_PRONOUNS.contains(v.lower(i)) && i - 1 > limit && v.isPunct(i - 1, ",") && parentheticals > 0) {
            return endingBefore(v, i, limit, parentheticals - 1); // "O'Reilly, an expert at Stanford, who stated"
        }
        int start = phraseStart(v, i, limit);
        if (start > i) {
            return comma ? relativeClauseName(v, i + 1, limit) : null;
        }
        if (comma && parentheticals > 0 && start - 1 >= limit && "ADP".equals(v.pos(start - 1))) {
            int previousComma = commaBefore(v, start - 1, limit);
            return previousComma < 0 ? null : endingBefore(v, previousComma + 1, limit, parentheticals - 1);
        }
        if (names.isName(v, i)) {
            return names.speakerName(nameEndingAt(v, i, start), v);
        }
        if (!v.token(i).isNoun()) {
            return comma ? relativeClauseName(v, i + 1, limit) : null;
        }
        Subject apposition = comma ? nameBefore(v, start, limit) : null;
        apposition = apposition == null && comma ? relativeClauseName(v, start, limit) : apposition;
        return apposition != null ? apposition : new Subject(Kind.ROLE, start, i + 1);
    }

    /** "Patty Murray, who hails from the state where …, said": the name before a relative clause in commas. */
    private Subject relativeClauseName(TokenView v, int from, int limit) {
        for (int k = from - 1; k > limit && k >= from - RELATIVE_CLAUSE_LENGTH; k--) {
            if (v.quoted(k)) {
                return null;
            }
            if (v.isPunct(k, ",")) {
                boolean relative = k + 1 < from && RELATIVE_PRONOUNS.contains(v.lower(k + 1));
                return relative && names.isName(v, k - 1) ? named(nameEndingAt(v, k - 1, phraseStart(v, k - 1, limit))) : null;
            }
        }
        return null;
    }

    private static Subject named(Subject s) {
        return s.kind() == Kind.NAME ? s : null;
    }

    private static int commaBefore(TokenView v, int from, int limit) {
        for (int k = from - 1; k >= limit && k >= from - PARENTHETICAL_LENGTH; k--) {
            if (v.quoted(k)) {
                return -1;
            }
            if (v.isPunct(k, ",")) {
                return k;
            }
        }
        return -1;
    }


    /** The source written after token {@code anchor} ("said Peskov", "according to X"), before {@code end}. */
    Subject after(TokenView v, int anchor, int end) {
        int i = anchor + 1;
        if (i >= end || v.quoted(i)) {
            return null;
        }
        if (pronoun(v, i)) {
            return new Subject(Kind.PRONOUN, i, i + 1);
        }
        int j = phraseEnd(v, i, end);
        if (j == i) {
            return null;
        }
        int last = j - 1;
        if (names.isName(v, last)) {
            return names.speakerName(nameEndingAt(v, last, i), v);
        }
        if (!v.token(last).isNoun()) {
            return null;
        }
        Subject apposition = j + 1 < end && v.isPunct(j, ",") ? nameAfter(v, j + 1, end) : null;
        return apposition != null ? apposition : new Subject(Kind.ROLE, i, j);
    }

    /** "Dmitry Peskov, the Kremlin spokesman, said": the name before a role in commas. */
    private Subject nameBefore(TokenView v, int roleStart, int limit) {
        int k = roleStart - 2;
        if (k < limit || !v.isPunct(roleStart - 1, ",") || v.quoted(k) || !names.isName(v, k)) {
            return null;
        }
        Subject s = nameEndingAt(v, k, phraseStart(v, k, limit));
        return s.kind() == Kind.NAME ? s : null;
    }

    /** "said the Kremlin spokesman, Dmitry Peskov": the name after a role and a comma. */
    private Subject nameAfter(TokenView v, int from, int end) {
        if (from >= end || v.quoted(from) || !names.isName(v, from)) {
            return null;
        }
        int j = from;
        while (j + 1 < end && !v.quoted(j + 1) && (names.isName(v, j + 1) || names.connectorAt(v, j + 1, end))) {
            j++;
        }
        Subject s = nameEndingAt(v, j, from);
        return s.kind() == Kind.NAME ? s : null;
    }





    /** The name whose last token is {@code head}: the capitalised run back to {@code floor}, titles removed. */
    private Subject nameEndingAt(TokenView v, int head, int floor) {
        int from = head;
        while (from - 1 >= floor) {
            int c = from - 1;
            while (c >= floor && names.connector(v, c)) {
                c--;
            }
            if (c < floor || v.quoted(c) || !names.isName(v, c)) {
                break;
            }
            from = c;
        }
        if (names.isTitleWord(v, head) && !names.officeOfSomething(v, head, from) && !NameWords.surnameLikeTitle(v, head, from)) {
            return new Subject(Kind.ROLE, phraseStart(v, head, floor), head + 1);
        }
        return new Subject(Kind.NAME, names.nameStart(v, from, head), head + 1);
    }

    /** The first token of the noun phrase that ends at {@code i}. */
    private int phraseStart(TokenView v, int i, int limit) {
        int k = i;
        while (k >= limit && !v.quoted(k)) {
            boolean inside = k - 1 >= limit && (names.connectorAt(v, k, i + 1) || coordinated(v, k, i));
            if (!inside && NameWords.determiner(v, k)) {
                return k;
            }
            if (!inside && !inPhrase(v, k)) {
                break;
            }
            k--;
        }
        return k + 1;
    }

    /** "director for research and policy": "and" between two common nouns inside one phrase. */
    private static boolean coordinated(TokenView v, int k, int last) {
        return "and".equals(v.lower(k)) && k + 1 <= last && "NOUN".equals(v.pos(k - 1)) && "NOUN".equals(v.pos(k + 1));
    }

    /** After the last token of the noun phrase that starts at {@code i}. */
    private int phraseEnd(TokenView v, int i, int end) {
        int k = i;
        if (NameWords.determiner(v, k)) {
            k++;
        }
        while (k < end && !v.quoted(k) && (inPhrase(v, k) || names.connectorAt(v, k, end))) {
            k++;
        }
        return k;
    }

    private boolean inPhrase(TokenView v, int k) {
        return NOUN_PHRASE_TAGS.contains(v.pos(k)) || POSSESSIVE_MARKERS.contains(v.lower(k)) || names.isName(v, k)
                || names.titleStop(v, k) || hyphen(v, k);
    }

    /** "17 - year - old Pavel Lind": a hyphen the tokenizer split off, between two words of one phrase. */
    private static boolean hyphen(TokenView v, int k) {
        return v.isPunct(k, "-") && k - 1 >= 0 && k + 1 < v.sentenceEnd(k) && !v.quoted(k - 1) && !v.quoted(k + 1)
                && Character.isLetterOrDigit(v.token(k - 1).text().charAt(0))
                && Character.isLetterOrDigit(v.token(k + 1).text().charAt(0));
    }










    private boolean pronoun(TokenView v, int k) {
        return cues.pronouns().containsKey(v.lower(k)) && "PRON".equals(v.pos(k));
    }

    private boolean skippable(TokenView v, int k) {
        if (v.named(k)) {
            return false; // "Brook said" with "Brook" tagged as an adverb: a mention says it is a name
        }
        String pos = v.pos(k);
        boolean adverbial = "ADV".equals(pos) || pos.startsWith("AUX") || pos.contains("PART");
        return (adverbial && !pronoun(v, k)) || cues.skipWords().contains(v.lower(k));
    }
}
