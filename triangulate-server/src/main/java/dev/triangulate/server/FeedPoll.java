package dev.triangulate.server;

import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One feed URL, polled on a schedule. Each {@link #run} fetches the feed through the pipeline's
 * readers with fetching on (so the ingest fetch guard applies: loopback and private addresses are
 * refused unless allowed), drops the items whose URL is stored already, and ingests the rest: an item
 * is ingested once however often it stays in the feed. A feed that cannot be fetched is reported in
 * the {@link IngestionStatus} and tried again at the next poll.
 *
 * <p>Not thread-safe: the scheduler runs its polls one after another.
 */
final class FeedPoll implements Runnable {

    private final String url;
    private final Triangulate fetching;
    private final Corpus corpus;
    private final IngestionStatus status;
    /** Item URLs handled by this poller, so a stored or failed item is not reported again. */
    private final Set<String> handled = new HashSet<>();

    FeedPoll(String url, Triangulate fetching, Corpus corpus, IngestionStatus status) {
        this.url = url;
        this.fetching = fetching;
        this.corpus = corpus;
        this.status = status;
    }

    String name() {
        return url;
    }

    @Override
    public void run() {
        try {
            poll();
        } catch (RuntimeException e) {
            status.failed(url, url, "poll failed: " + e.getMessage());
        }
    }

    void poll() {
        List<Extraction> read = fetching.readSources(List.of(url), Progress.SILENT);
        if (read.size() == 1 && read.getFirst() instanceof Extraction.Skipped s && s.source().equals(url)) {
            status.failed(url, url, s.reason());
            return;
        }
        List<Extraction> fresh = new ArrayList<>();
        for (Extraction x : read) {
            String key = switch (x) {
                case Extraction.Ok ok -> itemKey(ok.article());
                case Extraction.Skipped s -> s.source();
            };
            if (handled.add(key) && !(x instanceof Extraction.Ok ok && corpus.hasUrl(ok.article().url()))) {
                fresh.add(x);
            }
        }
        if (fresh.isEmpty()) {
            status.idle(url);
        } else {
            status.ran(url, corpus.add(fresh));
        }
    }

    /** An item is known by its link, else by its id within the feed. */
    private static String itemKey(Article a) {
        return a.url().isBlank() ? "id:" + a.id() : a.url();
    }
}
