package dev.triangulate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.pipeline.Triangulate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API in-process: a server on a free loopback port, driven with java.net.http. */
class ServerApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long LIMIT = 64 * 1024;

    @TempDir
    static Path dir;
    static Server server;
    static List<HttpResponse<String>> uploads;

    @BeforeAll
    static void startAndIngestTheExampleCorpus() throws Exception {
        server = Server.start(new ServerSettings(dir, ServerSettings.LOCAL, 0, null, LIMIT, List.of()), Triangulate.english());
        uploads = Examples.wildfireFiles().stream().map(ServerApiTest::uploadRaw).toList();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void ingestsUploadedReports() {
        uploads.forEach(r -> assertEquals(201, r.statusCode(), r.body()));
        HttpResponse<String> again = uploadRaw(Examples.wildfireFiles().getFirst());
        assertEquals(200, again.statusCode(), "the same text again is a retry: answered, stored once");
        assertEquals(0, json(again).get("added").size(), again.body());
        assertTrue(json(again).at("/skipped/0/reason").asText().startsWith("same text as stored article "), again.body());
    }

    @Test
    void ingestsAMultipartUpload() throws Exception {
        String boundary = "triangulate-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ferry.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + Examples.FERRY + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/articles"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("ferry", json(r).at("/added/0").asText());
        assertEquals(200, get("/api/articles/ferry").statusCode());
    }

    @Test
    void listsStoriesNewestFirstWithTheThreeCounts() {
        JsonNode list = json(get("/api/stories"));
        assertTrue(list.get("count").asInt() >= 2, list.toString());
        JsonNode stories = list.get("stories");
        String previous = "9999-12-31";
        for (JsonNode s : stories) {
            assertTrue(s.has("corroborated") && s.has("singleSource") && s.has("conflicting"), s.toString());
            String day = s.get("lastDay").asText("0000-01-01");
            assertTrue(day.compareTo(previous) <= 0, "newest first: " + stories);
            previous = day;
        }
        JsonNode fire = json(get("/api/stories?q=Marrowdale")).get("stories");
        assertEquals(1, fire.size(), fire.toString());
        assertTrue(fire.get(0).get("articles").asInt() >= 3, fire.toString());
        assertTrue(fire.get(0).get("corroborated").asInt() > 0, fire.toString());
    }

    @Test
    void servesTheBriefingAndTheCitedPassages() {
        String id = json(get("/api/stories?q=Marrowdale")).at("/stories/0/id").asText();
        JsonNode story = json(get("/api/stories/" + id)).at("/stories/0");
        assertEquals(id, story.get("id").asText());
        JsonNode evidence = story.at("/findings/0/evidence/0");
        JsonNode article = json(get("/api/articles/" + evidence.get("article").asText()));
        String text = article.get("text").asText();
        assertEquals(evidence.get("text").asText(), text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()));
        assertFalse(article.get("evidence").isEmpty(), article.toString());
    }

    @Test
    void servesBriefingsThatFollowThePublishedSchema() throws Exception {
        var schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("..", "docs", "briefing.schema.json")));
        for (JsonNode s : json(get("/api/stories")).get("stories")) {
            JsonNode briefing = json(get("/api/stories/" + s.get("id").asText()));
            assertEquals(java.util.Set.of(), schema.validate(briefing), s.get("id").asText());
        }
    }

    @Test
    void answersUnknownThingsWithAJsonError() {
        for (String path : List.of("/api/stories/no-such-story", "/api/articles/nope", "/api/nothing-here")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertEquals("not_found", json(r).at("/error/code").asText(), r.body());
            assertFalse(json(r).at("/error/message").asText().isBlank());
        }
        HttpResponse<String> bad = get("/api/stories?from=yesterday");
        assertEquals(400, bad.statusCode());
        assertEquals("bad_request", json(bad).at("/error/code").asText());
    }

    @Test
    void refusesAnOversizedUpload() {
        String big = "word ".repeat((int) (LIMIT / 5) + 10);
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/articles?filename=big.txt"))
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertEquals(413, r.statusCode(), r.body());
        assertEquals("too_large", json(r).at("/error/code").asText());
        // A chunked body announces no length: it is cut off at the limit while being read.
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/api/articles?filename=big.txt"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))));
        assertEquals(413, chunked.statusCode(), chunked.body());
    }

    @Test
    void sendsAStrictContentSecurityPolicyWithThePage() {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("app.js"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }

    @Test
    void refusesWritesWithoutTheTokenWhenOneIsSet(@TempDir Path other) throws Exception {
        try (Server guarded = Server.start(new ServerSettings(other, ServerSettings.LOCAL, 0, "s3cret", LIMIT, List.of()),
                Triangulate.english())) {
            URI upload = URI.create("http://127.0.0.1:" + guarded.port() + "/api/articles?filename=ferry.txt");
            HttpResponse<String> refused = send(HttpRequest.newBuilder(upload).POST(HttpRequest.BodyPublishers.ofString(Examples.FERRY)));
            assertEquals(401, refused.statusCode());
            assertEquals("token_required", json(refused).at("/error/code").asText());
            HttpResponse<String> wrong = send(HttpRequest.newBuilder(upload).header("Authorization", "Bearer s3cre7")
                    .POST(HttpRequest.BodyPublishers.ofString(Examples.FERRY)));
            assertEquals(401, wrong.statusCode());
            HttpResponse<String> ok = send(HttpRequest.newBuilder(upload).header("Authorization", "Bearer s3cret")
                    .POST(HttpRequest.BodyPublishers.ofString(Examples.FERRY)));
            assertEquals(201, ok.statusCode(), ok.body());
            assertEquals(200, send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + guarded.port() + "/api/status")).GET()).statusCode());
        }
    }

    @Test
    void loadsTheSeedOnlyIntoAnEmptyStore(@TempDir Path other) throws Exception {
        ServerSettings settings = new ServerSettings(other, ServerSettings.LOCAL, 0, null, LIMIT, List.of(Examples.WILDFIRE));
        List<StorySummary> first;
        try (Server seeded = Server.start(settings, Triangulate.english())) {
            assertEquals(5, seeded.store().counts()[0]);
            first = seeded.store().stories(StoryQuery.all());
        }
        try (Server again = Server.start(settings, Triangulate.english())) {
            assertEquals(5, again.store().counts()[0]);
            assertEquals(first, again.store().stories(StoryQuery.all()));
        }
    }

    @Test
    void reportsStatus() {
        JsonNode status = json(get("/api/status"));
        assertEquals("ok", status.get("status").asText());
        assertEquals(Schema.LATEST, status.get("schemaVersion").asInt());
        assertFalse(status.get("writeTokenRequired").asBoolean());
        assertTrue(status.get("articles").asInt() >= 5);
    }

    private static HttpResponse<String> uploadRaw(Path file) {
        try {
            return send(HttpRequest.newBuilder(uri("/api/articles?filename=" + file.getFileName()))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }
}
