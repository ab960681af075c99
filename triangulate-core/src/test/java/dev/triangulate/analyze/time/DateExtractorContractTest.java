package dev.triangulate.analyze.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Article;
import dev.triangulate.model.Document;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Span;
import dev.triangulate.model.Token;
import dev.triangulate.model.When;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The extractor contract on random and mutated input: no exception, every span inside the text and
 * equal to its {@code text()}, output in position order without overlaps, and the same output twice.
 */
class DateExtractorContractTest {

    private static final DateExtractor EXTRACTOR = DateExtractor.english();
    private static final int INPUTS = 100_000;

    private static final String[] PIECES = {
        "May", "may", "March", "march", "Sept.", "Nov.", "Sunday", "sun", "Sat", "fall", "summer", "the", "in", "on",
        "since", "until", "from", "to", "between", "and", "last", "next", "this", "past", "ago", "every", "each",
        "early", "mid-", "late", "the end of", "1999", "2024", "300", "12", "31", "0", "29", "Feb", "February",
        "3:15", "p.m.", "am", "noon", "midnight", "GMT", "hours", "days", "a few", "several", "three", "for",
        "years", "weeks", "months", "decades", "1990s", "'90s", "Q3", "H1", "quarter", "half", "of", "will",
        "said", "yesterday", "today", "tomorrow", "night", "morning", "Christmas", "Easter", "new year", "-", "/",
        ".", ",", "'", "’", "\n", "  ", "\t", "(", ")", "ſunday", "İn", "２０２４", "Ⅻ", "\u00A0", "🙂", "99999999"
    };

    private static final String[] SEEDS = {
        "The rally on Sunday, 17 November 2024 drew crowds; by late October most had left.",
        "Since August prices have risen for months, and every week the board meets at 9:30 a.m.",
        "In the 1990s and again in mid-2023 the river flooded three years ago, officials said.",
        "The plan will start in January, from 2 May to 9 May 2025, and last 24 hours each day.",
    };

    @Test
    void honoursTheContractOnRandomAndMutatedInput() {
        SplittableRandom random = new SplittableRandom(20241120L);
        for (int i = 0; i < INPUTS; i++) {
            String text = i % 2 == 0 ? randomText(random) : mutated(random);
            LocalDate anchor = random.nextInt(5) == 0 ? null : LocalDate.of(1990 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
            Document doc = i % 50 == 0 ? tagged(text, anchor) : untagged(text, anchor);
            List<When> first = EXTRACTOR.extract(doc);
            check(text, first);
            if (i % 4 == 0) { // determinism on a quarter of the inputs: date rules are the slowest extractor
                assertEquals(first, EXTRACTOR.extract(doc), () -> "not deterministic on: " + text);
            }
        }
    }

    /** Through the real segmenter and tagger: slow, so only every 50th input. */
    private static Document tagged(String text, LocalDate anchor) {
        return anchor == null ? TestDocs.doc(text) : TestDocs.doc(text, anchor);
    }

    /** One sentence per line with whitespace tokens and no tags: exercises the extractor, not the tagger. */
    private static Document untagged(String text, LocalDate anchor) {
        Article article = anchor == null ? TestDocs.article("t", text) : TestDocs.article("t", text, anchor);
        List<Sentence> sentences = new ArrayList<>();
        Matcher line = Pattern.compile("[^\\n]+").matcher(text);
        while (line.find()) {
            List<Token> tokens = new ArrayList<>();
            Matcher word = Pattern.compile("\\S+").matcher(text).region(line.start(), line.end());
            while (word.find()) {
                tokens.add(new Token(word.start(), word.end(), word.group(), "X"));
            }
            sentences.add(new Sentence(sentences.size(), new Span("t", line.start(), line.end()), tokens));
        }
        return new Document(article, sentences);
    }

    static void check(String text, List<When> whens) {
        int previousEnd = 0;
        for (When w : whens) {
            assertTrue(w.span().end() <= text.length(), () -> "span past the end in: " + text);
            assertEquals(text.substring(w.span().start(), w.span().end()), w.text(), () -> "text differs in: " + text);
            assertTrue(w.span().start() >= previousEnd, () -> "overlap or disorder in: " + text + " " + whens);
            previousEnd = w.span().end();
        }
    }

    private static String randomText(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(14);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static String mutated(SplittableRandom random) {
        StringBuilder sb = new StringBuilder(SEEDS[random.nextInt(SEEDS.length)]);
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, PIECES[random.nextInt(PIECES.length)]);
                case 2 -> sb.setCharAt(at, (char) random.nextInt(0x20, 0x2FFF));
                default -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + random.nextInt(1, 12))));
            }
        }
        return sb.toString();
    }
}
