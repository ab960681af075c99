package dev.triangulate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triangulate.eval.MeantimeCorpus.NamedSpan;
import dev.triangulate.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionScorerTest {

    @Test
    void scoresExactTypedLenientAndOverlappingMentionsApart() {
        String text = "the Orla Bank hired Ivo Dane in Tarn.";
        List<NamedSpan> gold = List.of(new NamedSpan(0, 13, EntityType.ORGANIZATION),
                new NamedSpan(20, 28, EntityType.PERSON), new NamedSpan(32, 36, EntityType.PLACE));
        List<NamedSpan> predicted = List.of(new NamedSpan(4, 13, EntityType.ORGANIZATION),
                new NamedSpan(20, 28, EntityType.ORGANIZATION), new NamedSpan(24, 28, EntityType.PERSON));
        MentionScorer s = new MentionScorer();
        s.add(text, gold, predicted);
        assertEquals(1 / 3.0, s.exact().precision(), 1e-9);          // only "Ivo Dane" matches exactly
        assertEquals(0.0, s.typedExact().recall(), 1e-9);            // ... with the wrong type
        assertEquals(2 / 3.0, s.lenientExact().recall(), 1e-9);      // "Orla Bank" once "the" is dropped
        assertEquals(1.0, s.overlap().precision(), 1e-9);
        assertEquals(2 / 3.0, s.overlap().recall(), 1e-9);           // "Tarn" is missed
    }
}
