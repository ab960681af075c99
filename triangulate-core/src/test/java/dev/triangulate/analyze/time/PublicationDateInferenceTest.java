package dev.triangulate.analyze.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Article;
import dev.triangulate.model.Published;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicationDateInferenceTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2024-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static final PublicationDateInference INFERENCE =
            new PublicationDateInference(PublicationDateInference.Settings.defaults().withClock(TODAY));

    private static Published infer(String text) {
        return INFERENCE.infer(TestDocs.article("a", text));
    }

    @Test
    void takesTheLatestFullDateInTheText() {
        Published p = infer("""
                The treaty signed on 4 June 2019 has collapsed.
                On November 17, 2024, the two sides exchanged fire; on 12 November 2024 talks had stalled.
                """);
        assertEquals(LocalDate.of(2024, 11, 17), p.date());
        assertTrue(p.inferred());
        assertEquals("latest full date in the text: November 17, 2024", p.basis());
    }

    @Test
    void ignoresDatesAfterToday() {
        Published p = infer("The election on 5 November 2024 set up a summit on 20 January 2025.");
        assertEquals(LocalDate.of(2024, 11, 5), p.date());
    }

    @Test
    void prefersAPublishedLine() {
        Published p = infer("""
                Storm leaves thousands without power
                Published: 3 October 2024
                Officials recalled the flood of 30 November 2024 would be remembered.
                """);
        assertEquals(LocalDate.of(2024, 10, 3), p.date());
        assertEquals("published line: 3 October 2024", p.basis());
    }

    @Test
    void prefersADateline() {
        Published p = infer("""
                GENEVA, 8 October 2024 (Newswire) - Negotiators met again, a week after the 15 October 2024 deadline slipped.
                """);
        assertEquals(LocalDate.of(2024, 10, 8), p.date());
        assertTrue(p.basis().startsWith("dateline: "), p.basis());
    }

    @Test
    void isUnknownWithoutAFullDate() {
        assertSame(Published.UNKNOWN, infer("Last month, in October, crowds gathered on 17 November."));
    }

    @Test
    void keepsAGivenDate() {
        Article a = TestDocs.article("a", "On 1 May 2020 it rained.", LocalDate.of(2024, 1, 2));
        assertEquals(LocalDate.of(2024, 1, 2), INFERENCE.infer(a).date());
    }
}
