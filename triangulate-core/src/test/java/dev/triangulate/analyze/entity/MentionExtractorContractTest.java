package dev.triangulate.analyze.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Document;
import dev.triangulate.model.Mention;
import dev.triangulate.text.Lexicon;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Span;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The extractor contract on random, mutated and once-breaking inputs. */
class MentionExtractorContractTest {

    private static final MentionExtractor EXTRACTOR = MentionExtractor.english();
    private static final String SEED_TEXT = """
            Kremlin spokesperson Dmitry Peskov said on Monday that the Army Tactical Missile System (ATACMS) \
            deliveries by the U.S. would change little. Peskov added that Russian forces in the Kursk region \
            were ready. The Institute for the Study of War disagreed.
            US Deputy Secretary of Defense Jane Roe visited New Mexico and the MGM-140 range, Mr. Doe's team said.
            """;
    private static final String ALPHABET = "AaBbZz Mm-–'’().,:;“”\"\n0123456789&éЖ ";

    private static final String[] TAGS = {"PROPN", "PROPN", "NOUN", "ADJ", "VERB", "AUX", "DET", "ADP", "NUM", "PUNCT", "X"};
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+|\\S");

    /** 10,000 inputs through the real segmenter and tagger (the tagger is the slow part). */
    @Test
    void holdsTheContractOnRandomAndMutatedInputs() {
        Random rnd = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            String text = i % 2 == 0 ? random(rnd) : mutate(slice(SEED_TEXT, rnd), rnd);
            check(TestDocs.doc(text));
        }
    }

    /** 100,000 short inputs cut at white space and punctuation, with random tags: any tag sequence must be safe. */
    @Test
    void holdsTheContractOnRandomlyTaggedInputs() {
        Random rnd = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            String text = i % 2 == 0 ? random(rnd) : mutate(slice(SEED_TEXT, rnd), rnd);
            check(randomlyTagged(text, rnd));
        }
    }

    @Test
    void holdsTheContractOnTheRegressionCorpus() {
        for (String line : Lexicon.lines("analyze/entity/regression.txt")) {
            check(TestDocs.doc(line.replace("\\n", "\n")));
        }
    }

    private static void check(Document doc) {
        String text = doc.text();
        List<Mention> first = EXTRACTOR.extract(doc);
        int lastEnd = 0;
        for (Mention m : first) {
            assertTrue(m.span().start() >= lastEnd && m.span().end() <= text.length(), () -> "span " + m + " in " + text);
            assertEquals(m.span().of(text), m.text(), text);
            assertTrue(!m.text().isBlank() && !m.canonical().isBlank(), text);
            lastEnd = m.span().end();
        }
        assertEquals(first, EXTRACTOR.extract(doc), "not deterministic: " + text);
    }

    /** One sentence per line, tokens at white space and punctuation, each with a random tag. */
    private static Document randomlyTagged(String text, Random rnd) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                List<Token> tokens = new ArrayList<>();
                Matcher m = WORD.matcher(text).region(lineStart, i);
                while (m.find()) {
                    tokens.add(new Token(m.start(), m.end(), m.group(), TAGS[rnd.nextInt(TAGS.length)]));
                }
                if (i > lineStart) {
                    sentences.add(new Sentence(sentences.size(), new Span("t", lineStart, i), tokens));
                }
                lineStart = i + 1;
            }
        }
        return new Document(TestDocs.article("t", text), sentences);
    }

    /** A random stretch of the fixture, up to 160 characters: short inputs keep 100,000 of them cheap. */
    private static String slice(String text, Random rnd) {
        int from = rnd.nextInt(text.length());
        return text.substring(from, Math.min(text.length(), from + 1 + rnd.nextInt(160)));
    }

    private static String random(Random rnd) {
        StringBuilder b = new StringBuilder();
        int n = rnd.nextInt(60);
        for (int i = 0; i < n; i++) {
            b.append(rnd.nextInt(4) == 0 ? " " : ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static String mutate(String text, Random rnd) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + rnd.nextInt(8);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = rnd.nextInt(b.length());
            switch (rnd.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
                default -> b.setCharAt(at, Character.toUpperCase(b.charAt(at)));
            }
        }
        int cut = rnd.nextInt(b.length() + 1);
        return rnd.nextBoolean() ? b.substring(0, cut) : b.toString();
    }
}
