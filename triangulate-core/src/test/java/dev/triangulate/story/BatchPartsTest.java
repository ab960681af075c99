package dev.triangulate.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.analyze.Analyzer;
import dev.triangulate.analyze.entity.MentionExtractor;
import dev.triangulate.analyze.quantity.QuantityExtractor;
import dev.triangulate.analyze.quote.QuoteExtractor;
import dev.triangulate.analyze.time.DateExtractor;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Story;
import dev.triangulate.text.RuleSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A batch split into the connected components of its link graph (articles whose vectors under the
 * batch's statistics reach the join threshold), each component clustered with the batch's statistics
 * in the batch's processing order, gives the batch's stories: what a keyed engine relies on.
 */
class BatchPartsTest {

    private static final OnlineClusterer CLUSTERER = OnlineClusterer.defaults();

    private static Coverage coverage(String id, String text, LocalDate published) {
        return new Coverage(TestDocs.doc(TestDocs.article(id, text, published)), List.of());
    }

    @Test
    void componentsClusteredWithTheBatchStatisticsGiveTheBatchStories() {
        List<Coverage> batch = List.of(
                coverage("chess-1", StoryFixtures.CHESS, null),
                coverage("ferry-2", StoryFixtures.FERRY_FOLLOW_UP, LocalDate.of(2021, 6, 7)),
                coverage("quake-a", StoryFixtures.QUAKE_2019, LocalDate.of(2019, 3, 5)),
                coverage("ferry-1", StoryFixtures.FERRY, LocalDate.of(2021, 6, 6)),
                coverage("chess-2", StoryFixtures.CHESS_FOLLOW_UP, null),
                coverage("quake-b", StoryFixtures.QUAKE_2020, LocalDate.of(2020, 4, 16)));

        Split split = Split.of(batch);

        assertTrue(split.components.size() >= 3, "the chess, ferry and quake reports share no link: " + split.components);
        assertEquals(describe(CLUSTERER.cluster(batch)), describe(split.stories()));
    }

    @Test
    void componentsReproduceTheBatchOnEcbPlus() throws IOException {
        Path root = EcbPlusCorpus.sharedData().resolve("ecbplus-dev");
        assumeTrue(Files.isDirectory(root), "ECB+ dev data not found under triangulate.shared.data; skipping");
        Analyzer analyzer = new Analyzer(RuleSegmenter.english(), MentionExtractor.english(),
                List.of(QuantityExtractor.english(), DateExtractor.english()), QuoteExtractor.english()::extract);
        List<Coverage> batch = EcbPlusCorpus.read(root, analyzer::analyze).coverages;

        Split split = Split.of(batch);
        Map<String, String> whole = membership(CLUSTERER.cluster(batch));
        Map<String, String> parts = membership(split.stories());

        System.out.printf(Locale.ROOT, "ECB+ dev: %d articles, %d link-graph components (largest %d), %d links;"
                        + " components vs batch B-cubed F1 %.4f%n", batch.size(), split.components.size(),
                split.components.stream().mapToInt(List::size).max().orElse(0), split.links,
                BCubed.score(parts, whole).f1());
        assertEquals(1.0, BCubed.score(parts, whole).f1(), 1e-9);
    }

    private static Map<String, String> membership(List<Story> stories) {
        Map<String, String> out = new HashMap<>();
        stories.forEach(s -> s.members().forEach(c -> out.put(c.id(), s.members().getFirst().id())));
        return out;
    }

    private static List<String> describe(List<Story> stories) {
        return stories.stream().map(s -> s.title() + " " + s.keywords() + " "
                + s.members().stream().map(Coverage::id).toList() + " " + s.copyOf()).sorted().toList();
    }

    /** The batch as a keyed engine sees it: statistics, processing order, link-graph components. */
    private record Split(List<List<Coverage>> components, BatchStatistics stats, int links) {

        static Split of(List<Coverage> batch) {
            List<Integer> positions = OnlineClusterer.processingPositions(
                    batch.stream().map(c -> c.article().published().date()).toList());
            List<Coverage> ordered = positions.stream().map(batch::get).toList();
            BatchStatistics stats = statistics(ordered);
            List<Map<String, Double>> vectors = ordered.stream().map(c -> CLUSTERER.vector(c, stats)).toList();
            int[] parent = new int[ordered.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            int links = 0;
            for (int i = 0; i < ordered.size(); i++) {
                for (int j = i + 1; j < ordered.size(); j++) {
                    if (dot(vectors.get(i), vectors.get(j)) >= CLUSTERER.settings().joinThreshold() - 1e-9) {
                        parent[find(parent, i)] = find(parent, j);
                        links++;
                    }
                }
            }
            Map<Integer, List<Coverage>> parts = new TreeMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                parts.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(ordered.get(i));
            }
            return new Split(List.copyOf(parts.values()), stats, links);
        }

        List<Story> stories() {
            List<Story> out = new ArrayList<>();
            components.forEach(part -> out.addAll(CLUSTERER.cluster(part, stats)));
            return out;
        }

        private static BatchStatistics statistics(List<Coverage> ordered) {
            Map<String, BatchStatistics.Feature> features = new HashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                int position = 0;
                for (Map.Entry<String, String> f : CLUSTERER.features(ordered.get(i)).entrySet()) {
                    long first = BatchStatistics.Feature.firstSeen(i, position++);
                    features.merge(f.getKey(), new BatchStatistics.Feature(1, first, f.getValue()),
                            (a, b) -> new BatchStatistics.Feature(a.documents() + 1, a.firstSeen(), a.surface()));
                }
            }
            return new BatchStatistics(ordered.size(), features);
        }

        private static double dot(Map<String, Double> a, Map<String, Double> b) {
            double s = 0;
            for (Map.Entry<String, Double> e : a.entrySet()) {
                s += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
            }
            return s;
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }
    }
}
