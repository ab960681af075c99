package dev.triangulate.analyze.entity;

import dev.triangulate.model.EntityType;
import dev.triangulate.model.Token;
import java.util.List;

/**
 * Types a name from its cues, strongest first: a title or role word before it (PERSON), an
 * organisation's role noun before it ("automaker", ORG), a gazetteer entry, a head word inside ("Institute", "Sea", "Treaty") or a place word right after
 * it ("the Kursk region"), a thing's head word right after it ("Storm Cloud missiles": OTHER), a
 * common given name first (PERSON), then its shape (acronym: ORG; designator: OTHER). Names without
 * any cue are OTHER, or PERSON when two or three proper nouns that look like a person's name.
 * Immutable and thread-safe.
 */
final class CandidateTyper {

    private final NameLexicon lex;

    CandidateTyper(NameLexicon lex) {
        this.lex = lex;
    }

    Candidate type(int sentence, List<Token> tokens, int from, int to, int start, int end, String text,
                   boolean namesNext, boolean titled) {
        EntityType type;
        int strength;
        String last = tokens.get(to - 1).text();
        if (titled || roleBefore(tokens, from)) {
            type = EntityType.PERSON;
            strength = Candidate.TITLE;
        } else if (from > 0 && lex.isOrgRoleBefore(tokens.get(from - 1).text())) {
            type = EntityType.ORGANIZATION; // "automaker Halvorsen": the role noun says what the name is
            strength = Candidate.HEAD;
        } else if (lex.isOrganization(text)) {
            type = EntityType.ORGANIZATION;
            strength = Candidate.GAZETTEER;
        } else if (lex.isPlace(text)) {
            type = EntityType.PLACE;
            strength = Candidate.GAZETTEER;
        } else if (to - from > 1 && headCue(tokens, from, to) != null) {
            type = headCue(tokens, from, to);
            strength = Candidate.HEAD;
        } else if (to < tokens.size() && lex.isPlaceCue(tokens.get(to).text())) {
            type = EntityType.PLACE;
            strength = Candidate.HEAD;
        } else if (to < tokens.size() && isLower(tokens.get(to).text()) && lex.isOtherCue(tokens.get(to).text())) {
            type = EntityType.OTHER; // "Storm Cloud missiles", "the Hang Lo index": a thing's head word after it
            strength = Candidate.HEAD;
        } else if (to - from > 1 && lex.isGivenName(tokens.get(from).text())) {
            type = EntityType.PERSON;
            strength = Candidate.GIVEN_NAME;
        } else if (to - from == 1 && NameKey.isDesignator(last)) {
            type = EntityType.OTHER;
            strength = Candidate.SHAPE;
        } else if (to - from == 1 && NameKey.isAcronym(last)) {
            type = EntityType.ORGANIZATION;
            strength = Candidate.SHAPE;
        } else {
            type = looksLikePersonName(tokens, from, to) ? EntityType.PERSON : EntityType.OTHER;
            strength = Candidate.NONE;
        }
        return new Candidate(sentence, from, to, start, end, text, type, strength, namesNext);
    }

    /**
     * The type of the name's head: the last cue word before any "of"/"for" ("Institute for the Study
     * of War" is an institute; "Bank of England" a bank), else the last cue word ("American
     * University Kyiv" is a university).
     */
    private EntityType headCue(List<Token> tokens, int from, int to) {
        int end = to;
        for (int i = from + 1; i < to; i++) {
            if (Boolean.FALSE.equals(lex.connector(tokens.get(i).text()))) {
                end = i;
                break;
            }
        }
        for (int i = end - 1; i >= from; i--) {
            EntityType t = lex.cueType(tokens.get(i).text());
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** A lower-case role or title right before the name: "spokesperson Dmitry Peskov", "Gen. Milley". */
    private boolean roleBefore(List<Token> tokens, int from) {
        int k = from - 1;
        if (k >= 0 && tokens.get(k).text().equals(".")) {
            k--;
        }
        return k >= 0 && lex.isTitle(tokens.get(k).text());
    }

    /**
     * Two or three capitalised proper nouns with no cue, not after a determiner ("the Storm Cloud")
     * and without a word that a gazetteer knows as a place, organisation or nationality ("Air
     * France", "Ford Australia"): a person's name is made of given names and surnames.
     */
    private boolean looksLikePersonName(List<Token> tokens, int from, int to) {
        if (to - from < 2 || to - from > 3 || (from > 0 && lex.isNonPersonBefore(tokens.get(from - 1).text()))) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String w = t.text();
            if (!t.isProperNoun() || NameKey.isAcronym(w) || !Character.isUpperCase(w.charAt(0))
                    || lex.isPlace(w) || lex.isOrganization(w) || lex.demonyms().isDemonym(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLower(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
    }
}
