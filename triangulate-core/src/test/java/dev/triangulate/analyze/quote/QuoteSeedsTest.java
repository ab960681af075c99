package dev.triangulate.analyze.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Quotes in the five seed articles of {@code ../shared/data/seeds}, read by path and never
 * copied: a quote is named here by its file and the first 12 hex digits of the SHA-256 of its
 * text. Prints every quote found with its speaker; asserts the attributions we are sure of.
 * Skipped when the data is absent.
 */
class QuoteSeedsTest {

    private static final QuoteExtractor QUOTES = QuoteExtractor.english();

    /** The quotes there are: file prefix and text digest. */
    private static final List<String> ALL = List.of(
            "000 fd06ec1f6794", "000 918cc96f7ad9", "000 8ae0672c440a", "001 ff302c1bcd58",
            "001 4676158f0c82", "002 53a3361c6552", "002 cdf7450657df", "003 f0514e8df841");

    /** The attributions we are sure of; "" = nobody. The "victory plan" one is left open (its owner is arguable). */
    private static final Map<String, String> SURE = Map.of(
            "000 fd06ec1f6794", "Dmitry Peskov",   // partial quote after an apposition to "<name>’s spokesman"
            "000 918cc96f7ad9", "Dmitry Peskov",   // second quote of the same sentence, joined by "adding that"
            "000 8ae0672c440a", "",                // the writer's own words in single marks
            "001 4676158f0c82", "",                // scare quote, no reporting verb
            "002 53a3361c6552", "Vladimir Putin",  // fragment inside what he "has warned"
            "002 cdf7450657df", "",                // scare quote
            "003 f0514e8df841", "");               // said by a role ("the president-elect"): no name

    @Test
    void findsEveryQuoteAndTheSpeakersWeAreSureOf() throws IOException {
        Path seeds = sharedData().resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "skipped: no seed articles at " + seeds.toAbsolutePath());
        Map<String, AttributedQuote> found = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                Document doc = TestDocs.doc(TestDocs.article(name, Files.readString(file)));
                for (AttributedQuote a : QUOTES.attribute(doc, List.of())) {
                    found.put(name.substring(0, 3) + " " + digest(a.quote().text()), a);
                    print(name, doc, a);
                }
            }
        }
        assertEquals(ALL, List.copyOf(found.keySet()));
        SURE.forEach((key, speaker) -> assertEquals(speaker.isEmpty() ? null : speaker, found.get(key).quote().speaker(), key));
        found.values().forEach(a -> assertTrue(a.quote().partial(), "every seed quote is a fragment: " + a));
        assertNotNull(found.get("003 f0514e8df841").role(), "the role that said it is kept");
        assertEquals(found.get("000 fd06ec1f6794").quote().speaker(), found.get("000 918cc96f7ad9").quote().speaker());
    }

    private static void print(String file, Document doc, AttributedQuote a) {
        var q = a.quote();
        System.out.printf("%s %s speaker=%s cue=%s role=%s partial=%s | %s%n", file.substring(0, 3), digest(q.text()),
                q.speaker(), q.cue(), a.role() == null ? null : a.role().of(doc.text()), q.partial(), q.text());
    }

    static Path sharedData() {
        return Path.of(System.getProperty("triangulate.shared.data", "../../shared/data"));
    }

    static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
