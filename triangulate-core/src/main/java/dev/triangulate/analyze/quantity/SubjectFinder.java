package dev.triangulate.analyze.quantity;

import dev.triangulate.model.Document;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Token;
import dev.triangulate.text.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds what a quantity counts or measures, from the UD part-of-speech tags of its sentence.
 *
 * <ul>
 *   <li>a count: the noun phrase after the number, adjectives and proper adjectives kept
 *       ("nearly 50,000 Russian troops" → "Russian troops"); past a partitive or group noun
 *       ("150 pieces of heavy equipment" → "heavy equipment", "a 10,000-strong force of
 *       marines" → "marines"); else the noun before "of" ("a death toll of 300" → "death toll");
 *       else people, after a casualty verb ("injuring 40");</li>
 *   <li>a measure: the rest of a hyphenated compound ("190-mile-range" → "range"), the noun
 *       after "of" ("1,000 km² of territory" → "territory"), a dimension word ("300 km long" →
 *       "length"), a following noun ("a 300 km range"), or the noun before "of" or a verb
 *       ("a range of around 300 km", "its range is 300 km" → "range"); for a sum of money, never a
 *       value word but the thing valued ("$5 million worth of oil", "gems worth €5 million" → "oil",
 *       "gems").</li>
 * </ul>
 * Common words are lower-cased; capitalised words not at the start of the sentence keep their case,
 * so "North Korean troops" and "Russian troops" stay distinct subjects. Determiners are dropped.
 * Word lists: {@code partitive-nouns.txt}, {@code collective-nouns.txt}, {@code strength-suffixes.txt},
 * {@code dimension-words.tsv}, {@code value-words.txt}, {@code casualty-verbs.txt}.
 *
 * <p>Immutable; thread-safe.
 */
final class SubjectFinder {

    private static final int MAX_WORDS = 6;
    /** What a casualty verb's bare number counts. */
    private static final String PEOPLE = "people";
    /** How many tokens before a sum a value word may stand ("worth 85 million euros ( $"). */
    private static final int VALUE_REACH = 8;
    private static final String DIR = "analyze/quantity/";

    private final Set<String> partitive = Lexicon.lines(DIR + "partitive-nouns.txt");
    private final Set<String> collective = Lexicon.lines(DIR + "collective-nouns.txt");
    private final Set<String> strength = Lexicon.lines(DIR + "strength-suffixes.txt");
    private final Set<String> verbs = Lexicon.lines(DIR + "verbs-tagged-as-nouns.txt");
    private final Set<String> values = Lexicon.lines(DIR + "value-words.txt");
    private final Set<String> casualty = Lexicon.lines(DIR + "casualty-verbs.txt");
    private final Map<String, String> dimensions = new HashMap<>();

    private record Phrase(String text, int next, String head) {
    }

    SubjectFinder() {
        for (String line : Lexicon.lines(DIR + "dimension-words.tsv")) {
            String[] c = line.split("\t");
            dimensions.put(c[0], c[1]);
        }
    }

    /** What {@code r} counts or measures, or {@code null} when the sentence does not say. */
    String find(Document doc, Reading r) {
        Sentence s = doc.sentenceAt(r.numberStart());
        if (s == null) {
            return null;
        }
        String text = doc.text();
        List<Token> tokens = s.tokens();
        int end = r.end();
        if (end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1))) {
            return compound(text, tokens, end + 1, r);
        }
        int k = firstTokenFrom(tokens, end);
        return r.unit() != null ? measured(tokens, k, r) : counted(tokens, k, r);
    }

    /** "190-mile-range", "10,000-strong force of ...", "a 12-member panel". */
    private String compound(String text, List<Token> tokens, int from, Reading r) {
        int e = from;
        while (e < text.length() && (Character.isLetter(text.charAt(e))
                || text.charAt(e) == '-' && e + 1 < text.length() && Character.isLetter(text.charAt(e + 1)))) {
            e++;
        }
        String rest = text.substring(from, e).toLowerCase(Locale.ROOT);
        if (strength.contains(rest)) {
            return group(tokens, firstTokenFrom(tokens, e));
        }
        return r.unit() != null ? rest : group(tokens, firstTokenFrom(tokens, e));
    }

    private String measured(List<Token> tokens, int k, Reading r) {
        Token next = k < tokens.size() ? tokens.get(k) : null;
        String word = next == null ? "" : next.text().toLowerCase(Locale.ROOT);
        boolean valueOf = r.unit().money() && values.contains(word) && k + 1 < tokens.size()
                && tokens.get(k + 1).text().equalsIgnoreCase("of");
        if (valueOf) {
            k++; // "$100 million worth of crude oil": the oil is what is valued
        }
        if (valueOf || word.equals("of") || r.unit().money() && (word.equals("in") || word.equals("for"))) {
            Phrase p = phrase(tokens, k + 1);
            return p == null ? null : p.text;
        }
        if (dimensions.containsKey(word) && !r.unit().money()) { // "$5 million from the museum" is no distance
            return dimensions.get(word);
        }
        Phrase following = next != null && "NOUN".equals(next.pos()) && !values.contains(word) ? phrase(tokens, k) : null;
        if (following != null) {
            return following.text;
        }
        String before = before(tokens, lastTokenBefore(tokens, r.start()));
        return before != null || !r.unit().money() ? before : valued(tokens, lastTokenBefore(tokens, r.start()));
    }

    /**
     * The nouns before a value word that stands a few tokens before a sum ending at token {@code j}:
     * "diamonds" of "diamonds valued at 85 million euros ($108 million)". Stops at a verb or sentence
     * punctuation other than brackets, so a value word of another clause is not taken.
     */
    private String valued(List<Token> tokens, int j) {
        for (int i = j; i > 0 && j - i < VALUE_REACH; i--) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (values.contains(w)) {
                int from = i;
                while (from > 0 && i - from < 3 && "NOUN".equals(tokens.get(from - 1).pos())
                        && (from == i || compounds(tokens.get(from - 1), tokens.get(from)))
                        && !verbs.contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))) {
                    from--; // "robbers stole diamonds valued at": "diamonds", not the verb the tagger calls a noun
                }
                return from == i ? null : join(tokens.subList(from, i), tokens.get(0));
            }
            boolean stop = "VERB".equals(tokens.get(i).pos()) || "PUNCT".equals(tokens.get(i).pos()) && !w.equals("(");
            if (stop) {
                return null;
            }
        }
        return null;
    }

    private String counted(List<Token> tokens, int k, Reading r) {
        if (r.vague()) {
            k++; // past the "of" of "thousands of"
        }
        String g = group(tokens, k);
        if (g != null) {
            return casualty.contains(g.toLowerCase(Locale.ROOT)) ? PEOPLE : g; // "five hurt", "Five Wounded": people
        }
        String before = before(tokens, lastTokenBefore(tokens, r.start()));
        return before != null ? before : casualties(tokens, lastTokenBefore(tokens, r.start()));
    }

    /** "people" when a casualty verb governs the bare number ending before token {@code j + 1}: "injuring 40". */
    private String casualties(List<Token> tokens, int j) {
        int i = j;
        while (i >= 0 && "ADV".equals(tokens.get(i).pos())) {
            i--; // "injured almost 50"
        }
        return i >= 0 && casualty.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)) ? PEOPLE : null;
    }

    /** The phrase at {@code k}, or what follows "of" when its head only measures or groups ("pieces of", "force of"). */
    private String group(List<Token> tokens, int k) {
        Phrase p = phrase(tokens, k);
        if (p == null) {
            return null;
        }
        boolean of = p.next < tokens.size() && tokens.get(p.next).text().equalsIgnoreCase("of");
        if (of && (partitive.contains(p.head) || collective.contains(p.head))) {
            Phrase inner = phrase(tokens, p.next + 1);
            return inner != null ? inner.text : p.text;
        }
        return p.text;
    }

    /** Adjectives and proper words, then common nouns: "Russian troops", "heavy equipment", "Ukrainians". */
    private Phrase phrase(List<Token> tokens, int k) {
        int i = k;
        while (i < tokens.size() && "DET".equals(tokens.get(i).pos())) {
            i++;
        }
        List<Token> words = new ArrayList<>();
        boolean noun = false;
        for (; i < tokens.size() && words.size() < MAX_WORDS; i++) {
            Token t = tokens.get(i);
            boolean common = "NOUN".equals(t.pos());
            boolean modifier = "ADJ".equals(t.pos()) || "PROPN".equals(t.pos());
            if (!Character.isLetter(t.text().charAt(0)) || !(common || modifier && !noun)
                    || noun && !compounds(words.get(words.size() - 1), t)) {
                break;
            }
            noun |= common;
            words.add(t);
        }
        if (words.isEmpty()) {
            return null;
        }
        String head = words.get(words.size() - 1).text().toLowerCase(Locale.ROOT);
        return new Phrase(join(words, tokens.get(0)), i, head);
    }

    /**
     * Whether {@code next} continues a noun compound after the noun {@code last} ("aid package"): not after a
     * plural ("houses fell"), and not a verb form the tagger mistook for a noun ("earthquake struck").
     */
    private boolean compounds(Token last, Token next) {
        String w = next.text().toLowerCase(Locale.ROOT);
        String l = last.text().toLowerCase(Locale.ROOT);
        boolean plural = l.endsWith("s") && !l.endsWith("ss");
        return !plural && !w.endsWith("ed") && !verbs.contains(w);
    }

    /** The nouns right before "of" or a form of "be" that ends at token {@code j}: "range" of "a range of". */
    private static String before(List<Token> tokens, int j) {
        if (j < 1) {
            return null;
        }
        String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
        if (!w.equals("of") && !"AUX".equals(tokens.get(j).pos())) {
            return null;
        }
        int i = j;
        while (i > 0 && j - i < 3 && "NOUN".equals(tokens.get(i - 1).pos())) {
            i--;
        }
        return i == j ? null : join(tokens.subList(i, j), tokens.get(0));
    }

    private static String join(List<Token> words, Token sentenceFirst) {
        StringBuilder b = new StringBuilder();
        for (Token t : words) {
            boolean proper = t != sentenceFirst && Character.isUpperCase(t.text().charAt(0));
            b.append(b.isEmpty() ? "" : " ").append(proper ? t.text() : t.text().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private static int firstTokenFrom(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int lastTokenBefore(List<Token> tokens, int offset) {
        return firstTokenFrom(tokens, offset) - 1;
    }
}
