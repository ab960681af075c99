package dev.triangulate.server;

import dev.triangulate.pipeline.Triangulate;
import java.nio.file.Path;
import java.util.List;

/**
 * A server in a JVM of its own, for tests that kill it ({@link ServerCrashIT}): {@code ServerProcess DATA_DIR}
 * listens on a free loopback port, prints {@code listening PORT} once it accepts requests, and runs
 * until it is killed.
 */
public final class ServerProcess {

    private ServerProcess() {
    }

    public static void main(String[] args) throws Exception {
        Server server = Server.start(new ServerSettings(Path.of(args[0]), ServerSettings.LOCAL, 0, null,
                ServerSettings.DEFAULT_MAX_UPLOAD, List.of()), Triangulate.english());
        System.out.println("listening " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
