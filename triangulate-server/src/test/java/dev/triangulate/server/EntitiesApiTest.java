package dev.triangulate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.model.EntityType;
import dev.triangulate.pipeline.Triangulate;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/entities} and {@code /api/entities/{name}} in-process, over the example corpus and a ferry report. */
class EntitiesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Server server;

    @BeforeAll
    static void startWithTheExampleCorpusAndAFerryReport() throws Exception {
        Path ferry = Files.writeString(Files.createDirectories(dir.resolve("extra")).resolve("ferry.txt"), Examples.FERRY);
        server = Server.start(new ServerSettings(dir.resolve("data"), ServerSettings.LOCAL, 0, null, 64 * 1024,
                List.of(Examples.WILDFIRE, ferry)), Triangulate.english());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsEntitiesMostWidelyReportedFirstWithTheirStories() {
        JsonNode list = json(get("/api/entities"));
        JsonNode entities = list.get("entities");
        assertEquals(entities.size(), list.get("count").asInt());
        assertTrue(entities.size() >= 3, list.toString());
        Set<String> stories = new HashSet<>();
        json(get("/api/stories")).get("stories").forEach(s -> stories.add(s.get("id").asText()));
        int previous = Integer.MAX_VALUE;
        for (JsonNode e : entities) {
            assertTrue(e.get("articles").asInt() <= previous, "most widely reported first: " + entities);
            previous = e.get("articles").asInt();
            assertTrue(e.get("mentions").asInt() >= e.get("articles").asInt(), e.toString());
            assertFalse(e.get("stories").isEmpty(), e.toString());
            e.get("stories").forEach(s -> assertTrue(stories.contains(s.asText()), "a stored story: " + e));
            assertTrue(e.get("aliases").isArray(), e.toString());
        }
        assertTrue(entities.get(0).get("articles").asInt() >= 2, "the wildfire story names something in several reports: " + entities);
    }

    @Test
    void findsAnEntityByAnyPartOfItsNameIgnoringCase() {
        JsonNode found = json(get("/api/entities?q=SELD")).get("entities");
        assertEquals(1, found.size(), found.toString());
        JsonNode selden = found.get(0);
        assertTrue(selden.get("canonical").asText().contains("Selden"), selden.toString());
        assertEquals(1, selden.get("articles").asInt());
        assertEquals(1, selden.get("stories").size());
        String ferryStory = json(get("/api/articles/ferry")).at("/stories/0").asText();
        assertEquals(ferryStory, selden.at("/stories/0").asText());
        assertEquals(0, json(get("/api/entities?q=no-such-name-anywhere")).get("count").asInt());
    }

    @Test
    void filtersByTypeAndLimits() {
        int all = json(get("/api/entities")).get("count").asInt();
        int typed = 0;
        for (EntityType t : EntityType.values()) {
            JsonNode list = json(get("/api/entities?type=" + t.label().toUpperCase(Locale.ROOT))).get("entities");
            list.forEach(e -> assertEquals(t.label(), e.get("type").asText(), e.toString()));
            typed += list.size();
        }
        assertEquals(all, typed, "every entity has exactly one type");
        assertEquals(2, json(get("/api/entities?limit=2")).get("count").asInt());
        assertEquals(json(get("/api/entities")).at("/entities/0"), json(get("/api/entities?limit=1")).at("/entities/0"));
    }

    @Test
    void servesOneEntityByItsCanonicalNameIgnoringCase() {
        JsonNode first = json(get("/api/entities")).at("/entities/0");
        String name = first.get("canonical").asText();
        HttpResponse<String> r = get("/api/entities/" + encode(name.toLowerCase(Locale.ROOT)));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(first, json(r));
    }

    @Test
    void answersUnknownEntitiesAndBadFiltersWithJsonErrors() {
        HttpResponse<String> absent = get("/api/entities/" + encode("Nobody At All"));
        assertEquals(404, absent.statusCode());
        assertEquals("not_found", json(absent).at("/error/code").asText());
        assertTrue(json(absent).at("/error/message").asText().contains("Nobody At All"), absent.body());
        for (String bad : List.of("/api/entities?type=planet", "/api/entities?limit=0", "/api/entities?limit=many")) {
            HttpResponse<String> r = get(bad);
            assertEquals(400, r.statusCode(), bad);
            assertEquals("bad_request", json(r).at("/error/code").asText(), r.body());
        }
        assertTrue(json(get("/api/entities?type=planet")).at("/error/message").asText().contains("organization"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static HttpResponse<String> get(String path) {
        return ServerApiTest.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET());
    }

    private static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }
}
