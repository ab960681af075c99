package dev.triangulate.analyze.quote;

import dev.triangulate.model.Document;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one document as one flat array, with each token's sentence and the quoted passage
 * it lies in: what the speaker search walks over. Built once per document; not shared.
 */
final class TokenView {

    private final List<Token> tokens = new ArrayList<>();
    private final List<String> lower = new ArrayList<>();
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private final int[] sentenceIndex;
    private final int[] passage;
    private final boolean[] named;

    TokenView(Document document, List<QuoteMarks.Passage> passages) {
        this(document, passages, List.of());
    }

    /** The view, with the tokens that person and organisation {@code mentions} cover marked as named. */
    TokenView(Document document, List<QuoteMarks.Passage> passages, List<Mention> mentions) {
        List<Integer> sentenceOf = new ArrayList<>();
        List<Sentence> sentences = document.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            for (Token t : sentences.get(s).tokens()) {
                tokens.add(t);
                lower.add(t.text().toLowerCase(Locale.ROOT));
                sentenceOf.add(s);
            }
        }
        int n = tokens.size();
        sentenceIndex = new int[n];
        sentenceStart = new int[n];
        sentenceEnd = new int[n];
        passage = new int[n];
        named = new boolean[n];
        fillSentences(sentenceOf);
        fillPassages(passages);
        fillNamed(document, mentions);
    }

    private void fillNamed(Document document, List<Mention> mentions) {
        for (Mention m : mentions) {
            boolean speakerKind = m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION;
            if (!speakerKind || !m.span().docId().equals(document.id())) {
                continue;
            }
            for (int i = firstEndingAfter(m.span().start()); i < tokens.size() && tokens.get(i).start() < m.span().end(); i++) {
                named[i] = true;
            }
        }
    }

    private void fillSentences(List<Integer> sentenceOf) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            sentenceIndex[i] = sentenceOf.get(i);
            sentenceStart[i] = i > 0 && sentenceOf.get(i - 1).equals(sentenceOf.get(i)) ? sentenceStart[i - 1] : i;
        }
        for (int i = n - 1; i >= 0; i--) {
            sentenceEnd[i] = i + 1 < n && sentenceOf.get(i + 1).equals(sentenceOf.get(i)) ? sentenceEnd[i + 1] : i + 1;
        }
    }

    /** Two pointers over tokens and passages, both in text order: linear. */
    private void fillPassages(List<QuoteMarks.Passage> passages) {
        int p = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (p < passages.size() && passages.get(p).outerEnd() <= t.start()) {
                p++;
            }
            boolean inside = p < passages.size() && passages.get(p).outerStart() < t.end();
            passage[i] = inside ? p : -1;
        }
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String lower(int i) {
        return lower.get(i);
    }

    String pos(int i) {
        return tokens.get(i).pos();
    }

    boolean quoted(int i) {
        return passage[i] >= 0;
    }

    /** The passage token {@code i} lies in, or -1. */
    int passage(int i) {
        return passage[i];
    }

    /** Whether a person or organisation mention covers token {@code i}: a name even where the tagger doubts it. */
    boolean named(int i) {
        return named[i];
    }

    /** Marks token {@code i} as a name the document writes elsewhere in full (see {@link FullNames}). */
    void markNamed(int i) {
        named[i] = true;
    }

    int sentence(int i) {
        return sentenceIndex[i];
    }

    /** The first token of the sentence of token {@code i}. */
    int sentenceStart(int i) {
        return sentenceStart[i];
    }

    /** After the last token of the sentence of token {@code i}. */
    int sentenceEnd(int i) {
        return sentenceEnd[i];
    }

    /** The first token that ends after {@code offset} (binary search), or {@link #size()}. */
    int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    boolean isPunct(int i, String chars) {
        String t = tokens.get(i).text();
        return t.length() == 1 && chars.indexOf(t.charAt(0)) >= 0;
    }

    boolean startsUpper(int i) {
        String t = tokens.get(i).text();
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }
}
