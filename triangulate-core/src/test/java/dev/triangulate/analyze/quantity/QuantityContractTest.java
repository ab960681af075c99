package dev.triangulate.analyze.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Article;
import dev.triangulate.model.Document;
import dev.triangulate.model.Quantity;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Span;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The extractor contract on random and mutated inputs: never throws, every span lies inside the
 * text and its {@code text()} equals the characters there, quantities come in order without
 * overlap, and the output is the same on a second run.
 */
class QuantityContractTest {

    private static final QuantityExtractor EXTRACTOR = QuantityExtractor.english();

    /** Pieces that exercise every branch: numbers, units, currencies, cues, codes, dates, odd characters. */
    private static final String[] PIECES = {
        "0", "7", "12", "300", "1,000", "10,000", "2024", "1.5", "0.25", "1/2", "10 1/2", "½", "¾", "-", "–", "—",
        "km", "km²", "km2", "sq", "miles", "mile", "ft", "feet", "inches", "in", "°C", "°", "C", "F", "K", "k", "m", "M",
        "bn", "million", "thousand", "per cent", "%", "$", "US$", "€", "£", "¥", "USD", "pounds", "dollars", "cents",
        "about", "around", "up to", "more than", "at least", "nearly", "between", "and", "from", "to", "of", "or more",
        "a", "an", "one", "two", "twenty", "hundred", "dozen", "half", "quarter", "tens of thousands", "thousands",
        "troops", "Russian", "range", "force", "-strong", "-mile", "-range", "(", ")", "[", ".", ",", ":", "/", "+", "~",
        "\n", "\n1. ", " ", "  ", "\t", "F-16", "COVID-19", "November", "May", "years", "24-hour", "6pm", "10:30",
        "'s", "’", "\"", "\u00a0", "é", "\uD83D\uDE00", "×", "10−5", "e", "x", "North Korean", "1990s", "2nd",
    };

    private static final String[] SEEDS = {
        "A force of around 10,000 North Korean troops joined nearly 50,000 Russian troops.",
        "The missile has a range of up to 300 km (186 miles) and costs $2.5bn.",
        "Between 20 and 30 km of road, 1,000 km² of land and 12% of homes were lost on 17 November 2024.",
        "A 190-mile-range rocket, a 6.1-magnitude quake, two dozen boats, £40m and tens of thousands of people.",
    };

    private static final String[] TAGS = {"NOUN", "PROPN", "ADJ", "VERB", "AUX", "DET", "ADP", "NUM", "PUNCT", "X"};

    /** 100,000 inputs with random part-of-speech tags (the tagger is the slow part and not under test). */
    @Test
    void holdsTheContractOnRandomAndMutatedInputsWithRandomTags() {
        Random random = new Random(20_241_117L);
        for (int i = 0; i < 100_000; i++) {
            String text = i % 2 == 0 ? randomText(random) : mutate(SEEDS[i % SEEDS.length], random);
            check(text, randomlyTagged(text, random));
        }
    }

    /** 2,000 inputs through the real segmenter and tagger. */
    @Test
    void holdsTheContractOnRandomAndMutatedInputsWithRealTags() {
        Random random = new Random(17L);
        for (int i = 0; i < 2_000; i++) {
            check(i % 2 == 0 ? randomText(random) : mutate(SEEDS[i % SEEDS.length], random));
        }
    }

    /** One sentence per line, tokens at white space, each with a random tag. */
    private static Document randomlyTagged(String text, Random random) {
        Article article = TestDocs.article("r", text);
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                List<Token> tokens = new ArrayList<>();
                Matcher m = WORD.matcher(text).region(lineStart, i);
                while (m.find()) {
                    tokens.add(new Token(m.start(), m.end(), m.group(), TAGS[random.nextInt(TAGS.length)]));
                }
                if (i > lineStart) {
                    sentences.add(new Sentence(sentences.size(), new Span("r", lineStart, i), tokens));
                }
                lineStart = i + 1;
            }
        }
        return new Document(article, sentences);
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+|\\S");

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(14);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) > 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    private static String mutate(String seed, Random random) {
        StringBuilder b = new StringBuilder(seed);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && !b.isEmpty(); e++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, PIECES[random.nextInt(PIECES.length)]);
                case 2 -> b.setCharAt(at, (char) (32 + random.nextInt(0x2100)));
                default -> b.setLength(at);
            }
        }
        return b.toString();
    }

    static void check(String text) {
        check(text, TestDocs.doc(text));
    }

    static void check(String text, Document doc) {
        List<Quantity> first;
        try {
            first = EXTRACTOR.extract(doc);
        } catch (RuntimeException e) {
            throw new AssertionError("threw on: " + escape(text), e);
        }
        int lastEnd = 0;
        for (Quantity q : first) {
            assertNotNull(q.unit());
            assertTrue(q.span().start() >= lastEnd && q.span().end() <= text.length(), () -> "bad span in: " + escape(text));
            assertEquals(text.substring(q.span().start(), q.span().end()), q.text(), () -> "text differs in: " + escape(text));
            assertTrue(q.span().length() > 0, () -> "empty span in: " + escape(text));
            assertTrue(Double.isFinite(q.value()), () -> "value not finite in: " + escape(text));
            lastEnd = q.span().end();
        }
        assertEquals(first, EXTRACTOR.extract(doc), () -> "not deterministic on: " + escape(text));
    }

    private static String escape(String s) {
        return s.replace("\n", "\\n").replace("\t", "\\t");
    }
}
