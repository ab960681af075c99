package dev.triangulate.reconcile;

import static dev.triangulate.TestStories.report;
import static dev.triangulate.TestStories.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Finding;
import dev.triangulate.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The optional meaning signal: asked only about near pairs, it joins paraphrases the word overlap misses. */
class StatementParaphraseTest {

    private static final Story STORY = story(
            report("a", "Masked robbers escaped with the diamonds through a service door behind the boutique.\n"
                    + "The mayor opened the new tram line in the eastern suburbs on a sunny morning."),
            report("b", "The masked thieves fled with the gems through a side door behind the luxury boutique.\n"
                    + "Farmers in the southern valley expect a poor harvest after months of drought."));

    /** Scores 0.9 for pairs whose texts both contain one of {@code alike}, 0.1 otherwise; records what it was asked. */
    private static final class Scripted implements SentenceSimilarity {
        final List<Pair> asked = new ArrayList<>();
        private final Set<String> alike;

        Scripted(Set<String> alike) {
            this.alike = alike;
        }

        @Override
        public synchronized double[] similarities(List<Pair> pairs) {
            asked.addAll(pairs);
            return pairs.stream().mapToDouble(p -> alike.stream().anyMatch(p.first()::contains)
                    && alike.stream().anyMatch(p.second()::contains) ? 0.9 : 0.1).toArray();
        }
    }

    @Test
    void wordsAloneMissTheParaphrase() {
        assertTrue(new StatementAligner(Cues.ENGLISH).align(STORY).isEmpty());
    }

    @Test
    void joinsAParaphraseTheSignalVouchesFor() {
        Scripted similarity = new Scripted(Set.of("robbers", "thieves"));
        List<Finding> found = new StatementAligner(Cues.ENGLISH, similarity).align(STORY);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("a", "b"), found.get(0).articles());
        assertTrue(found.get(0).rationale().contains("alike in meaning"), found.get(0)::rationale);
    }

    @Test
    void rejectsCandidatesTheSignalDoesNotVouchFor() {
        assertTrue(new StatementAligner(Cues.ENGLISH, new Scripted(Set.of())).align(STORY).isEmpty());
    }

    @Test
    void keepsApartSentencesAlikeInMeaningWhoseFiguresDisagree() {
        Story story = story(
                report("a", "The tremor struck the island town on Sunday morning, injuring five people in the market."),
                report("b", "Two people were hurt when the quake hit the island town during the Sunday market."));
        Scripted similarity = new Scripted(Set.of("people"));
        List<Finding> found = new StatementAligner(Cues.ENGLISH, similarity).align(story);
        assertEquals(1, similarity.asked.size(), similarity.asked::toString);
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void asksOnlyAboutPairsThatShareWords() {
        Scripted similarity = new Scripted(Set.of());
        new StatementAligner(Cues.ENGLISH, similarity).align(STORY);
        assertEquals(1, similarity.asked.size(), similarity.asked::toString);
        assertTrue(similarity.asked.get(0).first().contains("robbers"), similarity.asked::toString);
    }
}
