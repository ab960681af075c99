package dev.triangulate.text;

import dev.triangulate.model.Article;
import dev.triangulate.model.Document;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Span;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences by rule, tokens by pattern, parts of speech by OpenNLP's English UD model.
 *
 * <p>Line breaks end sentences (news bodies put headlines, bylines and paragraphs on lines of
 * their own). Inside a line, a sentence ends at {@code . ! ?} (and closing quotes or brackets
 * after them) followed by a space and an upper-case letter, digit or opening quote, unless the
 * word before the period is a known abbreviation or a single capital letter ("U.S.", "J. Smith").
 *
 * <p>Immutable and thread-safe: the tagger model is shared, tagger instances are per thread.
 */
public final class RuleSegmenter implements Segmenter {

    /** Words, numbers with separators and decimals, abbreviations with inner periods, single symbols. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:[A-Za-z]\\.){2,}"                                  // U.S., U.K.
            + "|\\p{Sc}?\\d[\\d,]*(?:\\.\\d+)?(?:[-–]\\p{L}[\\p{L}\\d]*)*"  // 10,000  $2.5  190-mile-range
            + "|[\\p{L}\\p{M}\\d]+(?:['’][\\p{L}]+)?(?:[-–][\\p{L}\\p{M}\\d]+(?:['’][\\p{L}]+)?)*" // words, hyphenated
            + "|\\S");

    private static final Pattern POSSESSIVE_OR_CLITIC = Pattern.compile("(?i)['’](s|re|ve|ll|d|m)$|n['’]t$");

    private final PartOfSpeechTagger tagger;
    private final Set<String> abbreviations;

    public RuleSegmenter(PartOfSpeechTagger tagger, Set<String> abbreviations) {
        this.tagger = tagger;
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /** The English segmenter with the bundled tagger model and abbreviation list. */
    public static RuleSegmenter english() {
        return new RuleSegmenter(PartOfSpeechTagger.english(), Lexicon.lines("text/abbreviations.txt"));
    }

    @Override
    public Document segment(Article article) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        for (int[] range : sentenceRanges(text)) {
            List<Token> tokens = tokens(text, range[0], range[1]);
            sentences.add(new Sentence(sentences.size(), new Span(article.id(), range[0], range[1]), tokens));
        }
        return new Document(article, sentences);
    }

    /** Sentence boundaries as {start, end} pairs, trimmed of surrounding white space. */
    List<int[]> sentenceRanges(String text) {
        List<int[]> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                splitLine(text, lineStart, i, out);
                lineStart = i + 1;
            }
        }
        return out;
    }

    private void splitLine(String text, int from, int to, List<int[]> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, to)) {
                int end = i + 1;
                while (end < to && isCloser(text.charAt(end))) {
                    end++;
                }
                addTrimmed(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        addTrimmed(text, start, to, out);
    }

    private boolean endsSentence(String text, int i, int to) {
        int j = i + 1;
        while (j < to && isCloser(text.charAt(j))) {
            j++;
        }
        if (j >= to) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < to && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= to) {
            return true;
        }
        char next = text.charAt(j);
        boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || isOpener(next);
        return opens && (text.charAt(i) != '.' || !abbreviationBefore(text, i));
    }

    private boolean abbreviationBefore(String text, int period) {
        int k = period;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, period);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J. Smith"
        }
        if (word.contains(".")) {
            return word.length() <= 4; // "U.S" of "U.S." before a name; longer dotted words are rare
        }
        return abbreviations.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '’' || c == '”' || c == ')' || c == ']' || c == '»';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '‘' || c == '“' || c == '(' || c == '[' || c == '«';
    }

    private static void addTrimmed(String text, int start, int end, List<int[]> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }

    private List<Token> tokens(String text, int start, int end) {
        List<int[]> ranges = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(start, end);
        while (m.find()) {
            splitClitic(text, m.start(), m.end(), ranges);
        }
        String[] words = new String[ranges.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(ranges.get(i)[0], ranges.get(i)[1]);
        }
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(ranges.get(i)[0], ranges.get(i)[1], words[i], tags[i]));
        }
        return tokens;
    }

    /** "Russia's" becomes "Russia" + "'s", "isn't" becomes "is" + "n't", as the tagger was trained. */
    private static void splitClitic(String text, int s, int e, List<int[]> out) {
        Matcher c = POSSESSIVE_OR_CLITIC.matcher(text).region(s, e);
        if (e - s > 2 && c.find() && c.start() > s) {
            out.add(new int[] {s, c.start()});
            out.add(new int[] {c.start(), e});
        } else {
            out.add(new int[] {s, e});
        }
    }
}
