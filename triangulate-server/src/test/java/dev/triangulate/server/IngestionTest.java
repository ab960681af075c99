package dev.triangulate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.triangulate.pipeline.Triangulate;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watched folders and polled feeds; feeds are served by a loopback HTTP server, allowed explicitly where a test fetches it. */
class IngestionTest {

    private static final Duration FAST = Duration.ofMillis(150);

    @TempDir
    Path dir;
    private HttpServer feedServer;
    private final List<String> items = new CopyOnWriteArrayList<>();
    private final AtomicInteger feedRequests = new AtomicInteger();

    @AfterEach
    void stopFeed() {
        if (feedServer != null) {
            feedServer.stop(0);
        }
    }

    @Test
    void ingestsAWatchedFileOnceItStopsChangingAndAgainWhenItChanges() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        try (Store store = Store.open(dir.resolve("data"))) {
            Corpus corpus = Corpus.open(store, Triangulate.english(), dir.resolve("uploads"));
            IngestionStatus status = new IngestionStatus();
            FolderWatch watch = new FolderWatch(inbox, corpus, status);
            status.register("watch", watch.name(), "test");
            Path ferry = Files.writeString(inbox.resolve("ferry.txt"), Examples.FERRY);
            Files.writeString(inbox.resolve(".ferry.txt.swp"), "an editor's temporary file");
            watch.scan();
            assertEquals(0, store.counts()[0], "a file seen once may still be being written");
            watch.scan();
            assertEquals(1, store.counts()[0]);
            watch.scan();
            assertEquals(1, store.counts()[0], "an unchanged file is not ingested again");
            Files.writeString(ferry, Examples.FERRY + "\nThe operator apologised to its passengers on Tuesday.\n");
            Files.setLastModifiedTime(ferry, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            watch.scan();
            watch.scan();
            assertEquals(2, store.counts()[0], "the changed version is ingested");
            IngestionStatus.Source source = status.snapshot().getFirst();
            assertEquals(2, source.added());
            assertEquals(List.of(), source.failures());
        }
    }

    @Test
    void reportsAFileThatFailsOnceAndDoesNotRetryIt() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        try (Store store = Store.open(dir.resolve("data"))) {
            Corpus corpus = Corpus.open(store, Triangulate.english(), dir.resolve("uploads"));
            IngestionStatus status = new IngestionStatus();
            FolderWatch watch = new FolderWatch(inbox, corpus, status);
            status.register("watch", watch.name(), "test");
            Files.writeString(inbox.resolve("note.txt"), "Three words only.");
            for (int i = 0; i < 5; i++) {
                watch.scan();
            }
            IngestionStatus.Source source = status.snapshot().getFirst();
            assertEquals(1, source.failures().size(), source.toString());
            assertTrue(source.failures().getFirst().input().endsWith("note.txt"), source.toString());
            assertTrue(source.failures().getFirst().reason().contains("too short"), source.toString());
            assertEquals(5, source.runs());
        }
    }

    @Test
    void aRunningServerIngestsWhatIsDroppedIntoAWatchedFolder() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        ServerSettings settings = ServerSettings.local(dir.resolve("data")).withIngestion(List.of(inbox), List.of(), FAST, null, false);
        try (Server server = Server.start(settings, Triangulate.english())) {
            Files.writeString(inbox.resolve("ferry.txt"), Examples.FERRY);
            await(() -> server.store().counts()[0] == 1, "the dropped file was not ingested");
            assertTrue(server.store().article("ferry").isPresent());
            assertEquals("watch", server.ingestion().snapshot().getFirst().kind());
        }
    }

    @Test
    void pollsAFeedAndIngestsEachItemOnce() throws Exception {
        String feed = serveFeed();
        items.add(item(1));
        items.add(item(2));
        ServerSettings settings = ServerSettings.local(dir.resolve("data")).withIngestion(List.of(), List.of(feed), null, FAST, true);
        try (Server server = Server.start(settings, Triangulate.english())) {
            await(() -> server.store().counts()[0] == 2, "the feed's two items were not ingested");
            items.add(item(3));
            await(() -> server.store().counts()[0] == 3, "the new item was not ingested");
            int requests = feedRequests.get();
            await(() -> feedRequests.get() >= requests + 3, "the feed is not polled on schedule");
            assertEquals(3, server.store().counts()[0], "items stay in the feed but are ingested once");
            IngestionStatus.Source source = server.ingestion().snapshot().getFirst();
            assertEquals(3, source.added(), source.toString());
            assertEquals(null, source.lastError(), source.toString());
        }
    }

    @Test
    void refusesAFeedOnALoopbackAddressUnlessAllowed() throws Exception {
        String feed = serveFeed();
        items.add(item(1));
        ServerSettings settings = ServerSettings.local(dir.resolve("data")).withIngestion(List.of(), List.of(feed), null, FAST, false);
        try (Server server = Server.start(settings, Triangulate.english())) {
            await(() -> server.ingestion().snapshot().getFirst().lastError() != null, "the refusal was not reported");
            String error = server.ingestion().snapshot().getFirst().lastError();
            assertTrue(error.contains("loopback") || error.contains("private") || error.contains("local"), error);
            assertEquals(0, feedRequests.get(), "nothing was requested from the refused address");
            assertEquals(0, server.store().counts()[0]);
        }
    }

    @Test
    void addsAFeedThroughTheApi() throws Exception {
        String feed = serveFeed();
        items.add(item(1));
        ServerSettings settings = ServerSettings.local(dir.resolve("data")).withIngestion(List.of(), List.of(), null, FAST, true);
        try (Server server = Server.start(settings, Triangulate.english())) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port() + "/api/feeds?url=";
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(base + "file:///etc/passwd"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, bad.statusCode(), bad.body());
            HttpResponse<String> added = http.send(HttpRequest.newBuilder(URI.create(base + feed))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, added.statusCode(), added.body());
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(base + feed))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, again.statusCode(), again.body());
            await(() -> server.store().counts()[0] == 1, "the feed added through the API was not polled");
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/ingestion"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(status.body().contains("\"kind\":\"feed\""), status.body());
        }
    }

    /** Serves {@link #items} as an RSS feed on a loopback port; returns its URL. */
    private String serveFeed() throws Exception {
        feedServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feedServer.createContext("/feed.xml", exchange -> {
            feedRequests.incrementAndGet();
            byte[] body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback Courier</title>"
                    + "<link>http://example.org/</link><description>test</description>" + String.join("", items) + "</channel></rss>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        feedServer.start();
        return "http://127.0.0.1:" + feedServer.getAddress().getPort() + "/feed.xml";
    }

    /** An item with its whole report embedded, so no link is followed. */
    private static String item(int n) {
        Random r = new Random(n);
        String text = Reports.body(r) + " " + Reports.body(r);
        return "<item><title>Report " + n + "</title><link>http://example.org/news/report-" + n + "</link>"
                + "<pubDate>Tue, 04 Nov 2025 10:00:00 GMT</pubDate><description>" + text + "</description></item>";
    }

    private static void await(BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertFalse(System.nanoTime() > deadline, failure);
            Thread.sleep(50);
        }
    }
}
