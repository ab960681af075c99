package dev.triangulate.analyze.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Document;
import dev.triangulate.model.Entity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {

    private static List<Entity> link(String... texts) {
        List<Coverage> coverages = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Document doc = TestDocs.doc(TestDocs.article("a" + i, texts[i]));
            coverages.add(new Coverage(doc, List.copyOf(MentionExtractor.english().extract(doc))));
        }
        return new EntityLinker().link(coverages);
    }

    private static Entity named(List<Entity> entities, String alias) {
        return entities.stream().filter(e -> e.name().equals(alias) || e.aliases().contains(alias)).findFirst()
                .orElseThrow(() -> new AssertionError(alias + " not in " + entities));
    }

    @Test
    void mergesTransliterationsOfOneSurname() {
        List<Entity> e = link("Minister Oleksandr Kovalenkyy spoke in Kyiv.", "Minister Oleksandr Kovalenky left Kyiv.",
                "Minister Oleksandr Kovalenkyi said little.");
        Entity k = named(e, "Oleksandr Kovalenky");
        assertEquals(3, k.articles().size());
    }

    @Test
    void neverMergesDifferentGivenNamesOrShortDissimilarNames() {
        List<Entity> e = link("Senator Hunter Bale spoke.", "Senator Jill Bale answered.", "Senator Tom Li and Senator Tom Lu met.");
        assertNotEquals(named(e, "Hunter Bale"), named(e, "Jill Bale"));
        assertNotEquals(named(e, "Tom Li"), named(e, "Tom Lu"));
    }

    @Test
    void mergesAcronymsLongFormsNearMissAcronymsAndDesignators() {
        List<Entity> e = link("The Coastal Defence Rocket System (CDRS) was sent.",
                "The army's Defence Rocket System (CODRS) arrived.",
                "Each ZK-9 Coastal Defence Rocket System costs a lot.");
        Entity s = named(e, "Coastal Defence Rocket System");
        assertTrue(s.aliases().containsAll(List.of("CDRS", "CODRS", "ZK-9")), s.aliases().toString());
    }

    @Test
    void namesEntitiesByTheMostFrequentFullFormAndOrdersByMentions() {
        List<Entity> e = link("Governor Nora Vance met Vance's staff in Texas. Vance smiled.", "Nora Vance left Texas for Texas.");
        assertEquals("Nora Vance", e.getFirst().name());
        assertEquals("person:nora-vance", e.getFirst().id());
        assertEquals(e, link("Governor Nora Vance met Vance's staff in Texas. Vance smiled.", "Nora Vance left Texas for Texas."));
    }
}
