package dev.triangulate.server;

import dev.triangulate.pipeline.Triangulate;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;

/**
 * {@code triangulate serve}: the store, the corpus, the REST API ({@code docs/openapi.yaml}) and the web
 * UI in one process. On an empty store the settings' seed reports are ingested before it listens; once
 * it listens, the settings' folders are watched and their feeds polled ({@link Ingestion}).
 *
 * <pre>{@code
 * try (Server server = Server.start(ServerSettings.local(Path.of("triangulate-data")), Triangulate.english())) {
 *     System.out.println("http://127.0.0.1:" + server.port() + "/");
 * }
 * }</pre>
 *
 * Thread-safe; {@link #close} stops listening and closes the store.
 */
public final class Server implements AutoCloseable {

    private final Javalin app;
    private final Store store;
    private final Corpus corpus;
    private final WriteAccess access;
    private final ServerSettings settings;
    private final Ingestion ingestion;

    private Server(Javalin app, Store store, Corpus corpus, WriteAccess access, ServerSettings settings, Ingestion ingestion) {
        this.app = app;
        this.ingestion = ingestion;
        this.store = store;
        this.corpus = corpus;
        this.access = access;
        this.settings = settings;
    }

    /**
     * Opens the store, loads the corpus and listens.
     *
     * @throws IllegalArgumentException when a feed URL is not an http(s) URL (checked before anything is opened)
     */
    public static Server start(ServerSettings settings, Triangulate pipeline) throws IOException {
        settings.feeds().forEach(Ingestion::feedUrl);
        Store store = Store.open(settings.data());
        try {
            Corpus corpus = Corpus.open(store, pipeline, settings.data().resolve("uploads"));
            if (store.counts()[0] == 0 && !settings.seed().isEmpty()) {
                corpus.ingest(settings.seed());
            }
            Ingestion ingestion = new Ingestion(corpus, pipeline, new IngestionStatus(), settings);
            WriteAccess access = WriteAccess.forBinding(settings.host(), settings.token());
            Javalin app = Javalin.create(config -> {
                config.showJavalinBanner = false;
                config.http.maxRequestSize = settings.maxUploadBytes();
                config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes(), SizeUnit.BYTES);
                config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = "/dev/triangulate/server/web";
                    files.location = Location.CLASSPATH;
                });
            });
            new Api(store, corpus, ingestion, access, settings.maxUploadBytes()).install(app);
            app.start(settings.host(), settings.port());
            settings.watch().forEach(ingestion::watch);
            settings.feeds().forEach(ingestion::poll);
            return new Server(app, store, corpus, access, settings, ingestion);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The port it listens on (the chosen one when the settings said 0). */
    public int port() {
        return app.port();
    }

    public String host() {
        return settings.host();
    }

    /** The token writes need, or {@code null} when writes are open (loopback only). */
    public String token() {
        return access.token();
    }

    public Store store() {
        return store;
    }

    public Corpus corpus() {
        return corpus;
    }

    /** The state of the watched folders and polled feeds. */
    public IngestionStatus ingestion() {
        return ingestion.status();
    }

    @Override
    public void close() {
        ingestion.close();
        app.stop();
        store.close();
    }
}
