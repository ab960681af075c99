package dev.triangulate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.eval.EcbPlusEntities.Doc;
import dev.triangulate.eval.EcbPlusEntities.GoldMention;
import dev.triangulate.eval.EntityCorefEvaluation.SystemMention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbPlusEntitiesTest {

    // Sentence 0: "Mayor Ilse Marr opened the Harbour Hall in Dunmore ."  Sentence 1: "She spoke ."
    private static final String CAT = """
            <Document doc_name="7_2ecbplus.xml" doc_id="X">
            <token t_id="1" sentence="0" number="0">Mayor</token>
            <token t_id="2" sentence="0" number="1">Ilse</token>
            <token t_id="3" sentence="0" number="2">Marr</token>
            <token t_id="4" sentence="0" number="3">opened</token>
            <token t_id="5" sentence="0" number="4">the</token>
            <token t_id="6" sentence="0" number="5">Harbour</token>
            <token t_id="7" sentence="0" number="6">Hall</token>
            <token t_id="8" sentence="0" number="7">in</token>
            <token t_id="9" sentence="0" number="8">Dunmore</token>
            <token t_id="10" sentence="0" number="9">.</token>
            <token t_id="11" sentence="1" number="0">She</token>
            <token t_id="12" sentence="1" number="1">spoke</token>
            <token t_id="13" sentence="1" number="2">.</token>
            <Markables>
            <HUMAN_PART_PER m_id="1"><token_anchor t_id="2"/><token_anchor t_id="3"/></HUMAN_PART_PER>
            <ACTION_OCCURRENCE m_id="2"><token_anchor t_id="4"/></ACTION_OCCURRENCE>
            <LOC_FAC m_id="3"><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/><token_anchor t_id="8"/><token_anchor t_id="9"/></LOC_FAC>
            <HUMAN_PART_PER m_id="4"><token_anchor t_id="11"/></HUMAN_PART_PER>
            <LOC_GEO m_id="5"><token_anchor t_id="9"/></LOC_GEO>
            <HUMAN_PART_PER m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t7_marr" instance_id="HUM1" />
            </Markables>
            <Relations>
            <CROSS_DOC_COREF r_id="1" note="HUM1"><source m_id="1" /><source m_id="4" /><target m_id="9" /></CROSS_DOC_COREF>
            </Relations>
            </Document>
            """;

    private static Doc read(Path dir) throws Exception {
        Path f = dir.resolve("7_2ecbplus.xml");
        Files.writeString(f, CAT);
        return EcbPlusEntities.read(dir).getFirst();
    }

    private static GoldMention byText(Doc d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void rebuildsTheTextAndKeepsEntityMarkablesWithTheirSpans(@TempDir Path dir) throws Exception {
        Doc d = read(dir);
        assertEquals("7", d.topic());
        assertEquals("Mayor Ilse Marr opened the Harbour Hall in Dunmore .\nShe spoke .", d.text());
        assertEquals(4, d.mentions().size(), "the event markable and the instance are not mentions");
        GoldMention marr = byText(d, "Ilse Marr");
        assertEquals("Ilse Marr", d.text().substring(marr.start(), marr.end()));
    }

    @Test
    void clustersByCrossDocumentInstanceElseAlone(@TempDir Path dir) throws Exception {
        Doc d = read(dir);
        assertEquals("7/HUM1", byText(d, "Ilse Marr").cluster());
        assertEquals("7/HUM1", byText(d, "She").cluster());
        assertEquals("7_2ecbplus#5", byText(d, "Dunmore").cluster());
    }

    @Test
    void takesTheHeadBeforeAPrepositionAndSpotsNamesBySpelling(@TempDir Path dir) throws Exception {
        Doc d = read(dir);
        GoldMention hall = byText(d, "the Harbour Hall in Dunmore");
        assertEquals("Hall", d.text().substring(hall.headStart(), hall.headEnd()));
        assertTrue(hall.named());
        assertTrue(byText(d, "Ilse Marr").named());
        assertFalse(byText(d, "She").named(), "a capitalised pronoun at a sentence start is no name");
    }

    @Test
    void matchesTheSystemMentionOnTheHeadOverTheLongerOverlap(@TempDir Path dir) throws Exception {
        Doc d = read(dir);
        GoldMention hall = byText(d, "the Harbour Hall in Dunmore");
        SystemMention place = new SystemMention(43, 50, "dunmore");
        SystemMention building = new SystemMention(27, 39, "harbour-hall");
        assertEquals(building, EntityCorefEvaluation.match(hall, List.of(place, building)));
        assertNull(EntityCorefEvaluation.match(byText(d, "She"), List.of(place, building)));
        var r = EntityCorefEvaluation.score(List.of(d), Map.of(d.id(), List.of(place, building)));
        assertEquals(4, r.allDetection().gold());
        assertEquals(1, r.allDetection().exact(), "Dunmore");
    }
}
