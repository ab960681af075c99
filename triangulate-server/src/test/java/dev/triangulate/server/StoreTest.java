package dev.triangulate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.pipeline.Triangulate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path dir;

    @Test
    void migratesAFreshStoreToTheLatestSchema() throws Exception {
        try (Store store = Store.open(dir)) {
            assertEquals(Schema.LATEST, store.schemaVersion());
            assertEquals(0, store.counts()[0]);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("triangulate.db"));
             Statement s = c.createStatement()) {
            assertEquals("wal", s.executeQuery("PRAGMA journal_mode").getString(1));
            assertEquals(Schema.LATEST, s.executeQuery("SELECT MAX(version) FROM schema_version").getInt(1));
        }
    }

    @Test
    void refusesAStoreFromANewerVersion() throws Exception {
        try (Store store = Store.open(dir)) {
            assertEquals(Schema.LATEST, store.schemaVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("triangulate.db"));
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version(version, applied) VALUES (" + (Schema.LATEST + 1) + ", 'test')");
        }
        var e = assertThrows(IllegalStateException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains("newer Triangulate"), e.getMessage());
    }

    @Test
    void reopeningKeepsArticlesStoriesAndBriefings() throws Exception {
        List<StorySummary> before;
        String briefing;
        try (Store store = Store.open(dir)) {
            Corpus corpus = Corpus.open(store, Triangulate.english(), dir.resolve("uploads"));
            IngestReport r = corpus.ingest(List.of(Examples.WILDFIRE));
            assertEquals(5, r.added().size(), r.toString());
            before = store.stories(StoryQuery.all());
            briefing = store.briefing(before.getFirst().id()).orElseThrow();
        }
        try (Store store = Store.open(dir)) {
            assertEquals(before, store.stories(StoryQuery.all()));
            assertEquals(briefing, store.briefing(before.getFirst().id()).orElseThrow());
            assertEquals(5, store.articles().size());
            Corpus corpus = Corpus.open(store, Triangulate.english(), dir.resolve("uploads"));
            IngestReport again = corpus.ingest(List.of(Examples.WILDFIRE));
            assertEquals(List.of(), again.added(), "the same texts are stored once");
            assertEquals(List.of(), again.reconciled(), "unchanged stories keep their stored briefings");
            assertEquals(before.size(), again.unchanged());
        }
    }

    @Test
    void reconcilesOnlyTheStoriesANewReportTouches() throws Exception {
        try (Store store = Store.open(dir)) {
            Corpus corpus = Corpus.open(store, Triangulate.english(), dir.resolve("uploads"));
            corpus.ingest(List.of(Examples.WILDFIRE));
            int stories = store.stories(StoryQuery.all()).size();
            Path ferry = Files.writeString(dir.resolve("ferry.txt"), Examples.FERRY);
            IngestReport r = corpus.ingest(List.of(ferry));
            assertEquals(List.of("ferry"), r.added());
            assertEquals(1, r.reconciled().size(), r.toString());
            assertEquals(stories, r.unchanged(), r.toString());
            assertEquals(stories + 1, store.stories(StoryQuery.all()).size());
        }
    }

    @Test
    void servesReadsWhileAnIngestIsWritten() throws Exception {
        try (Store store = Store.open(dir)) {
            Corpus corpus = Corpus.open(store, Triangulate.english(), dir.resolve("uploads"));
            List<Path> files = Examples.wildfireFiles();
            corpus.ingest(files.subList(0, 2));
            int first = store.stories(StoryQuery.all()).size();
            AtomicInteger readsDuringIngest = new AtomicInteger();
            CompletableFuture<IngestReport> ingest = CompletableFuture.supplyAsync(() -> corpus.ingest(files.subList(2, files.size())));
            while (!ingest.isDone()) {
                boolean busy = corpus.busy();
                List<StorySummary> seen = store.stories(StoryQuery.all());
                assertFalse(seen.isEmpty(), "a reader always sees a committed state");
                assertTrue(seen.size() >= first);
                if (busy) {
                    readsDuringIngest.incrementAndGet();
                }
            }
            assertEquals(3, ingest.join().added().size());
            assertTrue(readsDuringIngest.get() > 0, "no read overlapped the ingest");
        }
    }

    @Test
    void searchNeverFailsOnArbitraryInput() throws Exception {
        try (Store store = Store.open(dir)) {
            Corpus.open(store, Triangulate.english(), dir.resolve("uploads")).ingest(List.of(Examples.WILDFIRE));
            java.util.Random random = new java.util.Random(7);
            String alphabet = "ab fire\"'*^():-+NEARORAND{}[]\\%_\u00e9\u4e2d\ud83d\ude00\u0000;";
            for (int i = 0; i < 2000; i++) {
                StringBuilder q = new StringBuilder();
                for (int n = random.nextInt(30); n > 0; n--) {
                    q.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String text = q.toString();
                List<StorySummary> found = store.stories(new StoryQuery(text, text, null, null, text, 5));
                assertEquals(found, store.stories(new StoryQuery(text, text, null, null, text, 5)), "deterministic: " + text);
            }
        }
    }

    @Test
    void searchesTextAndFiltersByOutletAndDay() throws Exception {
        try (Store store = Store.open(dir)) {
            Corpus.open(store, Triangulate.english(), dir.resolve("uploads")).ingest(List.of(Examples.WILDFIRE));
            List<StorySummary> fire = store.stories(new StoryQuery(null, null, null, null, "hectares \"forest", 10));
            assertEquals(1, fire.size(), fire.toString());
            assertTrue(fire.getFirst().outlets().contains("Coast Wire"), fire.toString());
            assertEquals(fire, store.stories(new StoryQuery(null, "coast wire", null, null, null, 10)));
            assertEquals(List.of(), store.stories(new StoryQuery(null, null, null, null, "\"", 10)));
            assertEquals(List.of(), store.stories(new StoryQuery(null, null, java.time.LocalDate.of(2030, 1, 1), null, null, 10)));
        }
    }

    @Test
    void restartLoadsTheStoredAnalysesInsteadOfAnalysingAgain() throws Exception {
        List<dev.triangulate.model.Coverage> first;
        try (Store store = Store.open(dir)) {
            Corpus corpus = Corpus.open(store, Triangulate.english(), dir.resolve("uploads"));
            corpus.ingest(List.of(Examples.WILDFIRE));
            first = corpus.coverages();
        }
        try (Store store = Store.open(dir)) {
            Corpus corpus = Corpus.open(store, Triangulate.english(), dir.resolve("uploads"));
            assertEquals(new Corpus.Opening(5, 0, 0), corpus.opening());
            assertEquals(first, corpus.coverages());
        }
    }

    @Test
    void analysesOnceTheArticlesStoredWithoutAnAnalysis() throws Exception {
        try (Store store = Store.open(dir)) {
            Corpus.open(store, Triangulate.english(), dir.resolve("uploads")).ingest(List.of(Examples.WILDFIRE));
        }
        sql("UPDATE articles SET analysis = NULL WHERE seq % 2 = 1");
        try (Store store = Store.open(dir)) {
            assertEquals(new Corpus.Opening(2, 3, 0), Corpus.open(store, Triangulate.english(), dir.resolve("uploads")).opening());
        }
        try (Store store = Store.open(dir)) {
            assertEquals(new Corpus.Opening(5, 0, 0), Corpus.open(store, Triangulate.english(), dir.resolve("uploads")).opening());
        }
    }

    @Test
    void startReconcilesAgainTheStoriesAnInterruptedWriteLeftBehind() throws Exception {
        List<StorySummary> before;
        try (Store store = Store.open(dir)) {
            Corpus.open(store, Triangulate.english(), dir.resolve("uploads")).ingest(List.of(Examples.WILDFIRE));
            before = store.stories(StoryQuery.all());
        }
        String lost = before.getFirst().id();
        sql("DELETE FROM story_articles WHERE story_id = '" + lost + "'");
        sql("DELETE FROM stories WHERE id = '" + lost + "'");
        sql("UPDATE stories SET membership = 'stale' WHERE id = '" + before.getLast().id() + "'");
        assertFalse(StoreConsistency.problems(dir).isEmpty(), "the damage is visible");
        try (Store store = Store.open(dir)) {
            Corpus corpus = Corpus.open(store, Triangulate.english(), dir.resolve("uploads"));
            assertEquals(before.size() == 1 ? 1 : 2, corpus.opening().repaired(), corpus.opening().toString());
            assertEquals(before, store.stories(StoryQuery.all()));
        }
        assertEquals(List.of(), StoreConsistency.problems(dir));
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("triangulate.db"));
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
