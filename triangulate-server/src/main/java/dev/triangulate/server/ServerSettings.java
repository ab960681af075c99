package dev.triangulate.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to run the server.
 *
 * @param data           the data folder: the SQLite store and the uploaded files
 * @param host           the address to listen on; {@code 127.0.0.1} keeps it to this machine
 * @param port           the port, or 0 for any free one
 * @param token          the token writes need, or {@code null} (see {@link WriteAccess})
 * @param maxUploadBytes the largest request body accepted
 * @param seed           reports to ingest when the store is empty (for example the example corpus)
 * @param watch          folders whose new and changed files are ingested
 * @param feeds          feed URLs polled for new items
 * @param watchInterval  how often the watched folders are scanned (a file must stay unchanged this long)
 * @param pollInterval   how often each feed is fetched
 * @param allowPrivate   whether feeds may be fetched from loopback and private addresses
 */
public record ServerSettings(Path data, String host, int port, String token, long maxUploadBytes, List<Path> seed,
                             List<Path> watch, List<String> feeds, Duration watchInterval, Duration pollInterval,
                             boolean allowPrivate) {

    public static final String LOCAL = "127.0.0.1";
    public static final long DEFAULT_MAX_UPLOAD = 5L * 1024 * 1024;
    public static final Duration DEFAULT_WATCH_INTERVAL = Duration.ofSeconds(2);
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(15);

    public ServerSettings {
        Objects.requireNonNull(data, "data");
        host = host == null || host.isBlank() ? LOCAL : host;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, got " + port);
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive, got " + maxUploadBytes);
        }
        seed = List.copyOf(seed);
        watch = List.copyOf(watch);
        feeds = List.copyOf(feeds);
        watchInterval = positive(watchInterval, DEFAULT_WATCH_INTERVAL, "watch interval");
        pollInterval = positive(pollInterval, DEFAULT_POLL_INTERVAL, "poll interval");
    }

    /** No watched folders, no feeds. */
    public ServerSettings(Path data, String host, int port, String token, long maxUploadBytes, List<Path> seed) {
        this(data, host, port, token, maxUploadBytes, seed, List.of(), List.of(), null, null, false);
    }

    /** Local only, any free port, the default upload limit, no seed. */
    public static ServerSettings local(Path data) {
        return new ServerSettings(data, LOCAL, 0, null, DEFAULT_MAX_UPLOAD, List.of());
    }

    /** The same settings watching these folders and polling these feeds. */
    public ServerSettings withIngestion(List<Path> folders, List<String> feedUrls, Duration watchEvery, Duration pollEvery,
                                        boolean privateAllowed) {
        return new ServerSettings(data, host, port, token, maxUploadBytes, seed, folders, feedUrls, watchEvery, pollEvery, privateAllowed);
    }

    private static Duration positive(Duration d, Duration fallback, String what) {
        if (d == null) {
            return fallback;
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, got " + d);
        }
        return d;
    }
}
