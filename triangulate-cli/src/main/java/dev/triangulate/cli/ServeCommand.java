package dev.triangulate.cli;

import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.server.Server;
import dev.triangulate.server.ServerSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the store, the REST API and the web UI: upload reports, and",
                "every story's briefing is kept current. On an empty store the example",
                "corpus (examples/wildfire) is loaded first."},
        footer = {"", "Examples:", "  triangulate serve", "  triangulate serve --data /srv/news --port 8080",
                "  triangulate serve --watch ~/inbox --feed https://example.org/rss.xml --poll-interval 15m",
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

    @Option(names = "--watch", paramLabel = "DIR",
            description = "A folder whose new and changed files are ingested (repeatable).")
    List<Path> watch = List.of();

    @Option(names = "--watch-interval", paramLabel = "DURATION", converter = Interval.class,
            description = "How often watched folders are scanned; a file must stay unchanged this long (30s, 15m, 1h). Default: 2s.")
    Duration watchInterval = ServerSettings.DEFAULT_WATCH_INTERVAL;

    @Option(names = "--feed", paramLabel = "URL", description = "An RSS or Atom feed polled for new items (repeatable).")
    List<String> feeds = List.of();

    @Option(names = "--poll-interval", paramLabel = "DURATION", converter = Interval.class,
            description = "How often each feed is fetched (30s, 15m, 1h). Default: 15m.")
    Duration pollInterval = ServerSettings.DEFAULT_POLL_INTERVAL;

    @Option(names = "--allow-private",
            description = "Let feeds be fetched from loopback and private addresses (refused by default).")
    boolean allowPrivate;

    @Override
    public Integer call() throws InterruptedException {
        List<Path> seeds = noSeed ? List.of() : seed != null ? seed : exampleCorpus();
        System.err.println("triangulate: opening " + data.toAbsolutePath() + (seeds.isEmpty() ? "" : " (loading " + seeds + " if empty)"));
        for (Path folder : watch) {
            if (!Files.isDirectory(folder)) {
                throw new UserError("--watch " + folder + ": no such folder");
            }
        }
        Server server = start(new ServerSettings(data, host, port, token, maxUpload, seeds)
                .withIngestion(watch, feeds, watchInterval, pollInterval, allowPrivate));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "triangulate-serve-stop"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.err.println("triangulate: serving http://" + shown + ":" + server.port() + "/  (Ctrl-C to stop)");
        watch.forEach(f -> System.err.println("triangulate: watching " + f.toAbsolutePath() + " every " + watchInterval.toSeconds() + "s"));
        feeds.forEach(f -> System.err.println("triangulate: polling " + f + " every " + pollInterval.toSeconds() + "s"));
        if (server.token() != null) {
            System.err.println("triangulate: uploads need 'Authorization: Bearer " + server.token() + "'");
        }
        stopped.await();
        return 0;
    }

    /** "30s", "15m", "1h", "500ms" or an ISO-8601 duration ("PT15M"). */
    static final class Interval implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h)").matcher(v);
            try {
                Duration d = m.matches() ? switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(Long.parseLong(m.group(1)));
                    case "s" -> Duration.ofSeconds(Long.parseLong(m.group(1)));
                    case "m" -> Duration.ofMinutes(Long.parseLong(m.group(1)));
                    default -> Duration.ofHours(Long.parseLong(m.group(1)));
                } : Duration.parse(value.strip().toUpperCase(java.util.Locale.ROOT));
                if (d.isZero() || d.isNegative()) {
                    throw new TypeConversionException("'" + value + "' is not a positive duration");
                }
                return d;
            } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
                throw new TypeConversionException("'" + value + "' is not a duration: write 30s, 15m or 1h");
            }
        }
    }

    /** Starts the server; a store that cannot be opened or a port in use is the user's to fix, said in one line. */
    private static Server start(ServerSettings settings) {
        try {
            return Server.start(settings, Triangulate.english());
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
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
