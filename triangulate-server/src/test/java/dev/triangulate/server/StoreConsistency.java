package dev.triangulate.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Checks a store file the way a crash test needs: SQLite's own integrity check, then the invariants between tables. */
final class StoreConsistency {

    /** Each query counts the rows that break one invariant; its label says which. */
    private static final String[][] INVARIANTS = {
        {"articles in no story or in several", "SELECT COUNT(*) FROM articles a WHERE (SELECT COUNT(*) FROM story_articles sa WHERE sa.article_id = a.id) <> 1"},
        {"story members that are not stored articles", "SELECT COUNT(*) FROM story_articles sa WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = sa.article_id)"},
        {"member rows of stories that do not exist", "SELECT COUNT(*) FROM story_articles sa WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = sa.story_id)"},
        {"stories whose article count is not their member rows", "SELECT COUNT(*) FROM stories s WHERE s.articles <> (SELECT COUNT(*) FROM story_articles sa WHERE sa.story_id = s.id)"},
        {"articles without a full-text row, or the reverse", "SELECT (SELECT COUNT(*) FROM articles) - (SELECT COUNT(*) FROM articles_fts)"},
        {"evidence of stories that do not exist", "SELECT COUNT(*) FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = e.story_id)"},
        {"articles stored without their analysis", "SELECT COUNT(*) FROM articles WHERE analysis IS NULL"},
        {"texts stored more than once", "SELECT COUNT(*) - COUNT(DISTINCT text) FROM articles"},
    };

    private StoreConsistency() {
    }

    /** What is wrong with the store in {@code dir}: empty when it is consistent. */
    static List<String> problems(Path dir) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("triangulate.db"));
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                while (r.next()) {
                    if (!"ok".equals(r.getString(1))) {
                        out.add("integrity_check: " + r.getString(1));
                    }
                }
            }
            for (String[] invariant : INVARIANTS) {
                try (ResultSet r = s.executeQuery(invariant[1])) {
                    long n = r.next() ? r.getLong(1) : 0;
                    if (n != 0) {
                        out.add(n + " " + invariant[0]);
                    }
                }
            }
        }
        return out;
    }
}
