package dev.triangulate.analyze.entity;

import dev.triangulate.model.Document;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds name candidates in a document: runs of capitalised words (with connectors inside,
 * "Institute for the Study of War"), acronyms and designators; strips titles, demonyms and a
 * leading designator into candidates of their own; and types each from its cues.
 *
 * <p>A capitalised word that opens a sentence, and any word of a headline-case line, counts only
 * when the tagger calls it PROPN (sentence starts only), a gazetteer knows it, or the document
 * also capitalises it mid-sentence in running text. Immutable and thread-safe.
 */
final class CandidateFinder {

    private final NameLexicon lex;
    private final CandidateTyper typer;

    CandidateFinder(NameLexicon lex) {
        this.lex = lex;
        this.typer = new CandidateTyper(lex);
    }

    List<Candidate> find(Document doc) {
        Set<String> seen = capitalisedMidSentence(doc);
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = s.tokens();
            boolean headline = isHeadline(tokens);
            boolean[] name = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                name[i] = isNameWord(tokens, i, headline, seen);
            }
            for (int i = 0; i < tokens.size(); ) {
                if (!name[i]) {
                    i++;
                    continue;
                }
                int j = extend(tokens, name, i);
                new RunSplitter(doc.text(), s, out).split(i, j);
                i = j;
            }
        }
        return out;
    }

    /** Lower-cased words the document capitalises inside sentences of running text: trusted at sentence starts. */
    private Set<String> capitalisedMidSentence(Document doc) {
        Set<String> seen = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = s.tokens();
            if (isHeadline(tokens)) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i).text();
                if (!opensClause(tokens, i) && startsUpper(t) && !lex.isNonName(t)) {
                    seen.add(t.toLowerCase(Locale.ROOT));
                }
            }
        }
        return seen;
    }

    /**
     * A line without a closing full stop whose words of four letters or more (three at least) are
     * three quarters capitalised. Sentences that end with a stop are running text however many
     * names they hold.
     */
    static boolean isHeadline(List<Token> tokens) {
        if (tokens.isEmpty() || endsWithStop(tokens)) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            String w = t.text();
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 4 >= words * 3;
    }

    private static boolean endsWithStop(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String t = tokens.get(i).text();
            if (Character.isLetterOrDigit(t.charAt(0))) {
                return false;
            }
            if (t.equals(".") || t.equals("!") || t.equals("?")) {
                return true;
            }
        }
        return false;
    }

    private boolean isNameWord(List<Token> tokens, int i, boolean headline, Set<String> seen) {
        Token tok = tokens.get(i);
        String t = tok.text();
        if (!startsUpper(t) || lex.isNonName(t) || lowerCompound(t)) {
            return false;
        }
        boolean label = i + 1 < tokens.size() && tokens.get(i + 1).text().equals(":") && opensClause(tokens, i);
        if (NameKey.isAcronym(t) && i > 0 && Character.isDigit(tokens.get(i - 1).text().charAt(0))) {
            return false; // "16 GB", "500 USD", "10:00 UTC": a unit or currency code after a number
        }
        if (NameKey.isAcronym(t) || NameKey.isDesignator(t)) {
            return !label || seen.contains(t.toLowerCase(Locale.ROOT));
        }
        boolean known = seen.contains(t.toLowerCase(Locale.ROOT)) || lex.isKnownName(t) || lex.isTitle(t);
        if (headline) {
            return known;
        }
        if (opensClause(tokens, i)) {
            // The tagger calls many clause-opening plural nouns proper ("Forecasters said"); a lone
            // unknown word ending in s needs the document to capitalise it elsewhere.
            boolean lonePlural = t.length() > 3 && t.endsWith("s")
                    && (i + 1 >= tokens.size() || !startsUpper(tokens.get(i + 1).text()));
            return !label && (known || tok.isProperNoun() && !lonePlural);
        }
        return true;
    }

    /** "US-made", "Russian-occupied": a capitalised first part with a lower-case last part is an adjective. */
    private boolean lowerCompound(String t) {
        int dash = Math.max(t.lastIndexOf('-'), t.lastIndexOf('–'));
        return dash > 0 && dash + 1 < t.length() && Character.isLowerCase(t.charAt(dash + 1)) && !lex.isTitle(t);
    }

    static boolean startsUpper(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        // "iPhone", "eBay": lower-case first letter, capital second
        return Character.isUpperCase(c)
                || (t.length() > 2 && Character.isLowerCase(c) && Character.isUpperCase(t.charAt(1)));
    }

    /** Whether token i is where a clause starts: sentence start, or after a colon, dash or opening quote. */
    static boolean opensClause(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String p = tokens.get(k).text();
            if (p.equals(":") || p.equals("—") || p.equals("“") || p.equals("\"") || p.equals("‘")) {
                return true;
            }
            if (Character.isLetterOrDigit(p.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The end (exclusive) of the run of name words starting at {@code i}, bridging connectors. */
    private int extend(List<Token> tokens, boolean[] name, int i) {
        int j = i + 1;
        while (j < tokens.size()) {
            if (name[j]) {
                j++;
                continue;
            }
            int k = j;
            while (k < tokens.size() && k - j < 2 && joins(tokens, i, j, k)) {
                k++;
            }
            if (k == j || k >= tokens.size() || !name[k]) {
                break;
            }
            j = k;
        }
        return j;
    }

    private boolean joins(List<Token> tokens, int runStart, int gap, int k) {
        String t = tokens.get(k).text();
        Boolean always = lex.connector(t);
        if (always != null) {
            // a title lets "of" in ("Secretary of State") but not "and": "Minister X and Senator Y" are two
            return always || hasHead(tokens, runStart, gap, !t.equalsIgnoreCase("and"));
        }
        String prev = tokens.get(k - 1).text();
        if (t.equals(".") && ((prev.length() == 1 && Character.isUpperCase(prev.charAt(0))) || lex.isTitle(prev))) {
            return true; // an initial, "John F. Kennedy", or an abbreviated title, "Gen. Mark Milley"
        }
        return k == gap && t.chars().allMatch(Character::isDigit); // "Boeing 787 Dreamliner"
    }

    private boolean hasHead(List<Token> tokens, int from, int to, boolean titles) {
        for (int i = from; i < to; i++) {
            String t = tokens.get(i).text();
            if (lex.cueType(t) != null || (titles && lex.isTitle(t))) {
                return true;
            }
        }
        return false;
    }

    /** Splits one run into candidates: titles, demonyms and a leading designator come off. */
    private final class RunSplitter {
        private final String text;
        private final Sentence sentence;
        private final List<Token> tokens;
        private final List<Candidate> out;

        RunSplitter(String text, Sentence sentence, List<Candidate> out) {
            this.text = text;
            this.sentence = sentence;
            this.tokens = sentence.tokens();
            this.out = out;
        }

        void split(int from, int to) {
            from = trimStart(from, to);
            to = trimEnd(from, to);
            if (from >= to) {
                return;
            }
            int title = lastTitle(from, to);
            if (title >= 0) {
                splitAtTitle(from, title, to);
                return;
            }
            from = skipDemonyms(from, to);
            if (from >= to) {
                return;
            }
            if (to - from >= 2 && lex.isPlace(word(from)) && isCode(word(from + 1))) {
                emit(from, from + 1, false, false); // "US MGM-140 ...", "U.S. ATACMS": a country before a code
                from++;
            }
            if (to - from >= 3 && NameKey.isDesignator(word(from)) && !NameKey.isDesignator(word(from + 1))) {
                emit(from, from + 1, true, false);
                from++;
            }
            emit(from, to, false, false);
        }

        private void splitAtTitle(int from, int title, int to) {
            int titleStart = title;
            while (titleStart > from && (lex.isTitle(word(titleStart - 1)) || lex.isTitleModifier(word(titleStart - 1)))) {
                titleStart--;
            }
            if (titleStart > from) {
                split(from, titleStart);
            }
            int person = title + 1;
            while (person < to && word(person).equals(".")) {
                person++;
            }
            boolean titled = true;
            if (person < to && lex.connector(word(person)) != null) {
                int of = ++person;
                while (to - person > 1 && !lex.isGivenName(word(person))
                        && (lex.isTitleModifier(word(person)) || lex.cueType(word(person)) != null
                        || lex.isPlace(word(person)) || lex.connector(word(person)) != null)) {
                    person++;
                }
                // "Vice Chairman of Halvorsen", "Prime Minister of Oredia": what the title is of, not who holds it
                titled = person > of;
            }
            person = trimStart(person, to);
            if (person < to) {
                emit(person, trimEnd(person, to), false, titled);
            }
        }

        /** The last title word followed by a person's name, or -1; never inside an organisation's name. */
        private int lastTitle(int from, int to) {
            boolean headAfter = false;
            for (int i = to - 1; i >= from; i--) {
                if (i < to - 1 && !headAfter && lex.isTitle(word(i)) && !lex.isTitle(word(i + 1))
                        && !lex.isTitleModifier(word(i + 1))) {
                    return i;
                }
                // a head word after the title makes it part of an organisation: "General Motors"
                headAfter |= lex.cueType(word(i)) != null && !lex.isTitle(word(i)) && !lex.isTitleModifier(word(i));
            }
            return -1;
        }

        private int skipDemonyms(int from, int to) {
            boolean headCue = false;
            for (int i = from + 1; i < to; i++) {
                headCue |= lex.cueType(word(i)) != null;
            }
            if (headCue) {
                return from; // "Ukrainian Security Service"
            }
            if (to - from >= 2 && lex.demonyms().isDemonym(word(from) + " " + word(from + 1))) {
                return from + 2;
            }
            return isDemonym(word(from)) ? from + 1 : from;
        }

        private boolean isCode(String w) {
            return NameKey.isDesignator(w) || NameKey.isAcronym(w);
        }

        private boolean isDemonym(String w) {
            for (String part : w.split("[-–]")) {
                if (!lex.demonyms().isDemonym(part)) {
                    return false;
                }
            }
            return true;
        }

        private int trimStart(int from, int to) {
            while (from < to && (!startsUpper(word(from)) || lex.isNonName(word(from)))) {
                from++;
            }
            return from;
        }

        private int trimEnd(int from, int to) {
            while (to > from && !startsUpper(word(to - 1)) && !NameKey.isDesignator(word(to - 1))) {
                to--;
            }
            return to;
        }

        private void emit(int from, int to, boolean namesNext, boolean titled) {
            if (from >= to || (to - from == 1 && (lex.isTitle(word(from)) || isDemonym(word(from))))) {
                return;
            }
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            if (lex.isAbbreviatedSuffix(word(to - 1)) && end < text.length() && text.charAt(end) == '.') {
                end++; // "Apple Inc.": the stop belongs to the abbreviation
            }
            out.add(typer.type(sentence.index(), tokens, from, to, start, end, text.substring(start, end),
                    namesNext, titled));
        }

        private String word(int i) {
            return tokens.get(i).text();
        }
    }
}
