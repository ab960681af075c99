package dev.triangulate.cli;

import dev.triangulate.pipeline.Progress;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress on standard error: skipped inputs and notices always, one line each; a live counter per stage when
 * standard error is a terminal and {@code quiet} is off. Thread-safe.
 */
final class ConsoleProgress implements Progress {

    private final PrintStream err;
    private final boolean live;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private volatile String stage = "";
    private volatile int total;

    ConsoleProgress(PrintStream err, boolean quiet) {
        this.err = err;
        this.live = !quiet && System.console() != null;
    }

    @Override
    public synchronized void stage(String name, int total) {
        clear();
        this.stage = name;
        this.total = total;
        done.set(0);
        show();
    }

    @Override
    public void step() {
        done.incrementAndGet();
        show();
    }

    @Override
    public synchronized void skipped(String source, String reason) {
        clear();
        skipped.incrementAndGet();
        err.println("triangulate: skipped " + source + ": " + reason);
    }

    /** Information, not a skip: it leaves the exit status alone. */
    @Override
    public synchronized void notice(String source, String message) {
        clear();
        err.println("triangulate: note: " + source + ": " + message);
    }

    int skippedCount() {
        return skipped.get();
    }

    synchronized void finish() {
        clear();
    }

    private synchronized void show() {
        if (live) {
            err.print("\r" + stage + " " + done.get() + (total > 0 ? "/" + total : "") + "   ");
            err.flush();
        }
    }

    private void clear() {
        if (live) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
