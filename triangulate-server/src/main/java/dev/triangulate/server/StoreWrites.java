package dev.triangulate.server;

import dev.triangulate.model.Article;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The store's INSERT and DELETE statements, run inside {@link Store#commit}'s transaction. Stateless. */
final class StoreWrites {

    private StoreWrites() {
    }

    static void articles(Connection c, java.util.List<Store.NewArticle> articles) throws SQLException {
        try (PreparedStatement a = c.prepareStatement("""
                INSERT INTO articles(id, source, title, outlet, url, authors, published, inferred, basis, language, text, digest, facts, added, analysis)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement f = c.prepareStatement("INSERT INTO articles_fts(id, title, text) VALUES (?, ?, ?)")) {
            for (Store.NewArticle n : articles) {
                Article x = n.article();
                a.setString(1, x.id());
                a.setString(2, x.source());
                a.setString(3, x.title());
                a.setString(4, x.outlet());
                a.setString(5, x.url());
                a.setString(6, Store.json(x.authors()));
                a.setString(7, x.published().known() ? x.published().date().toString() : null);
                a.setBoolean(8, x.published().inferred());
                a.setString(9, x.published().basis());
                a.setString(10, x.language());
                a.setString(11, x.text());
                a.setString(12, Store.digest(x.text()));
                a.setString(13, n.facts());
                a.setString(14, Store.now().toString());
                a.setString(15, n.analysis());
                a.executeUpdate();
                f.setString(1, x.id());
                f.setString(2, x.title());
                f.setString(3, x.text());
                f.executeUpdate();
            }
        }
    }

    static void analyses(Connection c, java.util.Map<String, String> analyses) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE articles SET analysis = ? WHERE id = ?")) {
            for (var e : analyses.entrySet()) {
                p.setString(1, e.getValue());
                p.setString(2, e.getKey());
                p.executeUpdate();
            }
        }
    }

    static void removeStory(Connection c, String id) throws SQLException {
        for (String table : new String[] {"stories WHERE id", "story_articles WHERE story_id", "story_terms WHERE story_id",
                "evidence WHERE story_id"}) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " = ?")) {
                p.setString(1, id);
                p.executeUpdate();
            }
        }
    }

    static void story(Connection c, StoryRow row, long generation) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO stories(id, title, first_day, last_day, articles, corroborated, single_source, conflicting,
                                    membership, briefing, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            p.setString(1, row.id());
            p.setString(2, row.title());
            p.setString(3, row.firstDay() == null ? null : row.firstDay().toString());
            p.setString(4, row.lastDay() == null ? null : row.lastDay().toString());
            p.setInt(5, row.members().size());
            p.setInt(6, row.counts().corroborated());
            p.setInt(7, row.counts().singleSource());
            p.setInt(8, row.counts().conflicting());
            p.setString(9, row.membership());
            p.setString(10, row.briefing());
            p.setLong(11, generation);
            p.executeUpdate();
        }
        members(c, row);
        terms(c, row);
        evidence(c, row);
    }

    private static void members(Connection c, StoryRow row) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO story_articles(story_id, article_id) VALUES (?, ?)")) {
            for (String member : row.members()) {
                p.setString(1, row.id());
                p.setString(2, member);
                p.executeUpdate();
            }
        }
    }

    private static void terms(Connection c, StoryRow row) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO story_terms(story_id, kind, term) VALUES (?, ?, ?)")) {
            for (String e : row.entities()) {
                term(p, row.id(), "entity", e);
            }
            for (String o : row.outlets()) {
                term(p, row.id(), "outlet", o);
            }
        }
    }

    private static void term(PreparedStatement p, String story, String kind, String term) throws SQLException {
        p.setString(1, story);
        p.setString(2, kind);
        p.setString(3, term);
        p.executeUpdate();
    }

    private static void evidence(Connection c, StoryRow row) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO evidence(article_id, story_id, finding, verdict, statement, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (StoryRow.CitedSpan e : row.evidence()) {
                p.setString(1, e.article());
                p.setString(2, row.id());
                p.setString(3, e.finding());
                p.setString(4, e.verdict());
                p.setString(5, e.statement());
                p.setInt(6, e.start());
                p.setInt(7, e.end());
                p.executeUpdate();
            }
        }
    }
}
