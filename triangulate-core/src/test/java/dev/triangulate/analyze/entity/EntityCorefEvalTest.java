package dev.triangulate.analyze.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.eval.EcbPlusEntities;
import dev.triangulate.eval.EcbPlusEntities.Doc;
import dev.triangulate.eval.EntityCorefEvaluation;
import dev.triangulate.eval.EntityCorefEvaluation.Result;
import dev.triangulate.eval.EntityCorefEvaluation.SystemMention;
import dev.triangulate.eval.EntityCorefSystems;
import dev.triangulate.model.Coverage;
import dev.triangulate.pipeline.Triangulate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cross-document entity coreference on the ECB+ development topics (1-35), CoNLL F1 on the gold
 * entity mentions ({@link EntityCorefEvaluation} says how system mentions are matched to them), for
 * Triangulate's pipeline (analysis, then {@link EntityLinker} across the documents of each gold topic,
 * and within the stories our clusterer forms) and two same-surface baselines in the same run. Skipped
 * with a notice when the data is absent. Analysis takes about a minute on two shared cores.
 */
class EntityCorefEvalTest {

    /** Pinned a little below the measured figures; a drop below them is a regression. */
    private static final double NAMED_CONLL_FLOOR = 0.708;
    private static final double ALL_CONLL_FLOOR = 0.564;

    @Test
    void linksNamedEntitiesAcrossTheDocumentsOfEachTopic() throws Exception {
        List<Doc> docs = EcbPlusEntities.read(SharedData.folder("ecbplus-dev"));
        Triangulate pipeline = Triangulate.english();
        long t0 = System.nanoTime();
        List<Coverage> coverages = EntityCorefSystems.analyze(pipeline, docs);
        System.out.printf(Locale.ROOT, "ECB+ dev entity coreference: %d documents analysed in %d ms%n", docs.size(),
                (System.nanoTime() - t0) / 1_000_000);
        Result topic = report("Triangulate, linked per gold topic", docs, EntityCorefSystems.linkedByTopic(docs, coverages));
        printErrorsIfAsked(docs, EntityCorefSystems.linkedByTopic(docs, coverages));
        report("Triangulate, linked per predicted story", docs, EntityCorefSystems.linkedByStory(pipeline, coverages));
        report("our mentions, same lower-cased string per topic", docs, EntityCorefSystems.ourMentionsBySurface(docs, coverages));
        report("gold mentions, same lower-cased string per topic", docs, EntityCorefSystems.goldMentionsBySurface(docs));
        assertTrue(topic.named().conll() >= NAMED_CONLL_FLOOR, "named CoNLL F1 " + topic.named().conll());
        assertTrue(topic.all().conll() >= ALL_CONLL_FLOOR, "all CoNLL F1 " + topic.all().conll());
    }

    private static Result report(String name, List<Doc> docs, Map<String, List<SystemMention>> system) {
        Result r = EntityCorefEvaluation.score(docs, system);
        System.out.printf(Locale.ROOT, "%s%n  named mentions: %s%n    detection: %s%n  all entity mentions: %s%n    detection: %s%n",
                name, r.named(), r.namedDetection(), r.all(), r.allDetection());
        return r;
    }

    /** With -Dtriangulate.coref.errors=true, prints named gold entities we split and system entities that merge several. */
    private static void printErrorsIfAsked(List<Doc> docs, Map<String, List<SystemMention>> system) {
        if (!Boolean.getBoolean("triangulate.coref.errors")) {
            return;
        }
        Map<String, Map<String, java.util.Set<String>>> byGold = new java.util.TreeMap<>();
        Map<String, Map<String, java.util.Set<String>>> bySystem = new java.util.TreeMap<>();
        for (Doc d : docs) {
            for (var g : d.mentions()) {
                SystemMention s = g.named() ? EntityCorefEvaluation.match(g, system.getOrDefault(d.id(), List.of())) : null;
                if (s != null) {
                    String surface = d.text().substring(s.start(), s.end());
                    byGold.computeIfAbsent(g.cluster(), k -> new java.util.TreeMap<>()).computeIfAbsent(s.entity(), k -> new java.util.TreeSet<>()).add(surface);
                    bySystem.computeIfAbsent(s.entity(), k -> new java.util.TreeMap<>()).computeIfAbsent(g.cluster(), k -> new java.util.TreeSet<>()).add(g.text());
                }
            }
        }
        byGold.forEach((g, m) -> { if (m.size() > 1) System.out.println("SPLIT " + g + " " + m); });
        bySystem.forEach((s, m) -> { if (m.size() > 1) System.out.println("MERGED " + s + " " + m); });
    }
}
