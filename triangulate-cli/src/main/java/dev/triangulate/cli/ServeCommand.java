package dev.triangulate.cli;

import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.server.Server;
import dev.triangulate.server.ServerSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the store, the REST API and the web UI: upload reports, and",
                "every story's briefing is kept current. On an empty store the example",
                "corpus (examples/wildfire) is loaded first."},
        footer = {"", "Examples:", "  triangulate serve", "  triangulate serve --data /srv/news --port 8080",
                "  curl --data-binary @report.txt 'http://127.0.0.1:7070/api/articles?filename=report.txt'",
                "", "The API is described in docs/openapi.yaml."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "The data folder (store and uploads). Default: ${DEFAULT-VALUE}.")
    Path data = Path.of("triangulate-data");

    @Option(names = "--port", paramLabel = "N", description = "The port (0 for any free one). Default: ${DEFAULT-VALUE}.")
    int port = 7070;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only); any other needs a token.")
    String host = ServerSettings.LOCAL;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The token uploads need (Authorization: Bearer TOKEN). Generated and printed when the address is not local.")
    String token;

    @Option(names = "--max-upload", paramLabel = "BYTES", description = "The largest upload accepted. Default: ${DEFAULT-VALUE}.")
    long maxUpload = ServerSettings.DEFAULT_MAX_UPLOAD;

    @Option(names = "--seed", paramLabel = "PATH",
            description = "Reports to load when the store is empty. Default: the example corpus, when found.")
    List<Path> seed;

    @Option(names = "--no-seed", description = "Start with an empty store.")
    boolean noSeed;

    @Override
    public Integer call() throws InterruptedException {
        List<Path> seeds = noSeed ? List.of() : seed != null ? seed : exampleCorpus();
        System.err.println("triangulate: opening " + data.toAbsolutePath() + (seeds.isEmpty() ? "" : " (loading " + seeds + " if empty)"));
        Server server = start(new ServerSettings(data, host, port, token, maxUpload, seeds));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "triangulate-serve-stop"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.err.println("triangulate: serving http://" + shown + ":" + server.port() + "/  (Ctrl-C to stop)");
        if (server.token() != null) {
            System.err.println("triangulate: uploads need 'Authorization: Bearer " + server.token() + "'");
        }
        stopped.await();
        return 0;
    }

    /** Starts the server; a store that cannot be opened or a port in use is the user's to fix, said in one line. */
    private static Server start(ServerSettings settings) {
        try {
            return Server.start(settings, Triangulate.english());
        } catch (IOException | IllegalStateException e) {
            throw new UserError(e.getMessage());
        } catch (RuntimeException e) {
            // Javalin reports a port in use or an unknown address as its own runtime exception.
            throw new UserError("cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage());
        }
    }

    /** examples/wildfire in the working folder, else in the checkout the jar was built in. */
    private static List<Path> exampleCorpus() {
        Path here = Path.of("examples", "wildfire");
        if (Files.isDirectory(here)) {
            return List.of(here);
        }
        try {
            Path jar = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = jar.getParent() == null || jar.getParent().getParent() == null ? null : jar.getParent().getParent().getParent();
            Path besideJar = root == null ? null : root.resolve("examples").resolve("wildfire");
            return besideJar != null && Files.isDirectory(besideJar) ? List.of(besideJar) : List.of();
        } catch (URISyntaxException | RuntimeException e) {
            return List.of();
        }
    }
}
