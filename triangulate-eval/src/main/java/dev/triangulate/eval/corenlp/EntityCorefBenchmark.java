package dev.triangulate.eval.corenlp;

import dev.triangulate.eval.EcbPlusEntities;
import dev.triangulate.eval.EcbPlusEntities.Doc;
import dev.triangulate.eval.EntityCorefEvaluation;
import dev.triangulate.eval.EntityCorefEvaluation.Result;
import dev.triangulate.eval.EntityCorefEvaluation.SystemMention;
import dev.triangulate.eval.EntityCorefSystems;
import dev.triangulate.eval.MeantimeCorpus.NamedSpan;
import dev.triangulate.model.Coverage;
import dev.triangulate.pipeline.Triangulate;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cross-document entity coreference on the ECB+ development topics, Triangulate and CoreNLP in one
 * run, scored by {@link EntityCorefEvaluation} on the gold entity mentions. Triangulate: the pipeline's
 * analysis, then its entity linker across the documents of each gold topic and within each predicted
 * story. CoreNLP has no cross-document coreference: its named entity mentions
 * ({@code tokenize,ssplit,pos,lemma,ner}, person, organisation, place and misc labels) are clustered by
 * their lower-cased string within a topic, the same-surface baseline; our mentions and the gold
 * mentions clustered the same way are printed beside it.
 *
 * <p>Usage: {@code EntityCorefBenchmark <shared-data-dir> [triangulate|corenlp|both]}.
 */
public final class EntityCorefBenchmark {

    private EntityCorefBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        String which = args.length > 1 ? args[1] : "both";
        List<Doc> docs = EcbPlusEntities.read(data.resolve("ecbplus-dev"));
        System.out.printf(Locale.ROOT, "ECB+ dev: %d documents, %d gold entity mentions (%d spelled as names)%n",
                docs.size(), docs.stream().mapToLong(d -> d.mentions().size()).sum(),
                docs.stream().flatMap(d -> d.mentions().stream()).filter(EcbPlusEntities.GoldMention::named).count());
        report("gold mentions, same lower-cased string per topic", docs, EntityCorefSystems.goldMentionsBySurface(docs));
        if (!which.equals("corenlp")) {
            Triangulate pipeline = Triangulate.english();
            long t0 = System.nanoTime();
            List<Coverage> coverages = EntityCorefSystems.analyze(pipeline, docs);
            System.out.printf(Locale.ROOT, "Triangulate analysis: %.1f s wall%n", (System.nanoTime() - t0) / 1e9);
            report("Triangulate, linked per gold topic", docs, EntityCorefSystems.linkedByTopic(docs, coverages));
            report("Triangulate, linked per predicted story", docs, EntityCorefSystems.linkedByStory(pipeline, coverages));
            report("Triangulate mentions, same lower-cased string per topic", docs,
                    EntityCorefSystems.ourMentionsBySurface(docs, coverages));
        }
        if (!which.equals("triangulate")) {
            long t0 = System.nanoTime();
            CoreNlpPeer peer = CoreNlpPeer.ner();
            System.out.printf(Locale.ROOT, "CoreNLP load: %.1f s wall%n", (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            Map<String, List<int[]>> spans = new HashMap<>();
            for (Doc d : docs) {
                List<NamedSpan> named = CoreNlpPeer.named(peer.annotate(d.text()));
                spans.put(d.id(), named.stream().map(n -> new int[] {n.start(), n.end()}).toList());
            }
            System.out.printf(Locale.ROOT, "CoreNLP annotation: %.1f s wall%n", (System.nanoTime() - t0) / 1e9);
            report("CoreNLP 4.5.10 NER mentions, same lower-cased string per topic", docs,
                    EntityCorefSystems.bySurface(docs, d -> spans.get(d.id())));
        }
    }

    private static Result report(String name, List<Doc> docs, Map<String, List<SystemMention>> system) {
        Result r = EntityCorefEvaluation.score(docs, system);
        System.out.printf(Locale.ROOT, "%s%n  named mentions: %s%n    detection: %s%n  all entity mentions: %s%n    detection: %s%n",
                name, r.named(), r.namedDetection(), r.all(), r.allDetection());
        return r;
    }
}
