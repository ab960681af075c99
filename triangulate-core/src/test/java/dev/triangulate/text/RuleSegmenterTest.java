package dev.triangulate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Document;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Token;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RuleSegmenterTest {

    private static List<String> sentences(String text) {
        Document d = TestDocs.doc(text);
        return d.sentences().stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void keepsAbbreviationsAndInitialsInsideSentences() {
        assertEquals(List.of("Mr. Smith met U.S. officials on Jan. 5 in St. Louis.", "It rained."),
                sentences("Mr. Smith met U.S. officials on Jan. 5 in St. Louis. It rained."));
    }

    @Test
    void endsSentencesAtLineBreaksAndAfterClosingQuotes() {
        assertEquals(List.of("Headline Without Stop", "He said: “We will win.”", "Then he left."),
                sentences("Headline Without Stop\nHe said: “We will win.” Then he left."));
    }

    @Test
    void splitsPossessivesAndKeepsNumbersWhole() {
        Document d = TestDocs.doc("Russia's 10,000-strong force isn't $2.5bn.");
        List<String> words = d.sentences().get(0).tokens().stream().map(Token::text).toList();
        assertEquals(List.of("Russia", "'s", "10,000-strong", "force", "is", "n't", "$2.5", "bn", "."), words);
    }

    @Test
    void tagsProperNouns() {
        Document d = TestDocs.doc("Joe Biden visited Paris.");
        Token paris = d.sentences().get(0).tokens().get(3);
        assertEquals("Paris", paris.text());
        assertTrue(paris.isProperNoun());
    }

    @Test
    void spansAreInsideTheTextForRandomInput() {
        Random r = new Random(7);
        String alphabet = "ab C.D!?\n\"“”’' 12,5-x";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(80);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            Document d = TestDocs.doc(text);
            int last = 0;
            for (Sentence s : d.sentences()) {
                assertTrue(s.start() >= last && s.end() <= text.length() && s.start() < s.end(), text);
                for (Token t : s.tokens()) {
                    assertTrue(t.start() >= s.start() && t.end() <= s.end(), text);
                    assertEquals(t.text(), text.substring(t.start(), t.end()));
                }
                last = s.end();
            }
            assertEquals(d.sentences(), TestDocs.doc(text).sentences(), "deterministic");
        }
    }
}
