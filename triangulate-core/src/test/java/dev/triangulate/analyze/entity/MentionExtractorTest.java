package dev.triangulate.analyze.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Mention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {

    private static final MentionExtractor EXTRACTOR = MentionExtractor.english();

    private static List<Mention> mentions(String text) {
        return EXTRACTOR.extract(TestDocs.doc(text));
    }

    private static List<String> texts(String text) {
        return mentions(text).stream().map(Mention::text).toList();
    }

    private static Mention mention(String text, String name) {
        // the span keeps an article before a non-person name ("the XR-77"); look names up without it
        return mentions(text).stream().filter(m -> NameKey.withoutArticle(m.text()).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + texts(text)));
    }

    @Test
    void stripsTitlesAndKeepsTheOrganisationBeforeThem() {
        String text = "Late on Friday, Kremlin spokesperson Boris Orlov rejected the plan of Chancellor Greta Lind.";
        assertEquals(List.of("Kremlin", "Boris Orlov", "Greta Lind"), texts(text));
        assertEquals(EntityType.PERSON, mention(text, "Boris Orlov").type());
        assertEquals(EntityType.ORGANIZATION, mention(text, "Kremlin").type());
    }

    @Test
    void stripsMultiWordTitlesAndDemonyms() {
        String text = "The talks were led by French Foreign Minister Anne Colbert and US Deputy Secretary of State Mark Ellis.";
        assertEquals(List.of("Anne Colbert", "US", "Mark Ellis"), texts(text));
    }

    @Test
    void resolvesSurnamesToTheFullName() {
        String text = "Prime Minister Alan Hargreave spoke first. Later, Hargreave's aides said Hargreave would resign.";
        assertTrue(mentions(text).stream().filter(m -> m.text().equals("Hargreave"))
                .allMatch(m -> m.canonical().equals("Alan Hargreave") && m.type() == EntityType.PERSON));
    }

    @Test
    void pairsBracketedAcronymsWithTheirLongFormAndKeepsConnectorsInsideNames() {
        String text = "The Coastal Defence Rocket System (CDRS) was praised by the Institute for the Study of Tides. "
                + "Critics said CDRS is slow.";
        Mention acronym = mentions(text).getLast();
        assertEquals("CDRS", acronym.text());
        assertEquals("Coastal Defence Rocket System", acronym.canonical());
        assertEquals(EntityType.ORGANIZATION, mention(text, "Institute for the Study of Tides").type());
    }

    @Test
    void makesALeadingDesignatorAnAliasOfTheNameItPrecedes() {
        String text = "Engineers tested the XR-77 Harbour Patrol Drones near Oslo, and the XR-77 flew well.";
        assertEquals("Harbour Patrol Drones", mention(text, "XR-77").canonical());
        assertEquals(EntityType.PLACE, mention(text, "Oslo").type());
    }

    @Test
    void neverReportsDemonymsOrSentenceInitialCommonWords() {
        List<String> found = texts("Russian troops moved. Meanwhile Ukrainian forces held. Experts doubt North Korean claims.");
        assertEquals(List.of(), found);
    }

    @Test
    void typesPlacesByTheWordAfterThem() {
        String text = "Shelling hit villages in the Belgorod region on Tuesday.";
        assertEquals(EntityType.PLACE, mention(text, "Belgorod").type());
    }

    @Test
    void trustsHeadlineWordsOnlyWhenTheBodyCapitalisesThem() {
        String text = "Storms Batter Lisbon As Ferries Halt\nAll ferries stopped in Lisbon while Maria Costa waited.";
        List<String> found = texts(text);
        assertEquals(List.of("Lisbon", "Lisbon", "Maria Costa"), found);
    }

    @Test
    void mapsDemonymsToPlaces() {
        assertEquals(Optional.of("North Korea"), Demonyms.english().place("North Korean"));
        assertEquals(Optional.of("Ukraine"), Demonyms.english().place("Ukrainians"));
        assertFalse(Demonyms.english().isDemonym("Kyiv"));
    }

    @Test
    void typesAnUnknownNameBeforeAThingsHeadWordAsAThing() {
        String text = "Britain has sent Iron Quill missiles to the front, officials said.";
        assertEquals(EntityType.OTHER, mention(text, "Iron Quill").type());
    }

    @Test
    void doesNotTakeANameAfterADeterminerForAPerson() {
        String text = "Engineers tested the Silver Arrow near the coast on Monday.";
        assertEquals(EntityType.OTHER, mention(text, "Silver Arrow").type());
    }

    @Test
    void doesNotTakeANameWithACountryInItForAPerson() {
        String text = "Passengers booked with Air Malta were stranded, and Kestrel Australia cut jobs.";
        assertFalse(mention(text, "Air Malta").type() == EntityType.PERSON);
        assertFalse(mention(text, "Kestrel Australia").type() == EntityType.PERSON);
    }

    @Test
    void stillTakesTwoUnknownProperNounsAfterAVerbForAPerson() {
        String text = "Talks with Oleksa Brandt ended late.";
        assertEquals(EntityType.PERSON, mention(text, "Oleksa Brandt").type());
    }

    @Test
    void keepsTheStopOfACompanyAbbreviation() {
        String text = "Shares of Acme Widgets Inc. rose while Borel Corp. fell.";
        assertTrue(texts(text).contains("Acme Widgets Inc."), () -> texts(text).toString());
        assertTrue(texts(text).contains("Borel Corp."), () -> texts(text).toString());
    }

    @Test
    void doesNotTakeAUnitCodeAfterANumberForAName() {
        String text = "The tablet has 64 GB of storage, costs 300 USD and went on sale at 10:00 UTC.";
        assertEquals(List.of(), texts(text));
    }

    @Test
    void keepsTheArticleInTheSpanOfANameThatHeadsItsPhraseOnly() {
        String text = "The Harbour Authority met the Quillon Bank. The Quillon plant closed. Mira Toft spoke.";
        Mention authority = mention(text, "Harbour Authority");
        assertEquals("The Harbour Authority", authority.text());
        assertEquals("Harbour Authority", authority.canonical());
        assertEquals("the Quillon Bank", mention(text, "Quillon Bank").text());
        assertEquals("Quillon", mention(text, "Quillon").text(), "the article belongs to the noun after the name");
    }

    @Test
    void typesANameAfterAnOrganisationsRoleNounAsAnOrganisation() {
        String text = "Shares of automaker Veltrane fell. Veltrane said on Monday that sales were weak.";
        assertEquals(EntityType.ORGANIZATION, mention(text, "Veltrane").type());
    }

    @Test
    void doesNotMakeWhatATitleIsOfAPerson() {
        String text = "Ines Vork, the vice chairman of Halvorsen, spoke. The Prime Minister of Portugal Tam Selo agreed.";
        assertTrue(mention(text, "Halvorsen").type() != EntityType.PERSON);
        assertEquals(EntityType.PERSON, mention(text, "Tam Selo").type());
    }
}
