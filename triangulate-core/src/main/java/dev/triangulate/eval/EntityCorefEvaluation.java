package dev.triangulate.eval;

import dev.triangulate.eval.EcbPlusEntities.Doc;
import dev.triangulate.eval.EcbPlusEntities.GoldMention;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Scores a system's entities against ECB+ entity coreference gold, on the gold mentions: each gold
 * mention takes the entity of the system mention that overlaps it (one overlapping its head first,
 * see {@link EcbPlusEntities.GoldMention}; then the longest overlap); a gold mention no system mention overlaps is an entity
 * of its own in the response. So the key and the response cover the same mentions and the CoNLL F1
 * (MUC, B-cubed, CEAF-e) measures the linking given where the system found mentions. How many gold
 * mentions the system found is reported apart, as mention detection (exact span and overlap). Scored
 * over all gold entity mentions and over those spelled as proper names. Stateless and thread-safe.
 *
 * <pre>{@code
 * Result r = EntityCorefEvaluation.score(docs, systemMentionsByDocId);
 * }</pre>
 */
public final class EntityCorefEvaluation {

    /** A system mention: character span in the document's text and the id of its entity (unique across the run). */
    public record SystemMention(int start, int end, String entity) {
    }

    /** Mention detection: exact-span and overlap counts. */
    public record Detection(int gold, int predicted, int exact, int goldOverlapped, int predictedOverlapping) {

        public double exactPrecision() {
            return predicted == 0 ? 0 : exact / (double) predicted;
        }

        public double exactRecall() {
            return gold == 0 ? 0 : exact / (double) gold;
        }

        public double overlapRecall() {
            return gold == 0 ? 0 : goldOverlapped / (double) gold;
        }

        public double overlapPrecision() {
            return predicted == 0 ? 0 : predictedOverlapping / (double) predicted;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d gold, %d predicted; exact P %.3f R %.3f; overlap P %.3f R %.3f", gold,
                    predicted, exactPrecision(), exactRecall(), overlapPrecision(), overlapRecall());
        }
    }

    /** Linking and detection, over all gold entity mentions and over the proper-name ones. */
    public record Result(CorefScore all, CorefScore named, Detection allDetection, Detection namedDetection) {
    }

    private EntityCorefEvaluation() {
    }

    /** @param system the system's mentions by document id; a document missing here has none */
    public static Result score(List<Doc> docs, Map<String, List<SystemMention>> system) {
        return new Result(link(docs, system, m -> true), link(docs, system, GoldMention::named),
                detect(docs, system, m -> true), detect(docs, system, GoldMention::named));
    }

    private static CorefScore link(List<Doc> docs, Map<String, List<SystemMention>> system, Predicate<GoldMention> which) {
        Map<String, String> key = new HashMap<>();
        Map<String, String> response = new HashMap<>();
        for (Doc d : docs) {
            List<SystemMention> ours = system.getOrDefault(d.id(), List.of());
            for (GoldMention g : d.mentions()) {
                if (which.test(g)) {
                    key.put(g.id(), g.cluster());
                    SystemMention s = match(g, ours);
                    response.put(g.id(), s == null ? "unfound:" + g.id() : s.entity());
                }
            }
        }
        return CorefScorer.score(key, response);
    }

    /** The system mention standing for {@code g}: overlapping its head first, then the longest overlap. */
    public static SystemMention match(GoldMention g, List<SystemMention> ours) {
        SystemMention best = null;
        int bestScore = 0;
        for (SystemMention s : ours) {
            int overlap = Math.min(s.end(), g.end()) - Math.max(s.start(), g.start());
            if (overlap > 0) {
                int score = overlap + (s.end() > g.headStart() && s.start() < g.headEnd() ? 1_000_000 : 0);
                if (score > bestScore) {
                    best = s;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static Detection detect(List<Doc> docs, Map<String, List<SystemMention>> system, Predicate<GoldMention> which) {
        int gold = 0;
        int predicted = 0;
        int exact = 0;
        int overlapped = 0;
        int overlapping = 0;
        for (Doc d : docs) {
            List<GoldMention> golds = d.mentions().stream().filter(which).toList();
            List<SystemMention> ours = system.getOrDefault(d.id(), List.of());
            gold += golds.size();
            predicted += ours.size();
            for (GoldMention g : golds) {
                exact += ours.stream().anyMatch(s -> s.start() == g.start() && s.end() == g.end()) ? 1 : 0;
                overlapped += match(g, ours) != null ? 1 : 0;
            }
            for (SystemMention s : ours) {
                overlapping += golds.stream().anyMatch(g -> s.start() < g.end() && g.start() < s.end()) ? 1 : 0;
            }
        }
        return new Detection(gold, predicted, exact, overlapped, overlapping);
    }
}
