package dev.triangulate.reconcile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Story;
import dev.triangulate.model.Verdict;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation against our own gold set on six ECB+ development stories ({@code gold/*.tsv}).
 *
 * <p>Each story's documents run through the real pipeline ({@link Triangulate#english()}: analysis with
 * publication dates inferred from the text, as the CLI does without {@code --published}; ECB+ gives no
 * dates, so most stay unknown), are reconciled as one story (the gold story, not the clusterer's), and
 * each finding is matched to the gold items ({@link GoldMatch}). Per verdict: recall = gold items found
 * with that verdict; precision = findings with that verdict that match a gold item of that verdict, over
 * the findings with that verdict that relate to some gold item (pooled judging: a finding about nothing we
 * annotated is counted as unjudged, not as wrong) — except conflicts, where every conflict is judged and
 * one matching no gold conflict is a false conflict. Skipped with a notice when the data is absent.
 */
class ReconcileGoldTest {

    /** Pinned a little below the measured figures; a drop below them is a regression. */
    private static final Map<String, double[]> FLOORS = Map.of(
            "corroborated", new double[] {0.95, 0.72},
            "single-source", new double[] {0.70, 0.75},
            "conflicting", new double[] {0.95, 0.74});
    /** The aim on held-out stories is none. */
    private static final int MAX_FALSE_CONFLICTS = 0;

    private static final List<String> VERDICTS = List.of("corroborated", "single-source", "conflicting");
    private static final Map<String, List<Finding>> FINDINGS = new LinkedHashMap<>();
    private static final Map<String, GoldStory> GOLD = new LinkedHashMap<>();

    @BeforeAll
    static void run() throws IOException {
        if (!available()) {
            System.out.println("ReconcileGoldTest skipped: no ECB+ data at " + EcbPlusDocuments.root().toAbsolutePath());
            return;
        }
        Triangulate pipeline = Triangulate.english();
        for (var e : stories().entrySet()) {
            GOLD.put(e.getKey(), GoldStory.load(e.getKey()));
            FINDINGS.put(e.getKey(), pipeline.reconcile(List.of(e.getValue()), Progress.SILENT).get(0).findings());
        }
    }

    /** Whether the ECB+ documents the gold set rests on are there. */
    static boolean available() {
        return Files.isDirectory(EcbPlusDocuments.root());
    }

    /** Each gold story's documents analysed by the English pipeline, as one story, by gold file name. */
    static Map<String, Story> stories() throws IOException {
        Triangulate pipeline = Triangulate.english();
        Map<String, Story> out = new LinkedHashMap<>();
        for (String name : GoldStory.FILES) {
            List<Article> articles = new ArrayList<>();
            for (String id : GoldStory.load(name).docs()) {
                articles.add(EcbPlusDocuments.article(EcbPlusDocuments.root(), id));
            }
            List<Coverage> coverages = pipeline.analyze(articles, Progress.SILENT);
            out.put(name, new Story(name, name, List.of(), coverages, Map.of()));
        }
        return out;
    }

    /** Per verdict precision and recall, and the false conflicts, of one reconciler over the gold stories. */
    record Scores(double[] precision, double[] recall, int falseConflicts, String table) {
    }

    /** Scores a reconciler's findings on the gold stories (as {@link #stories()} gives them). */
    static Scores score(Map<String, Story> stories, Reconciler reconciler) throws IOException {
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        Map<String, GoldStory> gold = new LinkedHashMap<>();
        for (var e : stories.entrySet()) {
            gold.put(e.getKey(), GoldStory.load(e.getKey()));
            findings.put(e.getKey(), reconciler.reconcile(e.getValue()).findings());
        }
        return score(gold, findings);
    }

    private record Tally(int[] found, int[] expected, int[] correct, int[] judged, int[] unjudged) {
        Tally() {
            this(new int[3], new int[3], new int[3], new int[3], new int[3]);
        }

        void add(Tally t) {
            for (int i = 0; i < 3; i++) {
                found[i] += t.found[i];
                expected[i] += t.expected[i];
                correct[i] += t.correct[i];
                judged[i] += t.judged[i];
                unjudged[i] += t.unjudged[i];
            }
        }
    }

    @Test
    void verdictsMatchOurGoldAnnotations() {
        assumeTrue(!FINDINGS.isEmpty(), "ECB+ dev data not found under triangulate.shared.data; skipping evaluation");
        Scores scores = score(GOLD, FINDINGS);
        System.out.println("Reconciliation gold set (ECB+ dev, our annotations): per verdict P / R (found/gold)");
        System.out.print(scores.table());
        for (int v = 0; v < 3; v++) {
            double[] floor = FLOORS.get(VERDICTS.get(v));
            assertTrue(scores.precision()[v] >= floor[0], VERDICTS.get(v) + " precision " + scores.precision()[v]);
            assertTrue(scores.recall()[v] >= floor[1], VERDICTS.get(v) + " recall " + scores.recall()[v]);
        }
        assertTrue(scores.falseConflicts() <= MAX_FALSE_CONFLICTS, "false conflicts: " + scores.falseConflicts());
    }

    private static Scores score(Map<String, GoldStory> gold, Map<String, List<Finding>> findings) {
        Tally total = new Tally();
        int falseConflicts = 0;
        StringBuilder table = new StringBuilder();
        for (var e : findings.entrySet()) {
            Tally t = score(gold.get(e.getKey()), e.getValue());
            falseConflicts += t.judged[2] - t.correct[2];
            total.add(t);
            table.append("  ").append(row(e.getKey(), t)).append('\n');
        }
        table.append("  ").append(row("ALL", total))
                .append(String.format(Locale.ROOT, "  false conflicts %d", falseConflicts)).append('\n');
        double[] p = new double[3];
        double[] r = new double[3];
        for (int v = 0; v < 3; v++) {
            p[v] = precision(total, v);
            r[v] = recall(total, v);
        }
        return new Scores(p, r, falseConflicts, table.toString());
    }

    private static Tally score(GoldStory gold, List<Finding> findings) {
        Tally t = new Tally();
        for (GoldStory.Item item : gold.items()) {
            int v = VERDICTS.indexOf(item.verdict());
            if (v >= 0) {
                t.expected[v]++;
                boolean hit = findings.stream().anyMatch(f -> GoldMatch.matches(f, item));
                t.found[v] += hit ? 1 : 0;
                if (!hit && Boolean.getBoolean("triangulate.gold.verbose")) {
                    System.out.println("    missed " + gold.name() + ": " + item);
                }
            }
        }
        for (Finding f : findings) {
            int v = VERDICTS.indexOf(f.verdict().label());
            boolean correct = gold.items().stream().anyMatch(i -> GoldMatch.matches(f, i));
            boolean related = f.verdict() instanceof Verdict.Conflicting
                    || gold.items().stream().anyMatch(i -> GoldMatch.related(f, i));
            t.correct[v] += correct ? 1 : 0;
            t.judged[v] += related ? 1 : 0;
            t.unjudged[v] += related ? 0 : 1;
            if (Boolean.getBoolean("triangulate.gold.verbose") && (!correct || !related)) {
                System.out.println("    " + (related ? "wrong " : "unjudged ") + gold.name() + ": " + describe(f));
            }
        }
        return t;
    }

    private static String describe(Finding f) {
        return f.verdict().label() + " " + GoldMatch.kind(f) + " " + GoldMatch.values(f) + " " + f.articles()
                + " — " + f.statement().replace('\n', ' ');
    }

    private static String row(String name, Tally t) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-26s", name));
        for (int v = 0; v < 3; v++) {
            sb.append(String.format(Locale.ROOT, " | %s P %.2f R %.2f (%d/%d, unjudged %d)", VERDICTS.get(v),
                    precision(t, v), recall(t, v), t.found[v], t.expected[v], t.unjudged[v]));
        }
        return sb.toString();
    }

    private static double precision(Tally t, int v) {
        return t.judged[v] == 0 ? 1 : t.correct[v] / (double) t.judged[v];
    }

    private static double recall(Tally t, int v) {
        return t.expected[v] == 0 ? 1 : t.found[v] / (double) t.expected[v];
    }
}
