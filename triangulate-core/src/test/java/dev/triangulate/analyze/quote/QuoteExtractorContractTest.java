package dev.triangulate.analyze.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Document;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Quote;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Token;
import dev.triangulate.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The stage contract on random and mutated text, heavy in quotation marks, apostrophes, names and
 * reporting verbs: no exception, every span inside the text and equal to it, quotes in order and
 * disjoint, and the same output on a second run and from a second instance.
 */
class QuoteExtractorContractTest {

    /** Inputs segmented and tagged by the real segmenter (slow: the tagger dominates). */
    private static final int TAGGED_INPUTS = 500;
    /** Inputs cut into tokens by a cheap rule and given random tags: any tag sequence must be safe. */
    private static final int RANDOMLY_TAGGED_INPUTS = 50_000; // two tests: 101,000 inputs in all
    private static final String[] TAGS = {
        "NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "ADP", "DET", "PRON", "PUNCT", "NUM", "PART", "CCONJ",
        "SCONJ", "SYM", "X", "INTJ", "AUX+PART"
    };

    private static final String[] WORDS = {
        "said", "says", "told", "telling", "adding", "added", "warned", "according", "to", "that", "he", "she",
        "they", "the", "a", "spokesman", "official", "President", "Minister", "of", "for", "Anna", "Holm",
        "Ivo", "Dane", "Lund", "Kremlin", "Institute", "Study", "was", "is", "are", "not", "and", "but",
        "while", "plan", "victory", "war", "don’t", "Russia’s", "’90s", "forces'", "it's", "’s", "'s", "12\"",
        "rock", "'n'", "on", "Monday", "3", "May", "10,000", "U.S.", "—", "-", "(", ")", ":", ";", ",", ".",
        "?", "!", "“", "”", "\"", "‘", "’", "'", "«", "»", "\n", "\n\n", "  ", "\t", "\r\n"
    };

    private static final String[] SEEDS = {
        "“We will respond,” said Marta Lind. “And we will win.”",
        "Marta Lind told the council: \"We will not pay.\"\n\"Not now,\" she added.",
        "The mayor’s spokesman, Ivo Dane, telling reporters that it “changes everything”, adding that rivals were “playing with fire”.",
        "According to former Minister of Energy Lena Ost, the grid is ‘close to breaking point’.",
        "He said: “We will rebuild.\n\n“And we will pay for it,” he said.",
        "The ’90s ‘victory plan’ and the farmers’ ‘last stand’ didn't 'help'.",
        "«Non», a-t-il dit. “Nested ‘quotes “deep” here’ end”, they said.",
    };

    private static final QuoteExtractor QUOTES = QuoteExtractor.english();
    private static final QuoteExtractor SECOND = QuoteExtractor.english();

    @Test
    void holdsTheContractOnRandomText() {
        Random random = new Random(20_241_118L);
        for (int n = 0; n < TAGGED_INPUTS; n++) {
            check(TestDocs.doc(randomText(random)), random);
        }
        for (int n = 0; n < RANDOMLY_TAGGED_INPUTS; n++) {
            check(randomlyTagged(randomText(random), random), random);
        }
    }

    @Test
    void holdsTheContractOnMutatedText() {
        Random random = new Random(7L);
        for (int n = 0; n < TAGGED_INPUTS; n++) {
            check(TestDocs.doc(mutate(SEEDS[random.nextInt(SEEDS.length)], random)), random);
        }
        for (int n = 0; n < RANDOMLY_TAGGED_INPUTS; n++) {
            check(randomlyTagged(mutate(SEEDS[random.nextInt(SEEDS.length)], random), random), random);
        }
    }

    private static void check(Document doc, Random random) {
        String text = doc.text();
        List<Mention> mentions = random.nextBoolean() ? List.of() : randomMentions(doc, random);
        try {
            List<AttributedQuote> first = QUOTES.attribute(doc, mentions);
            assertEquals(first, QUOTES.attribute(doc, mentions), "not deterministic");
            assertEquals(first, SECOND.attribute(doc, mentions), "differs between instances");
            int previousEnd = -1;
            for (AttributedQuote a : first) {
                Quote q = a.quote();
                assertInside(q.span(), text);
                assertEquals(q.span().of(text), q.text());
                assertTrue(q.span().start() >= previousEnd, "quotes overlap or are out of order");
                previousEnd = q.span().end();
                if (q.speakerSpan() != null) {
                    assertInside(q.speakerSpan(), text);
                }
                if (a.role() != null) {
                    assertInside(a.role(), text);
                }
            }
        } catch (RuntimeException | AssertionError e) {
            fail("input " + escape(text) + ": " + e, e);
        }
    }

    private static void assertInside(Span span, String text) {
        assertEquals("t", span.docId());
        assertTrue(span.start() >= 0 && span.end() <= text.length() && span.start() <= span.end(), "span " + span);
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int words = random.nextInt(40);
        for (int i = 0; i < words; i++) {
            if (random.nextInt(8) == 0) {
                b.append((char) (random.nextInt(0x2100)));
            } else {
                b.append(WORDS[random.nextInt(WORDS.length)]);
            }
            b.append(random.nextInt(5) == 0 ? "" : " ");
        }
        return b.toString();
    }

    private static String mutate(String seed, Random random) {
        StringBuilder b = new StringBuilder(seed);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(5)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, WORDS[random.nextInt(WORDS.length)]);
                case 2 -> b.insert(at, "“”\"‘’'«»".charAt(random.nextInt(8)));
                case 3 -> b.setLength(at);
                default -> b.insert(at, b.substring(random.nextInt(b.length())));
            }
            b.setLength(Math.min(b.length(), 600));
        }
        return b.toString();
    }

    /** Lines as sentences, letter-digit runs and single other characters as tokens, random tags. */
    private static Document randomlyTagged(String text, Random random) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            List<Token> tokens = new ArrayList<>();
            int i = lineStart;
            while (i < lineEnd) {
                if (Character.isWhitespace(text.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (Character.isLetterOrDigit(text.charAt(i)) && j < lineEnd && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(i, j, text.substring(i, j), TAGS[random.nextInt(TAGS.length)]));
                i = j;
            }
            if (!tokens.isEmpty()) {
                Span span = new Span("t", tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
                sentences.add(new Sentence(sentences.size(), span, tokens));
            }
            lineStart = lineEnd + 1;
        }
        return new Document(TestDocs.article("t", text), sentences);
    }

    /** Mentions over random capitalised tokens, some with odd types and canonical names. */
    private static List<Mention> randomMentions(Document doc, Random random) {
        List<Mention> out = new ArrayList<>();
        EntityType[] types = EntityType.values();
        doc.sentences().forEach(s -> s.tokens().forEach(t -> {
            if (!t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0)) && random.nextInt(3) > 0) {
                Span span = doc.span(t.start(), t.end());
                out.add(new Mention(span, t.text(), types[random.nextInt(types.length)], random.nextBoolean() ? null : "X " + t.text()));
            }
        }));
        if (random.nextInt(10) == 0) {
            out.add(new Mention(new Span("other-doc", 0, 3), "abc", EntityType.PERSON, "Elsewhere"));
        }
        return out;
    }

    private static String escape(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + "\"";
    }
}
