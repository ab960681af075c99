package dev.triangulate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.model.Article;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Coverage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static String render(List<Briefing> briefings) throws IOException {
        StringBuilder out = new StringBuilder();
        new JsonRenderer().render(briefings, out);
        return out.toString();
    }

    @Test
    void matchesGoldenFile() throws IOException {
        Golden.assertMatches("briefing.json", render(List.of(BriefingFixture.briefing())));
    }

    @Test
    void conformsToPublishedSchema() throws IOException {
        JsonNode json = MAPPER.readTree(render(List.of(BriefingFixture.briefing(), HostileFixture.briefing())));
        assertEquals(List.of(), Schemas.errors("briefing.schema.json", json));
    }

    @Test
    void citesExactlyTheArticleTextAtEveryEvidenceOffset() throws IOException {
        List<Briefing> briefings = List.of(BriefingFixture.briefing(), HostileFixture.briefing());
        Map<String, String> texts = briefings.stream().flatMap(b -> b.story().members().stream())
                .collect(Collectors.toMap(Coverage::id, c -> c.article().text()));
        List<JsonNode> evidence = new ArrayList<>();
        collectEvidence(MAPPER.readTree(render(briefings)), evidence);
        assertTrue(evidence.size() > 25, "fixtures cite " + evidence.size() + " passages");
        for (JsonNode e : evidence) {
            String text = texts.get(e.get("article").asText());
            assertEquals(text.substring(e.get("start").asInt(), e.get("end").asInt()), e.get("text").asText());
        }
    }

    /** Every object with article, start, end and text, at any depth. */
    static void collectEvidence(JsonNode node, List<JsonNode> into) {
        if (node.isObject() && node.has("article") && node.has("start") && node.has("end") && node.has("text")) {
            into.add(node);
        }
        node.forEach(child -> collectEvidence(child, into));
    }

    @Test
    void writesContractFieldNamesAndVerdictLabels() throws IOException {
        JsonNode story = MAPPER.readTree(render(List.of(BriefingFixture.briefing()))).get("stories").get(0);
        for (String field : List.of("id", "title", "articles", "findings", "entities", "quotes", "timeline", "summary")) {
            assertTrue(story.has(field), field);
        }
        assertEquals(List.of("conflicting", "corroborated", "single-source"),
                story.get("findings").findValuesAsText("verdict"));
        JsonNode conflict = story.get("findings").get(0);
        assertEquals("quantity", conflict.get("kind").asText());
        assertEquals("6.1 m", conflict.get("sides").get(0).get("value").asText());
        JsonNode post = story.get("articles").get(1);
        assertEquals("2025-03-04", post.get("published").asText());
        assertTrue(post.get("publishedInferred").asBoolean());
        assertTrue(story.get("articles").get(2).get("published").isNull());
    }

    @Test
    void keepsHostileTextIntactThroughEscaping() throws IOException {
        String out = render(List.of(HostileFixture.briefing()));
        JsonNode article = MAPPER.readTree(out).get("stories").get(0).get("articles").get(0);
        Article hostile = HostileFixture.article();
        assertEquals(hostile.title(), article.get("title").asText());
        assertEquals(hostile.outlet(), article.get("outlet").asText());
        assertEquals(hostile.url(), article.get("url").asText());
        assertFalse(out.contains("\r"), "control characters are escaped");
    }

    @Test
    void rendersTheSameBytesEveryTime() throws IOException {
        assertEquals(render(List.of(BriefingFixture.briefing())), render(List.of(BriefingFixture.briefing())));
    }

    @Test
    void rendersNoStoriesAsAnEmptyArray() throws IOException {
        assertEquals("{\n  \"stories\": []\n}\n", render(List.of()));
    }
}
