package dev.triangulate.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.model.Article;
import dev.triangulate.model.Published;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The embedded store: one SQLite database ({@code triangulate.db} in the data folder) in WAL mode,
 * holding articles as read, their facts, and every story with its briefing. The schema is versioned and
 * migrated when the store opens ({@link Schema}).
 *
 * <p>Writes go through one connection, one transaction per {@link #commit}, so a reader sees a whole
 * ingest or none of it. Reads open their own read-only connection, so they run while an ingest is
 * being written ({@link ReadConnections}). Thread-safe.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("triangulate-data"))) {
 *     List<StorySummary> newest = store.stories(StoryQuery.all());
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Connection writer;
    private final ReentrantLock writing = new ReentrantLock();
    private final int schemaVersion;
    private final ReadConnections readers;

    private Store(String url, Connection writer, int schemaVersion) {
        this.readers = new ReadConnections(url, BUSY_TIMEOUT_MS);
        this.writer = writer;
        this.schemaVersion = schemaVersion;
    }

    /** Opens (creating when needed) the store in {@code dir} and migrates its schema. */
    public static Store open(Path dir) throws IOException {
        Files.createDirectories(dir);
        String url = "jdbc:sqlite:" + dir.toAbsolutePath().resolve("triangulate.db");
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL: a committed ingest survives a power cut, not just a crash of the process.
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            Connection writer = DriverManager.getConnection(url, config.toProperties());
            return new Store(url, writer, Schema.migrate(writer));
        } catch (SQLException e) {
            throw new IOException("cannot open the store in " + dir + ": " + e.getMessage(), e);
        }
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** What one ingest changes, written atomically. */
    record Changes(List<NewArticle> articles, List<StoryRow> stories, Set<String> removedStories, long generation) {
        Changes {
            articles = List.copyOf(articles);
            stories = List.copyOf(stories);
            removedStories = Set.copyOf(removedStories);
        }
    }

    /** An article to add, with its facts as JSON (the API's shape) and its whole analysis ({@link AnalysisCodec}). */
    record NewArticle(Article article, String facts, String analysis) {
    }

    /** A stored article with its stored analysis, {@code null} when it has none. */
    record StoredArticle(Article article, String analysis) {
    }

    void commit(Changes changes) {
        inTransaction(c -> {
            StoreWrites.articles(c, changes.articles());
            for (String id : changes.removedStories()) {
                StoreWrites.removeStory(c, id);
            }
            for (StoryRow row : changes.stories()) {
                StoreWrites.removeStory(c, row.id());
                StoreWrites.story(c, row, changes.generation());
            }
        });
    }

    /** Runs {@code writes} on the writer in one transaction: all of it is stored, or none. */
    private void inTransaction(Writes writes) {
        writing.lock();
        try {
            writer.setAutoCommit(false);
            try {
                writes.run(writer);
                writer.commit();
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write to the store: " + e.getMessage(), e);
        } finally {
            writing.unlock();
        }
    }

    /** Every stored article as it was read, in the order it was added. */
    public List<Article> articles() {
        return storedArticles().stream().map(StoredArticle::article).toList();
    }

    /** Every stored article with its analysis, in the order it was added. */
    List<StoredArticle> storedArticles() {
        return read(c -> {
            List<StoredArticle> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, source, title, outlet, url, authors,"
                    + " published, inferred, basis, language, text, analysis FROM articles ORDER BY seq")) {
                while (r.next()) {
                    out.add(new StoredArticle(article(r), r.getString("analysis")));
                }
            }
            return out;
        });
    }

    /** Replaces the stored analysis of articles (article id to {@link AnalysisCodec} JSON), in one transaction. */
    void saveAnalyses(Map<String, String> analyses) {
        inTransaction(c -> StoreWrites.analyses(c, analyses));
    }

    /** Whether an article with this URL is stored (feed items are ingested once). */
    boolean hasUrl(String url) {
        return read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM articles WHERE url = ? LIMIT 1")) {
                p.setString(1, url);
                try (ResultSet r = p.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    /** Digests of the stored texts, to article id: the same text is stored once. */
    Map<String, String> digests() {
        return read(c -> {
            Map<String, String> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT digest, id FROM articles")) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
            return out;
        });
    }

    /** Stored story id to its membership line ({@link StoryRow#membership()}). */
    Map<String, String> memberships() {
        return read(c -> {
            Map<String, String> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, membership FROM stories")) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
            return out;
        });
    }

    /** The stories matching the query, newest first (latest publication day, then latest written). */
    public List<StorySummary> stories(StoryQuery query) {
        return read(c -> StoreReads.stories(c, query));
    }

    /** The briefing JSON of a story. */
    public Optional<String> briefing(String storyId) {
        return read(c -> StoreReads.briefing(c, storyId));
    }

    /** An article with the passages the briefings cite in it. */
    public Optional<ArticlePage> article(String articleId) {
        return read(c -> StoreReads.article(c, articleId));
    }

    /** Rows in {@code articles} and {@code stories}. */
    public long[] counts() {
        return read(c -> new long[] {StoreReads.count(c, "articles"), StoreReads.count(c, "stories")});
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article article(ResultSet r) throws SQLException {
        String day = r.getString("published");
        Published published = day == null ? new Published(null, false, r.getString("basis"))
                : new Published(LocalDate.parse(day), r.getBoolean("inferred"), r.getString("basis"));
        List<String> authors;
        try {
            authors = JSON.readValue(r.getString("authors"), new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt authors of article " + r.getString("id"), e);
        }
        return new Article(r.getString("id"), r.getString("source"), r.getString("title"), r.getString("outlet"),
                r.getString("url"), authors, published, r.getString("language"), r.getString("text"));
    }

    private <T> T read(ReadConnections.Query<T> query) {
        return readers.read(query);
    }

    @FunctionalInterface
    private interface Writes {
        void run(Connection c) throws SQLException;
    }

    @Override
    public void close() {
        readers.close();
        writing.lock();
        try {
            writer.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store: " + e.getMessage(), e);
        } finally {
            writing.unlock();
        }
    }

    static Instant now() {
        return Instant.now();
    }

    /** The store failed (disk full, corrupt file): a server error, not the client's. */
    public static final class StoreException extends RuntimeException {
        StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
