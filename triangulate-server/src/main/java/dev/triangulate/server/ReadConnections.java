package dev.triangulate.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.sqlite.SQLiteConfig;

/**
 * The store's read-only connections: each read runs on a connection of its own, taken from the idle
 * ones or opened (opening a SQLite connection costs more than most reads), and given back afterwards,
 * up to {@link #MAX_IDLE} kept. In autocommit mode each statement sees the latest commit, so a kept
 * connection never serves an old snapshot. A connection that failed is closed, not kept. Thread-safe.
 */
final class ReadConnections implements AutoCloseable {

    /** Read-only connections kept open between reads. */
    static final int MAX_IDLE = 16;

    private final String url;
    private final int busyTimeoutMs;
    private final Queue<Connection> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private volatile boolean closed;

    ReadConnections(String url, int busyTimeoutMs) {
        this.url = url;
        this.busyTimeoutMs = busyTimeoutMs;
    }

    @FunctionalInterface
    interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T read(Query<T> query) {
        Connection c = idle.poll();
        try {
            if (c == null) {
                c = open();
            } else {
                idleCount.decrementAndGet();
            }
            T result = query.run(c);
            release(c);
            return result;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new Store.StoreException("cannot read the store: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private Connection open() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(busyTimeoutMs);
        return DriverManager.getConnection(url, config.toProperties());
    }

    private void release(Connection c) {
        if (closed || idleCount.incrementAndGet() > MAX_IDLE) {
            idleCount.decrementAndGet();
            closeQuietly(c);
        } else {
            idle.add(c);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // Already broken: nothing more to release.
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Connection c = idle.poll(); c != null; c = idle.poll()) {
            closeQuietly(c);
        }
    }
}
