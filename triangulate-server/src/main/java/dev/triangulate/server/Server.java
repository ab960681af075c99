package dev.triangulate.server;

import dev.triangulate.pipeline.Triangulate;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;

/**
 * {@code triangulate serve}: the store, the corpus, the REST API ({@code docs/openapi.yaml}) and the web
 * UI in one process. On an empty store the settings' seed reports are ingested before it listens.
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

    private Server(Javalin app, Store store, Corpus corpus, WriteAccess access, ServerSettings settings) {
        this.app = app;
        this.store = store;
        this.corpus = corpus;
        this.access = access;
        this.settings = settings;
    }

    public static Server start(ServerSettings settings, Triangulate pipeline) throws IOException {
        Store store = Store.open(settings.data());
        try {
            Corpus corpus = Corpus.open(store, pipeline, settings.data().resolve("uploads"));
            if (store.counts()[0] == 0 && !settings.seed().isEmpty()) {
                corpus.ingest(settings.seed());
            }
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
            new Api(store, corpus, access, settings.maxUploadBytes()).install(app);
            app.start(settings.host(), settings.port());
            return new Server(app, store, corpus, access, settings);
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

    @Override
    public void close() {
        app.stop();
        store.close();
    }
}
