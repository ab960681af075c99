package dev.triangulate.server;

import dev.triangulate.ingest.Inputs;
import dev.triangulate.ingest.fetch.FetchSettings;
import dev.triangulate.pipeline.Triangulate;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The continuous ingestion of a server: its watched folders ({@link FolderWatch}) and polled feeds
 * ({@link FeedPoll}) on one scheduler thread, so scans and polls never overlap one another (the corpus
 * ingests one batch at a time anyway), with their state in an {@link IngestionStatus}. Feeds can be
 * added while it runs. Thread-safe; {@link #close} stops the schedule and waits for a run in progress.
 */
final class Ingestion implements AutoCloseable {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "triangulate-ingestion");
        t.setDaemon(true);
        return t;
    });
    private final Corpus corpus;
    private final Triangulate fetching;
    private final IngestionStatus status;
    private final Duration watchInterval;
    private final Duration pollInterval;
    private final Set<String> feeds = new HashSet<>();

    Ingestion(Corpus corpus, Triangulate pipeline, IngestionStatus status, ServerSettings settings) {
        this.corpus = corpus;
        this.status = status;
        this.watchInterval = settings.watchInterval();
        this.pollInterval = settings.pollInterval();
        this.fetching = pipeline.withInputs(Inputs.standard().withFetching(
                FetchSettings.standard().withAllowPrivateAddresses(settings.allowPrivate())));
    }

    IngestionStatus status() {
        return status;
    }

    /** Scans {@code folder} now and then every watch interval. */
    void watch(Path folder) {
        FolderWatch watch = new FolderWatch(folder, corpus, status);
        status.register("watch", watch.name(), describe(watchInterval));
        scheduler.scheduleWithFixedDelay(watch, 0, watchInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Polls {@code url} now and then every poll interval; false when it is polled already.
     *
     * @throws IllegalArgumentException when it is not an absolute http(s) URL
     */
    synchronized boolean poll(String url) {
        String name = feedUrl(url);
        if (!feeds.add(name)) {
            return false;
        }
        FeedPoll poll = new FeedPoll(name, fetching, corpus, status);
        status.register("feed", name, describe(pollInterval));
        scheduler.scheduleWithFixedDelay(poll, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        return true;
    }

    /**
     * The feed URL as polled.
     *
     * @throws IllegalArgumentException when it is not an absolute http(s) URL with a host
     */
    static String feedUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("feed '" + url + "' is not a URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("a feed must be an http(s) URL, got '" + url + "'");
        }
        return uri.toString();
    }

    /** "15m", "2s": as the command line takes it. */
    static String describe(Duration d) {
        long s = d.toSeconds();
        return s % 3600 == 0 && s > 0 ? s / 3600 + "h" : s % 60 == 0 && s > 0 ? s / 60 + "m" : s > 0 ? s + "s" : d.toMillis() + "ms";
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
