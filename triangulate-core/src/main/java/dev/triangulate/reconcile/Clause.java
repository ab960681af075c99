package dev.triangulate.reconcile;

import dev.triangulate.internal.Stems;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Span;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The clause around a fact: the part of its sentence between clause boundaries (";", ":", dashes,
 * and a comma followed by a relative or subordinating word such as "which", "where", "while").
 * Facts are compared within clauses so that a date in a relative clause is not read as dating the
 * main clause's subject.
 *
 * @param span    the clause's characters
 * @param tokens  its tokens
 */
record Clause(Span span, List<Token> tokens) {

    private static final Set<String> OPENERS = Set.of("which", "where", "who", "whom", "whose", "while",
            "whereas", "although", "though", "but", "as", "because", "when", "after", "before", "if", "and");

    /** The clause of {@code coverage}'s sentence that contains the character range [start, end). */
    static Clause around(Coverage coverage, int start, int end) {
        Sentence s = coverage.document().sentenceAt(start);
        if (s == null) {
            return new Clause(new Span(coverage.id(), start, end), List.of());
        }
        List<Token> toks = s.tokens();
        int from = 0;
        int to = toks.size();
        for (int i = 0; i < toks.size(); i++) {
            if (isBoundary(toks, i)) {
                if (toks.get(i).end() <= start) {
                    from = i + 1;
                } else if (toks.get(i).start() >= end) {
                    to = i;
                    break;
                }
            }
        }
        if (from >= to) {
            return new Clause(s.span(), toks);
        }
        List<Token> part = toks.subList(from, to);
        return new Clause(new Span(coverage.id(), part.get(0).start(), part.get(part.size() - 1).end()), part);
    }

    /**
     * The clause of a figure, or when the figure stands alone in brackets ("85 million euros ($108
     * million)") the clause before the bracket: a conversion says the same as what it converts.
     */
    static Clause aroundFigure(Coverage coverage, int start, int end) {
        Clause own = around(coverage, start, end);
        Sentence s = coverage.document().sentenceAt(start);
        if (s == null || own.tokens().stream().anyMatch(t -> t.start() < start || t.end() > end)) {
            return own;
        }
        Token before = null;
        for (Token t : s.tokens()) {
            if (t.end() <= own.span().start() && !t.text().equals("(")) {
                before = t;
            }
        }
        return before == null ? own : around(coverage, before.start(), before.end());
    }

    private static boolean isBoundary(List<Token> toks, int i) {
        String t = toks.get(i).text();
        if (t.equals(";") || t.equals(":") || t.equals("—") || t.equals("–") || t.equals("(") || t.equals(")")) {
            return true;
        }
        return t.equals(",") && i + 1 < toks.size()
                && OPENERS.contains(toks.get(i + 1).text().toLowerCase(Locale.ROOT));
    }

    /** Stems of the clause's content words: not stop words, not numbers, not punctuation. */
    Set<String> contentStems(Cues cues) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : tokens) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (Character.isLetter(lower.charAt(0)) && lower.length() > 2 && !cues.isStopword(lower)) {
                out.add(Stems.of(lower));
            }
        }
        return out;
    }

    /** A noun phrase of the clause that a claim can be about. */
    record Phrase(String key, int start, int end) {
    }

    /**
     * Noun phrases a claim can be about: runs of capitalised modifiers followed by common nouns
     * ("North Korean troops", key "north korean troop").
     */
    List<Phrase> phrases() {
        List<Phrase> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && isCapitalisedModifier(tokens.get(j))) {
                j++;
            }
            int k = j;
            while (k < tokens.size() && "NOUN".equals(tokens.get(k).pos()) && isLowerWord(tokens.get(k).text())) {
                k++;
            }
            if (j > i && k > j) {
                List<Token> run = tokens.subList(i, k);
                int from = run.get(0).start();
                int to = run.get(run.size() - 1).end();
                out.add(new Phrase(keyOf(run), from, to));
                i = k;
            } else {
                i = Math.max(i + 1, j);
            }
        }
        return out;
    }

    /** Prepositions that make the phrase after them the place of an event rather than what it is about. */
    private static final Set<String> LOCATIVES = Set.of("at", "in", "on", "near", "to", "into", "from", "across",
            "inside", "outside", "towards", "toward", "along", "around", "within", "throughout", "over");

    /**
     * Whether the phrase starting at character {@code start} is governed by a locative preposition
     * ("arriving at the Velm crossing"), determiners aside: it says where, not who or what.
     */
    boolean locativeAt(int start) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < start) {
            i++;
        }
        int k = i - 1;
        while (k >= 0 && DETERMINERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            k--;
        }
        return k >= 0 && LOCATIVES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
    }

    private static boolean isCapitalisedModifier(Token t) {
        String s = t.text();
        return Character.isUpperCase(s.charAt(0)) && ("ADJ".equals(t.pos()) || "PROPN".equals(t.pos()));
    }

    private static boolean isLowerWord(String s) {
        return Character.isLowerCase(s.charAt(0));
    }

    static String keyOf(List<Token> run) {
        List<String> words = new ArrayList<>();
        for (Token t : run) {
            words.add(t.text());
        }
        return key(words);
    }

    /** Lower case, determiners dropped, the head (last word) stemmed: "the Russian troops" gives "russian troop". */
    static String key(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (DETERMINERS.contains(w)) {
                continue;
            }
            sb.append(sb.isEmpty() ? "" : " ").append(i == words.size() - 1 ? Stems.of(w) : w);
        }
        return sb.toString();
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this", "these", "those");

    /**
     * The stem of the verb that says what happened to the thing at characters {@code [start, end)}: the
     * nearest full verb of the clause that is not a reporting verb ("officials said 10 people were
     * killed" gives "kill"), or {@code null} when the clause has none.
     */
    String predicateNear(int start, int end, Cues cues) {
        return predicateNear(start, end, cues, null);
    }

    /**
     * As {@link #predicateNear(int, int, Cues)}, but a verb of some class of {@code verbs} wins over nearer
     * unclassed ones ("60 people spent the night in a hall after being evacuated" gives "evacuat"): a verb
     * that names a happening says more about the figure than one that does not. May be {@code null}.
     */
    String predicateNear(int start, int end, Cues cues, EventVerbs verbs) {
        if (verbs != null) {
            String classed = nearestVerb(start, end, cues, verbs);
            if (classed != null) {
                return classed;
            }
        }
        return nearestVerb(start, end, cues, null);
    }

    /**
     * The nearest verb, or with {@code only} the nearest word of one of its classes whatever its tag (the
     * tagger calls "stole" a noun after "robbers"), a phrasal verb given as stem and particle ("mad off").
     */
    private String nearestVerb(int start, int end, Cues cues, EventVerbs only) {
        String best = null;
        int bestGap = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String stem = only == null ? Stems.of(t.text()) : classedStem(i, only);
            if (only == null ? !"VERB".equals(t.pos()) || Cues.stemIn(t.text(), cues.reportingStems()) : stem == null) {
                continue;
            }
            int gap = t.end() <= start ? start - t.end() : t.start() >= end ? t.start() - end : 0;
            if (gap < bestGap) {
                best = stem;
                bestGap = gap;
            }
        }
        return best;
    }

    /** The token's stem with its particle if that pair is classed, else its stem if classed, else {@code null}. */
    private String classedStem(int i, EventVerbs verbs) {
        String stem = Stems.of(tokens.get(i).text());
        if (i + 1 < tokens.size()) {
            String phrasal = stem + " " + tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
            if (verbs.classed(phrasal)) {
                return phrasal;
            }
        }
        return verbs.classed(stem) ? stem : null;
    }

    /** Whether any token is one of the speculation words (could, may, potentially...). */
    boolean speculative(Cues cues) {
        for (Token t : tokens) {
            if (cues.speculation().contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether any word of the clause has one of {@code stems} as its stem. */
    boolean hasWordWithStem(List<String> stems) {
        for (Token t : tokens) {
            if (Cues.stemIn(t.text(), stems)) {
                return true;
            }
        }
        return false;
    }
}
