package dev.triangulate.server;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the continuous ingestion has done, per source (a watched folder, a polled feed, uploads): runs,
 * articles added, the last error, and the most recent inputs that failed with their reasons
 * ({@code GET /api/ingestion}). A failed input is reported here once, not retried until it changes.
 * Thread-safe (every method is synchronized; snapshots are immutable).
 */
public final class IngestionStatus {

    /** Failures kept per source: the newest win. */
    static final int MAX_FAILURES = 50;

    private final Map<String, Entry> sources = new LinkedHashMap<>();

    /** One source's state. {@code kind} is watch, feed or upload; {@code name} the folder or URL. */
    public record Source(String kind, String name, String every, long runs, long added, long duplicates, String lastRun,
                         String lastError, List<Failure> failures) {
        public Source {
            failures = List.copyOf(failures);
        }
    }

    /** An input that was not ingested, and why. */
    public record Failure(String input, String reason, String at) {
    }

    private static final class Entry {
        final String kind;
        final String every;
        long runs;
        long added;
        long duplicates;
        String lastRun;
        String lastError;
        final Deque<Failure> failures = new ArrayDeque<>();

        Entry(String kind, String every) {
            this.kind = kind;
            this.every = every;
        }
    }

    /** Declares a source, so it is listed before its first run; {@code every} says how often it runs. */
    synchronized void register(String kind, String name, String every) {
        sources.putIfAbsent(name, new Entry(kind, every));
    }

    /** A run of {@code name} that ingested: its added articles, and its skipped inputs as failures (repeats of stored texts are not failures). */
    synchronized void ran(String name, IngestReport report) {
        Entry e = entry(name);
        e.runs++;
        e.lastRun = Instant.now().toString();
        e.lastError = null;
        e.added += report.added().size();
        for (IngestReport.Skip s : report.skipped()) {
            if (s.duplicate()) {
                e.duplicates++;
            } else {
                fail(e, s.source(), s.reason());
            }
        }
    }

    /** A run of {@code name} that found nothing new. */
    synchronized void idle(String name) {
        Entry e = entry(name);
        e.runs++;
        e.lastRun = Instant.now().toString();
        e.lastError = null;
    }

    /** A run of {@code name} that failed as a whole (a feed that cannot be fetched, a folder that cannot be listed). */
    synchronized void failed(String name, String input, String reason) {
        Entry e = entry(name);
        e.runs++;
        e.lastRun = Instant.now().toString();
        e.lastError = reason;
        fail(e, input, reason);
    }

    public synchronized List<Source> snapshot() {
        List<Source> out = new ArrayList<>();
        sources.forEach((name, e) -> out.add(new Source(e.kind, name, e.every, e.runs, e.added, e.duplicates, e.lastRun, e.lastError,
                List.copyOf(e.failures))));
        return out;
    }

    private Entry entry(String name) {
        Entry e = sources.get(name);
        if (e == null) {
            throw new IllegalStateException("ingestion source not registered: " + name);
        }
        return e;
    }

    private static void fail(Entry e, String input, String reason) {
        if (e.failures.size() == MAX_FAILURES) {
            e.failures.removeLast();
        }
        e.failures.addFirst(new Failure(input, reason, Instant.now().toString()));
    }
}
