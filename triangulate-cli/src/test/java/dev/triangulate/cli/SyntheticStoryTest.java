package dev.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Article;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bench's story must be reproducible and made of distinct reports (copies are left out of reconciling). */
class SyntheticStoryTest {

    @Test
    void sameSeedWritesTheSameReports() {
        assertEquals(new SyntheticStory(3).reports(20), new SyntheticStory(3).reports(20));
    }

    @Test
    void reportsAreDistinctAndEveryTemplateResolves() {
        List<Article> reports = new SyntheticStory(1).reports(300);
        Set<String> texts = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Article a : reports) {
            texts.add(a.text());
            ids.add(a.id());
            assertFalse(a.text().contains("{"), "unfilled slot in " + a.id());
            assertTrue(a.published().known());
        }
        assertEquals(300, texts.size());
        assertEquals(300, ids.size());
    }
}
