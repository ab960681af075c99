package dev.triangulate.analyze.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Document;
import dev.triangulate.model.Mention;
import dev.triangulate.text.Lexicon;
import java.util.List;
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

    @Test
    void holdsTheContractOnRandomAndMutatedInputs() {
        Random rnd = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            String text = i % 2 == 0 ? random(rnd) : mutate(SEED_TEXT, rnd);
            check(text);
        }
    }

    @Test
    void holdsTheContractOnTheRegressionCorpus() {
        for (String line : Lexicon.lines("analyze/entity/regression.txt")) {
            check(line.replace("\\n", "\n"));
        }
    }

    private static void check(String text) {
        Document doc = TestDocs.doc(text);
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
