package dev.triangulate.analyze.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Replays {@code regression.txt}: every case must give exactly the quotes it lists. */
class QuoteRegressionTest {

    private static final QuoteExtractor QUOTES = QuoteExtractor.english();

    private record Case(String name, String text, List<String> expected) {
    }

    @TestFactory
    Stream<DynamicTest> givesTheListedQuotesForEveryCase() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () ->
                assertEquals(c.expected(), describe(QUOTES.withoutMentions().extract(TestDocs.doc(c.text()))))));
    }

    private static List<String> describe(List<Quote> quotes) {
        return quotes.stream()
                .map(q -> q.text() + " | " + (q.speaker() == null ? "-" : q.speaker()) + " | " + (q.partial() ? "partial" : "full"))
                .toList();
    }

    private static List<Case> cases() throws IOException {
        String corpus;
        try (InputStream in = QuoteRegressionTest.class.getResourceAsStream("regression.txt")) {
            corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        for (String block : corpus.split("(?m)^=== ")) {
            int expect = block.indexOf("\n--- expect\n");
            if (expect < 0) {
                continue; // the header comment
            }
            int nameEnd = block.indexOf('\n');
            List<String> expected = block.substring(expect + 12).lines().filter(l -> !l.isBlank()).toList();
            out.add(new Case(block.substring(0, nameEnd), block.substring(nameEnd + 1, expect), expected));
        }
        return out;
    }
}
