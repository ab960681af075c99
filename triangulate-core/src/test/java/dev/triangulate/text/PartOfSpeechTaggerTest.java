package dev.triangulate.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartOfSpeechTaggerTest {

    private final PartOfSpeechTagger tagger = PartOfSpeechTagger.english();

    @Test
    void tagsAPlainSentenceWithUniversalTags() {
        String[] tokens = {"The", "troops", "crossed", "the", "river", "on", "Monday", "."};
        assertArrayEquals(new String[] {"DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"},
                tagger.tag(tokens));
    }

    @Test
    void readsTheSameWordByItsContext() {
        assertEquals("VERB", tagger.tag(new String[] {"They", "will", "report", "today", "."})[2]);
        assertEquals("NOUN", tagger.tag(new String[] {"The", "report", "was", "long", "."})[1]);
    }

    @Test
    void givesNothingForNoTokens() {
        assertEquals(0, tagger.tag(new String[0]).length);
    }
}
