package dev.triangulate.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's schema, versioned: version N is the class-path script {@code schema/N.sql}, applied in one
 * transaction that also records N in {@code schema_version}. {@link #migrate} brings any older store up
 * to {@link #LATEST}; a store newer than this code is refused rather than guessed at. Stateless.
 */
final class Schema {

    /** The version this code writes; add {@code schema/(LATEST+1).sql} and raise it to migrate. */
    static final int LATEST = 2;

    private Schema() {
    }

    /** Applies the missing versions and returns the version the store is now at. */
    static int migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)");
        }
        int current = version(c);
        if (current > LATEST) {
            throw new IllegalStateException("the store has schema version " + current
                    + " but this Triangulate knows only up to " + LATEST + ": use a newer Triangulate");
        }
        for (int v = current + 1; v <= LATEST; v++) {
            apply(c, v);
        }
        return version(c);
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static void apply(Connection c, int version) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : statements(script(version))) {
                s.execute(sql);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version(version, applied) VALUES (?, datetime('now'))")) {
                p.setInt(1, version);
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static String script(int version) {
        String name = "schema/" + version + ".sql";
        try (InputStream in = Schema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The script's statements: comments dropped, split at semicolons (the scripts have no triggers). */
    static String[] statements(String script) {
        String code = script.replaceAll("(?m)--.*$", "");
        return java.util.Arrays.stream(code.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toArray(String[]::new);
    }
}
