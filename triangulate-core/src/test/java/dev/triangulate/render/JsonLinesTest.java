package dev.triangulate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.TestDocs;
import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Modifier;
import dev.triangulate.model.Quantity;
import dev.triangulate.model.Span;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesFactsAsOneLineThatConformsToTheSchema() throws IOException {
        String line = FactsJson.line(BriefingFixture.heraldFacts());
        assertFalse(line.contains("\n"));
        assertEquals(List.of(), Schemas.errors("facts.schema.json", MAPPER.readTree(line)));
    }

    @Test
    void namesDateBoundsApartFromTheSpanEnd() throws IOException {
        JsonNode date = MAPPER.readTree(FactsJson.line(BriefingFixture.heraldFacts())).get("facts").get(1);
        assertEquals("date", date.get("kind").asText());
        assertEquals("2025-03-03", date.get("periodBegin").asText());
        assertEquals("2025-03-03", date.get("periodEnd").asText());
        assertEquals(date.get("start").asInt() + "Monday".length(), date.get("end").asInt());
    }

    @Test
    void writesWholeNumbersWithoutFractionAndMeasuresAsObjects() {
        String line = FactsJson.line(BriefingFixture.heraldFacts());
        assertTrue(line.contains("\"value\":1200,\"upper\":null,\"unit\":\"\",\"si\":null,\"modifier\":\"about\""), line);
        assertTrue(line.contains("\"si\":{\"value\":6.1,\"unit\":\"m\"}"), line);
        assertTrue(line.contains("\"speaker\":\"Ana Ruiz\",\"speakerSpan\":{\"start\":"), line);
    }

    @Test
    void citesTheExactCharactersOfEveryFact() throws IOException {
        Coverage c = BriefingFixture.heraldFacts();
        for (JsonNode f : MAPPER.readTree(FactsJson.line(c)).get("facts")) {
            assertEquals(c.article().text().substring(f.get("start").asInt(), f.get("end").asInt()), f.get("text").asText());
        }
    }

    @Test
    void writesTheRoleOfAnUnnamedSpeakerThatConformsToTheSchema() throws IOException {
        String text = "“The bridge will reopen,” a city engineer said.";
        var doc = dev.triangulate.TestDocs.doc(text);
        var quote = dev.triangulate.analyze.quote.QuoteExtractor.english().extract(doc, List.of()).get(0);
        JsonNode line = MAPPER.readTree(FactsJson.line(new dev.triangulate.model.Coverage(doc, List.of(quote))));
        assertEquals(List.of(), Schemas.errors("facts.schema.json", line));
        assertEquals("a city engineer", line.get("facts").get(0).get("role").asText());
        assertTrue(line.get("facts").get(0).get("speaker").isNull());
    }

    @Test
    void refusesANonFiniteQuantity() {
        Article a = TestDocs.article("nan", "about nothing");
        Coverage c = new Coverage(TestDocs.doc(a), List.of(
                new Quantity(new Span("nan", 0, 5), "about", Double.NaN, null, "", null, Modifier.ABOUT, null)));
        assertThrows(IllegalArgumentException.class, () -> FactsJson.line(c));
    }

    @Test
    void writesAnArticleAsOneLineThatConformsToTheSchema() throws IOException {
        for (Article a : List.of(BriefingFixture.herald(), BriefingFixture.wire(), HostileFixture.article())) {
            String line = ArticleJson.line(a);
            assertFalse(line.contains("\n") || line.contains("\r"));
            JsonNode node = MAPPER.readTree(line);
            assertEquals(List.of(), Schemas.errors("extract.schema.json", node));
            assertEquals(a.text(), node.get("text").asText());
            assertEquals(a.title(), node.get("title").asText());
        }
    }

    @Test
    void startsTheExtractRecordWithTheContractFields() {
        String line = ArticleJson.line(BriefingFixture.wire());
        assertTrue(line.startsWith("{\"id\":\"wire-3\",\"source\":\"wire-3.txt\",\"url\":\"\",\"title\":"), line);
        assertTrue(line.contains("\"published\":null,\"publishedInferred\":false,"), line);
    }
}
