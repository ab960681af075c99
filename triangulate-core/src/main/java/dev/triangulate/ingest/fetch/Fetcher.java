package dev.triangulate.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads one http(s) URL politely and defensively: a user agent naming us, connect and read
 * timeouts, a size limit, a bounded number of redirects (each followed by hand so every hop is
 * checked), and, unless the settings allow it, refusal of hosts that resolve to loopback, private,
 * link-local or other local addresses (every address of the host is checked).
 *
 * <pre>{@code
 * Fetched f = new Fetcher(FetchSettings.standard()).fetch("https://example.org/story");
 * }</pre>
 *
 * <p>Each host name is resolved once per hop, the addresses are checked, and the connection goes to a
 * checked address ({@link PinnedExchange}): a second lookup by an HTTP client could be answered with a
 * private address after the public one passed (DNS rebinding). The request still carries the host
 * name, in the {@code Host} header and, over TLS, as SNI and for certificate verification.
 *
 * <p>Never throws: every failure is a {@link Fetched.Failed} with a reason. Immutable and thread-safe.
 */
public final class Fetcher {

    private static final int CHUNK = 64 * 1024;
    private static final String ACCEPT =
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5";
    private final FetchSettings settings;
    private final Resolver resolver;

    /** Turns a host name into its addresses; the system resolver unless a test supplies another. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public Fetcher(FetchSettings settings) {
        this(settings, InetAddress::getAllByName);
    }

    Fetcher(FetchSettings settings, Resolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    public FetchSettings settings() {
        return settings;
    }

    public Fetched fetch(String url) {
        try {
            return follow(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched.Failed(url, "interrupted");
        } catch (RuntimeException e) {
            return new Fetched.Failed(url, "cannot fetch: " + e);
        }
    }

    private Fetched follow(String url) throws InterruptedException {
        URI current;
        try {
            current = new URI(url);
        } catch (URISyntaxException e) {
            return new Fetched.Failed(url, "not a valid URL: " + e.getMessage());
        }
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            Checked checked = check(current);
            if (checked.refusal() != null) {
                String why = checked.refusal();
                return new Fetched.Failed(url, hop == 0 ? why : "redirected to " + current + ": " + why);
            }
            Step step = request(url, current, checked.addresses());
            if (step.result() != null) {
                return step.result();
            }
            current = step.next();
        }
        return new Fetched.Failed(url, "more than " + settings.maxRedirects() + " redirects");
    }

    /** One request: a final result, or the next URI to follow. */
    private record Step(Fetched result, URI next) {
    }

    /** The host's addresses, resolved once and checked, or why the URI may not be fetched. */
    private record Checked(List<InetAddress> addresses, String refusal) {
    }

    /**
     * One request, sent to an address of {@code checked}: never to a fresh lookup of the host name,
     * which could answer differently than the lookup that was checked (DNS rebinding).
     */
    private Step request(String url, URI uri, List<InetAddress> checked) throws InterruptedException {
        long deadline = System.nanoTime() + settings.readTimeout().toNanos();
        PinnedExchange.Response response;
        try {
            response = connect(uri, checked);
        } catch (SocketTimeoutException e) {
            return new Step(new Fetched.Failed(url, "timed out (" + e.getMessage() + ")"), null);
        } catch (IOException e) {
            return new Step(new Fetched.Failed(url, "cannot connect: " + e), null);
        }
        int status = response.status();
        if (status >= 300 && status < 400 && status != 304) {
            closeQuietly(response.body());
            String location = response.headers().get("location");
            if (location == null) {
                return new Step(new Fetched.Failed(url, "HTTP " + status + " without a Location header"), null);
            }
            return new Step(null, uri.resolve(location.strip()));
        }
        if (status != 200) {
            closeQuietly(response.body());
            return new Step(new Fetched.Failed(url, "HTTP " + status), null);
        }
        return new Step(body(url, uri, response, deadline), null);
    }

    /** The first of the checked addresses that accepts a connection. */
    private PinnedExchange.Response connect(URI uri, List<InetAddress> checked) throws IOException {
        IOException last = null;
        for (InetAddress address : checked) {
            try {
                return PinnedExchange.get(uri, address, settings, ACCEPT);
            } catch (java.net.ConnectException | java.net.NoRouteToHostException e) {
                last = e;
            }
        }
        throw last != null ? last : new IOException("no address for " + uri.getHost());
    }

    private Fetched body(String url, URI uri, PinnedExchange.Response response, long deadline) throws InterruptedException {
        long declared = declaredLength(response);
        if (declared > settings.maxBytes()) {
            closeQuietly(response.body());
            return tooLarge(url);
        }
        InputStream in = response.body();
        // The request timeout covers only the headers: bound the body read too, so a server that
        // trickles bytes cannot hold the run.
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> readLimited(in),
                command -> Thread.ofVirtual().start(command));
        byte[] bytes;
        try {
            bytes = read.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            closeQuietly(in);
            read.cancel(true);
            return new Fetched.Failed(url, "timed out after " + settings.readTimeout().toSeconds() + " s reading the body");
        } catch (ExecutionException e) {
            closeQuietly(in);
            return new Fetched.Failed(url, "cannot read the body: " + e.getCause());
        }
        if (bytes == null) {
            return tooLarge(url);
        }
        String contentType = response.headers().getOrDefault("content-type", "");
        return new Fetched.Body(url, uri.toString(), mediaType(contentType), charset(contentType), bytes);
    }

    private static long declaredLength(PinnedExchange.Response response) {
        try {
            return Long.parseLong(response.headers().getOrDefault("content-length", "-1").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Fetched tooLarge(String url) {
        return new Fetched.Failed(url, "response larger than the " + settings.maxBytes() / 1024 + " KiB limit");
    }

    /** The body, or {@code null} when it is longer than the limit. */
    private byte[] readLimited(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[CHUNK];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > settings.maxBytes()) {
                    return null;
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Why this URI may not be fetched, or empty when it may. */
    Optional<String> refusal(URI uri) {
        return Optional.ofNullable(check(uri).refusal());
    }

    /** Resolves the host once; refuses unless every address is public (or private ones are allowed). */
    private Checked check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return refused("only http and https URLs can be fetched, not '" + scheme + "'");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return refused("the URL has no host");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return refused("unknown host " + host);
        }
        for (InetAddress a : addresses) {
            if (!settings.allowPrivateAddresses() && isLocal(a)) {
                return refused("refused: " + host + " resolves to the local or private address "
                        + a.getHostAddress() + " (allow private addresses to fetch it)");
            }
        }
        return addresses.length == 0 ? refused("unknown host " + host) : new Checked(List.of(addresses), null);
    }

    private static Checked refused(String why) {
        return new Checked(List.of(), why);
    }

    /** Loopback, unspecified, link-local, site-local, multicast, IPv6 unique-local and carrier-grade NAT. */
    static boolean isLocal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || first >= 240 || (first == 100 && second >= 64 && second < 128);
    }

    private static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return "";
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Closing a response we no longer want; nothing to report.
        }
    }
}
