package dev.triangulate.analyze.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Document;
import dev.triangulate.model.Entity;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Fact;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Span;
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

    /**
     * One article per text with the mentions given as "Name=TYPE" (canonical = the name itself),
     * so the types the extractor would guess are fixed by the test.
     */
    private static List<Entity> linkTyped(String[][] articles) {
        List<Coverage> coverages = new ArrayList<>();
        for (int i = 0; i < articles.length; i++) {
            StringBuilder text = new StringBuilder();
            List<Fact> facts = new ArrayList<>();
            for (String spec : articles[i]) {
                String name = spec.substring(0, spec.indexOf('='));
                EntityType type = EntityType.valueOf(spec.substring(spec.indexOf('=') + 1));
                int start = text.length();
                text.append(name).append(" spoke. ");
                facts.add(new Mention(new Span("a" + i, start, start + name.length()), name, type, name));
            }
            coverages.add(new Coverage(TestDocs.doc(TestDocs.article("a" + i, text.toString())), facts));
        }
        return new EntityLinker().link(coverages);
    }

    @Test
    void mergesOneFullNameTypedDifferentlyInTwoArticles() {
        List<Entity> e = linkTyped(new String[][] {{"Dara Quill=PERSON"}, {"Dara Quill=OTHER"}, {"Quill Gardens=PLACE"},
                {"Quill Gardens=ORGANIZATION"}});
        assertEquals(2, e.size(), e.toString());
    }

    @Test
    void mergesAShortenedGivenName() {
        List<Entity> e = linkTyped(new String[][] {{"Bartholomew Venn=PERSON"}, {"Bart Venn=PERSON"}, {"Venn=PERSON"}});
        assertEquals(1, e.size(), e.toString());
    }

    @Test
    void mergesAFullNamePrecededByARoleOrFollowedByAGenerationalSuffix() {
        List<Entity> e = linkTyped(new String[][] {{"Orla Brandt=PERSON"}, {"Coroner Orla Brandt=PERSON"},
                {"Orla Brandt Jr.=OTHER"}, {"Pim Ten Brink=PERSON"}, {"Ten Brink=OTHER"}});
        assertEquals(2, e.size(), e.toString());
        assertEquals(3, named(e, "Orla Brandt").articles().size());
    }

    @Test
    void keepsPeopleApartWhoseNamesOnlyShareTheLastWord() {
        List<Entity> e = linkTyped(new String[][] {{"Hana Wolde=PERSON"}, {"Mesfin Wolde=PERSON"}, {"Al Wolde=PERSON"},
                {"Alan Wolde=PERSON"}, {"Albert Wolde=PERSON"}});
        // "Al" fits both Alan and Albert: a prefix joins only when it is the given name of one person
        assertEquals(5, e.size(), e.toString());
    }

    @Test
    void mergesAGivenNameAloneWithTheOnePersonOfThatName() {
        List<Entity> e = linkTyped(new String[][] {{"Rosalind Ferreira=PERSON"}, {"Rosalind=OTHER"}, {"Tobias Grant=PERSON"},
                {"Tobias Hale=PERSON"}, {"Tobias=PERSON"}});
        assertEquals(named(e, "Rosalind Ferreira"), named(e, "Rosalind"));
        assertEquals(4, e.size(), e.toString()); // "Tobias" fits two people: left alone
    }

    @Test
    void mergesAShortOrganisationNameWithTheOneLongerNameItEnds() {
        List<Entity> e = linkTyped(new String[][] {{"Boston Red Sox=OTHER"}, {"Red Sox=OTHER"}, {"Indian Navy=ORGANIZATION"},
                {"Navy=ORGANIZATION"}});
        assertEquals(2, e.size(), e.toString());
    }

    @Test
    void keepsPlacesAndAmbiguousShortNamesApart() {
        List<Entity> e = linkTyped(new String[][] {{"South Sudan=PLACE"}, {"Sudan=PLACE"}, {"National Guard=ORGANIZATION"},
                {"Coast Guard=ORGANIZATION"}, {"Guard=ORGANIZATION"}, {"Nadia Marsh=PERSON"}, {"Marsh=OTHER"},
                {"Delta Marsh=OTHER"}});
        assertEquals(7, e.size(), e.toString()); // only Marsh joins Nadia Marsh, as a surname
    }

}
