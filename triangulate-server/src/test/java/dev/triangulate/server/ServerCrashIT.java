package dev.triangulate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} during ingestion, again and again: the server runs as a JVM of its own
 * ({@link ServerProcess}), clients upload reports concurrently, the process is killed with SIGKILL at a
 * random moment, and after each restart every acknowledged upload must be stored exactly once, the
 * store must pass SQLite's integrity check and the stories must match the articles
 * ({@link StoreConsistency}). Uploads left without an answer are sent again after the restart, as a
 * client would: they must be stored once whether or not the killed server had committed them.
 */
class ServerCrashIT {

    private static final int ROUNDS = 5;
    private static final int CLIENTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private final Random random = new Random(20251123);
    /** Report text by article id, for every upload the server acknowledged. */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    /** Uploads sent that got no answer (the server died): file name to text. */
    private final Map<String, String> unanswered = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    /** Every distinct text sent. */
    private final java.util.Set<String> texts = ConcurrentHashMap.newKeySet();

    @Test
    void keepsEveryAcknowledgedUploadOnceThroughRepeatedKillNine() throws Exception {
        Path data = dir.resolve("data");
        Process next = start(data, 0);
        Process current = null;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                current = next;
                int port = go(current, round);
                verify(data, port, round);
                resend(port);
                // The next server loads its pipeline while this one ingests; it opens the store only after this one is killed.
                next = start(data, round + 1);
                ingestUntilKilled(current, port, round);
            }
            current = next;
            int port = go(current, ROUNDS);
            verify(data, port, ROUNDS);
            resend(port);
            verify(data, port, ROUNDS);
            assertEquals(texts.size(), counts(port).get("articles").asInt(), "every text sent is stored once, none twice");
        } finally {
            next.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (current != null) {
                current.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        assertTrue(acknowledged.size() >= ROUNDS, "too few uploads were acknowledged to test anything: " + acknowledged.size());
        System.out.printf("ServerCrashIT: %d rounds, %d uploads sent, %d acknowledged%n", ROUNDS, sent.get(), acknowledged.size());
    }

    /** Lets a started server open the store; returns its port once it listens. */
    private int go(Process server, int round) throws Exception {
        server.getOutputStream().write('\n');
        server.getOutputStream().flush();
        return port(server, round);
    }

    /** Clients upload until a random moment, when the server is killed mid-ingest (SIGKILL). */
    private void ingestUntilKilled(Process server, int port, int round) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String name = "r" + round + "c" + client + "n" + n + ".txt";
                    upload(port, name, Reports.random(new Random(round * 1_000_003L + client * 10_007L + n)));
                }
                return null;
            });
        }
        Thread.sleep(1_000 + random.nextInt(1_500));
        server.destroyForcibly();
        assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server did not die");
        stop.set(true);
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "clients did not stop");
    }

    private void upload(int port, String name, String text) {
        sent.incrementAndGet();
        texts.add(text);
        unanswered.put(name, text);
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles?filename=" + name))
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(r.body());
            if (r.statusCode() == 201) {
                assertEquals(1, body.get("added").size(), r.body());
                acknowledged.put(body.at("/added/0").asText(), text);
            } else {
                // Only a resent upload that the killed server had committed may come back as already stored.
                assertEquals(200, r.statusCode(), r.body());
                assertTrue(body.at("/skipped/0/reason").asText().startsWith("same text as stored article"), r.body());
            }
            unanswered.remove(name);
        } catch (IOException e) {
            // The server died with this upload in flight: no answer, so the client sends it again later.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void resend(int port) {
        new ArrayList<>(unanswered.entrySet()).forEach(e -> upload(port, e.getKey(), e.getValue()));
        assertEquals(Map.of(), unanswered, "uploads still unanswered by a live server");
    }

    /** After a restart: a consistent store, every acknowledged text stored once, the analyses loaded rather than redone. */
    private void verify(Path data, int port, int round) throws Exception {
        assertEquals(List.of(), StoreConsistency.problems(data), "round " + round);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("triangulate.db"));
             PreparedStatement p = c.prepareStatement("SELECT text FROM articles WHERE id = ?")) {
            for (var e : acknowledged.entrySet()) {
                p.setString(1, e.getKey());
                try (ResultSet r = p.executeQuery()) {
                    assertTrue(r.next(), "round " + round + ": acknowledged " + e.getKey() + " is lost");
                    // The stored text is the report's body, without its header lines.
                    assertTrue(e.getValue().contains(r.getString(1)), "round " + round + ": " + e.getKey() + " stored with another text");
                }
            }
        }
        JsonNode status = counts(port);
        assertEquals(0, status.at("/opening/analysed").asInt(), "stored analyses are loaded, not redone: " + status);
        assertTrue(status.get("articles").asInt() >= acknowledged.size(), status.toString());
    }

    private static JsonNode counts(int port) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/status")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private Process start(Path data, int round) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = dir.resolve("server-" + round + ".log");
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
                // C1 only: most of a start is loading the pipeline once, which the optimising compiler only slows.
                "-XX:TieredStopAtLevel=1", "-cp", classPath,
                ServerProcess.class.getName(), data.toString())
                .redirectOutput(dir.resolve("server-" + round + ".out").toFile()).redirectError(log.toFile()).start();
    }

    /** The port the server prints once it listens. */
    private int port(Process server, int round) throws Exception {
        Path out = dir.resolve("server-" + round + ".out");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(out) ? Files.readString(out) : "";
            if (text.contains("\n") && text.startsWith("listening ")) {
                return Integer.parseInt(text.substring("listening ".length()).strip());
            }
            if (!server.isAlive()) {
                throw new AssertionError("round " + round + ": the server exited: " + Files.readString(dir.resolve("server-" + round + ".log")));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("round " + round + ": the server did not start within 90 s");
    }
}
