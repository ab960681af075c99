package dev.triangulate.ingest.fetch;

import static dev.triangulate.ingest.Fixtures.BODY;
import static dev.triangulate.ingest.Fixtures.page;
import static dev.triangulate.ingest.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.triangulate.ingest.Inputs;
import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Talks only to a server on 127.0.0.1 started here. */
class FetcherTest {

    private HttpServer server;
    private String base;
    private final AtomicReference<String> userAgent = new AtomicReference<>();
    private final AtomicReference<String> hostHeader = new AtomicReference<>();
    private final FetchSettings local = FetchSettings.standard().withAllowPrivateAddresses(true)
            .withReadTimeout(Duration.ofSeconds(2));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/story", ex -> {
            userAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
            hostHeader.set(ex.getRequestHeaders().getFirst("Host"));
            send(ex, 200, "text/html; charset=utf-8", utf8(page("Breakwater opens late", BODY)));
        });
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/story");
            send(ex, 302, "text/plain", new byte[0]);
        });
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            send(ex, 301, "text/plain", new byte[0]);
        });
        server.createContext("/huge", ex -> send(ex, 200, "text/html", new byte[3 << 20]));
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", utf8("<p>late</p>"));
        });
        server.createContext("/feed", ex -> send(ex, 200, "application/rss+xml", utf8("""
                <rss version="2.0"><channel><title>Harbour Gazette</title>
                <item><title>Breakwater</title><link>%s/story</link><description>Teaser only.</description></item>
                </channel></rss>""".formatted(base))));
        server.createContext("/missing", ex -> send(ex, 404, "text/plain", utf8("gone")));
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void fetchesAPageWithOurUserAgent() {
        Fetched.Body b = assertInstanceOf(Fetched.Body.class, new Fetcher(local).fetch(base + "/story"));
        assertEquals("text/html", b.mediaType());
        assertEquals("utf-8", b.charset());
        assertEquals(FetchSettings.USER_AGENT, userAgent.get());
    }

    @Test
    void refusesLoopbackByDefault() {
        Fetched.Failed f = assertInstanceOf(Fetched.Failed.class, new Fetcher(FetchSettings.standard()).fetch(base + "/story"));
        assertTrue(f.reason().contains("refused") && f.reason().contains("127.0.0.1"), f.reason());
        assertEquals(null, userAgent.get(), "no request was sent");
    }

    @Test
    void followsRedirectsUpToTheLimit() {
        assertInstanceOf(Fetched.Body.class, new Fetcher(local).fetch(base + "/moved"));
        Fetched.Failed f = assertInstanceOf(Fetched.Failed.class, new Fetcher(local).fetch(base + "/loop"));
        assertTrue(f.reason().contains("redirects"), f.reason());
    }

    @Test
    void refusesBodiesOverTheSizeLimit() {
        Fetched.Failed f = assertInstanceOf(Fetched.Failed.class, new Fetcher(local.withMaxBytes(1 << 20)).fetch(base + "/huge"));
        assertTrue(f.reason().contains("limit"), f.reason());
    }

    @Test
    void timesOutOnASlowServer() {
        long t0 = System.nanoTime();
        Fetched.Failed f = assertInstanceOf(Fetched.Failed.class, new Fetcher(local).fetch(base + "/slow"));
        assertTrue(f.reason().contains("timed out"), f.reason());
        assertTrue(System.nanoTime() - t0 < 4_500_000_000L, "gave up at the read timeout");
    }

    @Test
    void reportsHttpErrorsAndOtherSchemes() {
        assertTrue(assertInstanceOf(Fetched.Failed.class, new Fetcher(local).fetch(base + "/missing")).reason().contains("404"));
        assertTrue(assertInstanceOf(Fetched.Failed.class, new Fetcher(local).fetch("file:///etc/passwd")).reason().contains("only http"));
    }

    @Test
    void connectsToTheResolvedAddressAndKeepsTheHostName() throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        int port = server.getAddress().getPort();
        Fetcher fetcher = new Fetcher(local, host -> new InetAddress[] {loopback});
        assertInstanceOf(Fetched.Body.class, fetcher.fetch("http://harbour.example:" + port + "/story"));
        assertEquals("harbour.example:" + port, hostHeader.get());
    }

    @Test
    void resolvesOncePerHopSoARebindingAnswerIsNeverUsed() throws IOException {
        // The first answer is public (TEST-NET-3, unroutable) and passes the check; a client that
        // looked the name up again would get loopback and reach the server started here.
        InetAddress[] answers = {InetAddress.getByName("203.0.113.7"), InetAddress.getByName("127.0.0.1")};
        AtomicInteger lookups = new AtomicInteger();
        Fetcher fetcher = new Fetcher(FetchSettings.standard().withReadTimeout(Duration.ofSeconds(1))
                .withConnectTimeout(Duration.ofMillis(300)),
                host -> new InetAddress[] {answers[Math.min(lookups.getAndIncrement(), 1)]});
        Fetched.Failed f = assertInstanceOf(Fetched.Failed.class,
                fetcher.fetch("http://rebind.example:" + server.getAddress().getPort() + "/story"));
        assertEquals(1, lookups.get(), f.reason());
        assertEquals(null, userAgent.get(), "the loopback server was never reached: " + f.reason());
    }

    @Test
    void classifiesLocalAddresses() throws IOException {
        for (String a : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "::1", "fd00::1", "fe80::1")) {
            assertTrue(Fetcher.isLocal(InetAddress.getByName(a)), a);
        }
        for (String a : List.of("93.184.216.34", "2606:4700::1111")) {
            assertFalse(Fetcher.isLocal(InetAddress.getByName(a)), a);
        }
    }

    @Test
    void inputsReadUrlsAndFollowFeedLinksWhenFetching() {
        Inputs inputs = Inputs.standard().withFetching(local);
        List<Extraction> out = new ArrayList<>();
        inputs.read(base + "/story", out::add);
        inputs.read(base + "/feed", out::add);
        inputs.read(base + "/slow", out::add);
        Article page = assertInstanceOf(Extraction.Ok.class, out.get(0)).article();
        assertEquals("story", page.id());
        assertEquals("Breakwater opens late", page.title());
        Article linked = assertInstanceOf(Extraction.Ok.class, out.get(1)).article();
        assertTrue(linked.source().endsWith("/story"), linked.source());
        Extraction.Skipped slow = assertInstanceOf(Extraction.Skipped.class, out.get(2));
        assertEquals(base + "/slow", slow.source());
        assertTrue(slow.reason().contains("timed out"), slow.reason());
    }
}
