package dev.triangulate.server;

import java.nio.file.Path;
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
 */
public record ServerSettings(Path data, String host, int port, String token, long maxUploadBytes, List<Path> seed) {

    public static final String LOCAL = "127.0.0.1";
    public static final long DEFAULT_MAX_UPLOAD = 5L * 1024 * 1024;

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
    }

    /** Local only, any free port, the default upload limit, no seed. */
    public static ServerSettings local(Path data) {
        return new ServerSettings(data, LOCAL, 0, null, DEFAULT_MAX_UPLOAD, List.of());
    }
}
