package dev.triangulate.server;

import dev.triangulate.pipeline.Triangulate;
import java.nio.file.Path;
import java.util.List;

/**
 * A server in a JVM of its own, for tests that kill it ({@link ServerCrashIT}): {@code ServerProcess DATA_DIR}
 * loads the pipeline, waits for a line on its standard input (so a test can start the next server
 * while the current one still runs, and let it open the store only once the current one is dead),
 * listens on a free loopback port, prints {@code listening PORT} once it accepts requests, and runs
 * until it is killed.
 */
public final class ServerProcess {

    private ServerProcess() {
    }

    public static void main(String[] args) throws Exception {
        Triangulate pipeline = Triangulate.english();
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)).readLine();
        Server server = Server.start(new ServerSettings(Path.of(args[0]), ServerSettings.LOCAL, 0, null,
                ServerSettings.DEFAULT_MAX_UPLOAD, List.of()), pipeline);
        System.out.println("listening " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
