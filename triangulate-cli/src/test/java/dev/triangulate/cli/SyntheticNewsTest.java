package dev.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Coverage;
import dev.triangulate.model.Fact;
import dev.triangulate.model.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticNewsTest {

    private static List<Coverage> drain(SyntheticNews news) {
        List<Coverage> out = new ArrayList<>();
        news.forEachRemaining(out::add);
        return out;
    }

    @Test
    void sameSeedWritesTheSameStream() {
        List<Coverage> a = drain(new SyntheticNews(300, 100, 7));
        List<Coverage> b = drain(new SyntheticNews(300, 100, 7));

        assertEquals(a, b);
        assertFalse(a.equals(drain(new SyntheticNews(300, 100, 8))));
    }

    @Test
    void storySizesFollowAPowerLaw() {
        SyntheticNews news = new SyntheticNews(5000, 1000, 3);
        drain(news);
        int singles = 0;
        int largest = 0;
        for (int s = 0; s < news.stories(); s++) {
            singles += news.storySize(s) == 1 ? 1 : 0;
            largest = Math.max(largest, news.storySize(s));
        }
        assertTrue(singles > news.stories() / 3, "most stories are one or two reports: " + singles);
        assertTrue(largest >= 50, "a few are large: " + largest);
    }

    @Test
    void publicationDatesAdvanceAndArticlesDiffer() {
        List<Coverage> stream = drain(new SyntheticNews(2000, 500, 11));
        LocalDate previous = LocalDate.MIN;
        Set<String> texts = new HashSet<>();
        for (Coverage c : stream) {
            LocalDate d = c.article().published().date();
            assertFalse(d.isBefore(previous));
            previous = d;
            texts.add(c.article().text());
        }
        assertTrue(previous.isAfter(stream.get(0).article().published().date()));
        assertTrue(texts.size() > 1900, "copies are a small share: " + texts.size());
    }

    @Test
    void everyFactSpanPointsAtItsText() {
        for (Coverage c : drain(new SyntheticNews(200, 100, 5))) {
            for (Fact f : c.facts()) {
                String text = c.article().text().substring(f.span().start(), f.span().end());
                if (f instanceof Mention m) {
                    assertEquals(m.text(), text);
                }
            }
            c.sentences().forEach(s -> s.tokens().forEach(t ->
                    assertEquals(t.text(), c.article().text().substring(t.start(), t.end()))));
        }
    }
}
