package dev.triangulate.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Fetcher} reaches the network.
 *
 * @param connectTimeout        longest wait for a connection
 * @param readTimeout           longest wait for the whole response (headers and body) of one request
 * @param maxBytes              a body longer than this is refused, so one huge page cannot take the heap
 * @param maxRedirects          redirects followed at most (each hop is checked like the first URL)
 * @param userAgent             sent with every request so site owners can see who reads them
 * @param allowPrivateAddresses when false, hosts that resolve to loopback, private, link-local or
 *                              otherwise local addresses are refused (no reaching into the user's network)
 */
public record FetchSettings(Duration connectTimeout, Duration readTimeout, int maxBytes, int maxRedirects,
                            String userAgent, boolean allowPrivateAddresses) {

    public static final String USER_AGENT = "Triangulate/0.1 (+offline news reconciliation)";

    public FetchSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxBytes < 1 || maxRedirects < 0 || connectTimeout.isNegative() || readTimeout.isNegative()) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + " bytes, " + maxRedirects + " redirects");
        }
    }

    /** 10 s to connect, 30 s per response, 16 MiB, 5 redirects, public addresses only. */
    public static FetchSettings standard() {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 16 << 20, 5, USER_AGENT, false);
    }

    public FetchSettings withAllowPrivateAddresses(boolean allow) {
        return new FetchSettings(connectTimeout, readTimeout, maxBytes, maxRedirects, userAgent, allow);
    }

    public FetchSettings withReadTimeout(Duration timeout) {
        return new FetchSettings(connectTimeout, timeout, maxBytes, maxRedirects, userAgent, allowPrivateAddresses);
    }

    public FetchSettings withConnectTimeout(Duration timeout) {
        return new FetchSettings(timeout, readTimeout, maxBytes, maxRedirects, userAgent, allowPrivateAddresses);
    }

    public FetchSettings withMaxBytes(int bytes) {
        return new FetchSettings(connectTimeout, readTimeout, bytes, maxRedirects, userAgent, allowPrivateAddresses);
    }
}
