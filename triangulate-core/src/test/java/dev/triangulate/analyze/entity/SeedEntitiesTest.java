package dev.triangulate.analyze.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Document;
import dev.triangulate.model.Entity;
import dev.triangulate.model.Mention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on the five seed reports (read by path, skipped when absent): the spellings, acronyms
 * and short forms of one thing become one entity, and different things stay apart.
 */
class SeedEntitiesTest {

    private static List<Entity> entities;

    @BeforeAll
    static void link() throws IOException {
        Path dir = SharedData.folder("seeds");
        List<Coverage> coverages = new ArrayList<>();
        long tokens = 0;
        long nanos = 0;
        MentionExtractor extractor = MentionExtractor.english();
        try (Stream<Path> files = Files.list(dir).sorted()) {
            for (Path f : files.toList()) {
                String id = f.getFileName().toString().replace(".txt", "");
                Document doc = TestDocs.doc(TestDocs.article(id, Files.readString(f)));
                tokens += doc.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
                long t0 = System.nanoTime();
                coverages.add(new Coverage(doc, List.copyOf(extractor.extract(doc))));
                nanos += System.nanoTime() - t0;
            }
        }
        entities = new EntityLinker().link(coverages);
        System.out.printf("seeds: %d tokens, %d entities, first-run mention extraction %.0f tokens/s%n",
                tokens, entities.size(), tokens / (nanos / 1e9));
        entities.forEach(e -> System.out.println("  " + e.id() + " " + e.mentions().size() + " " + e.aliases()));
    }

    private static Entity entityOf(String text) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.text().equals(text)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static void assertOneEntity(String... texts) {
        Entity first = entityOf(texts[0]);
        assertNotNull(first, "no mention " + texts[0]);
        for (String t : texts) {
            assertEquals(first.id(), entityOf(t) == null ? null : entityOf(t).id(), t + " apart from " + texts[0]);
        }
    }

    @Test
    void mergesTransliteratedSurnames() {
        assertOneEntity("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskyi", "Zelensky");
    }

    @Test
    void mergesAcronymsLongFormsNearMissesAndDesignators() {
        assertOneEntity("ATACMS", "ATCMS", "Army Tactical Missile System", "MGM-140");
    }

    @Test
    void mergesSurnamesWithFullNames() {
        assertOneEntity("Putin", "Vladimir Putin");
        assertEquals(2, entityOf("Dmitry Peskov").articles().size(), "one Peskov across both reports");
        assertOneEntity("Biden", "Joe Biden");
    }

    @Test
    void keepsDifferentThingsApart() {
        assertNotEquals(entityOf("Joe Biden").id(), entityOf("Donald Trump").id());
        assertNotEquals(entityOf("Russia").id(), entityOf("Ukraine").id());
        assertNotEquals(entityOf("Vladimir Putin").id(), entityOf("Dmitry Peskov").id());
        assertTrue(entities.stream().flatMap(e -> e.mentions().stream()).noneMatch(m -> m.text().startsWith("Russian")),
                "a demonym became a mention");
    }
}
