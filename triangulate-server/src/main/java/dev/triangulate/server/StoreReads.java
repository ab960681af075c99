package dev.triangulate.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The store's SELECT statements, each on a connection {@link Store} opens for it. Stateless. */
final class StoreReads {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private StoreReads() {
    }

    static List<StorySummary> stories(Connection c, StoryQuery q) throws SQLException {
        List<String> where = new ArrayList<>();
        List<String> args = new ArrayList<>();
        term(where, args, "entity", q.entity());
        term(where, args, "outlet", q.outlet());
        if (q.from() != null) {
            where.add("s.last_day >= ?");
            args.add(q.from().toString());
        }
        if (q.to() != null) {
            where.add("s.first_day <= ?");
            args.add(q.to().toString());
        }
        if (q.text() != null) {
            String match = ftsQuery(q.text());
            if (match.isEmpty()) {
                return List.of();
            }
            where.add("EXISTS (SELECT 1 FROM story_articles sa WHERE sa.story_id = s.id AND sa.article_id IN "
                    + "(SELECT id FROM articles_fts WHERE articles_fts MATCH ?))");
            args.add(match);
        }
        String sql = "SELECT s.id, s.title, s.first_day, s.last_day, s.articles, s.corroborated, s.single_source, s.conflicting,"
                + " (SELECT group_concat(term, char(10)) FROM (SELECT term FROM story_terms t WHERE t.story_id = s.id"
                + " AND t.kind = 'outlet' ORDER BY term)) AS outlets FROM stories s"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY s.last_day DESC NULLS LAST, s.updated DESC, s.id LIMIT " + q.limit();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                p.setString(i + 1, args.get(i));
            }
            List<StorySummary> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String outlets = r.getString(9);
                    out.add(new StorySummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5),
                            r.getInt(6), r.getInt(7), r.getInt(8), outlets == null ? List.of() : List.of(outlets.split("\n"))));
                }
            }
            return out;
        }
    }

    private static void term(List<String> where, List<String> args, String kind, String value) {
        if (value != null) {
            where.add("EXISTS (SELECT 1 FROM story_terms t WHERE t.story_id = s.id AND t.kind = '" + kind + "' AND t.term = ?)");
            args.add(value);
        }
    }

    /**
     * The user's words as an FTS5 query: each word quoted, so every word must occur and nothing the
     * user types is read as FTS5 syntax (a stray quote or {@code NEAR} cannot make the query fail).
     */
    static String ftsQuery(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && words.size() < 32) {
            words.add('"' + m.group() + '"');
        }
        return String.join(" ", words);
    }

    static Optional<String> briefing(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT briefing FROM stories WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    static Optional<ArticlePage> article(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id, title, outlet, url, published, text FROM articles WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ArticlePage(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), storiesOf(c, id), passages(c, id)));
            }
        }
    }

    private static List<String> storiesOf(Connection c, String article) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT story_id FROM story_articles WHERE article_id = ? ORDER BY story_id")) {
            p.setString(1, article);
            List<String> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        }
    }

    private static List<ArticlePage.Passage> passages(Connection c, String article) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT start, end, story_id, finding, verdict, statement FROM evidence"
                + " WHERE article_id = ? ORDER BY start, end, story_id, finding")) {
            p.setString(1, article);
            List<ArticlePage.Passage> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new ArticlePage.Passage(r.getInt(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)));
                }
            }
            return out;
        }
    }

    /** Every stored entity row added up across stories, in no particular order before the tally sorts them. */
    static List<EntitySummary> entities(Connection c) throws SQLException {
        EntityTally tally = new EntityTally();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT story_id, canonical, type, aliases, articles, mentions FROM story_entities ORDER BY story_id, rowid")) {
            while (r.next()) {
                tally.add(r.getString(1), new StoryRow.NamedEntity(r.getString(2), r.getString(3), strings(r, 4), strings(r, 5), r.getInt(6)));
            }
        }
        return tally.summaries();
    }

    private static List<String> strings(ResultSet r, int column) throws SQLException {
        try {
            return Store.JSON.readValue(r.getString(column), new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new Store.StoreException("corrupt entity row of story " + r.getString(1), e);
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
