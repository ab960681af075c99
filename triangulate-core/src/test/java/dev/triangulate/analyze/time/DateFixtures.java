package dev.triangulate.analyze.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triangulate.TestDocs;
import dev.triangulate.model.When;
import java.time.LocalDate;
import java.util.List;

/** The date tests' shared fixture: one extractor, one publication date, and short ways to read and describe results. */
final class DateFixtures {

    static final DateExtractor EXTRACTOR = DateExtractor.english();
    /** A Wednesday. */
    static final LocalDate ANCHOR = LocalDate.of(2024, 11, 20);

    private DateFixtures() {
    }

    static List<When> whens(String text) {
        return EXTRACTOR.extract(TestDocs.doc(text, ANCHOR));
    }

    static When only(String text) {
        List<When> all = whens(text);
        assertEquals(1, all.size(), () -> "expected one expression in: " + text + " but got " + all);
        return all.get(0);
    }

    static void assertReads(String text, String expectedText, String expectedValue) {
        When w = only(text);
        assertEquals(expectedText, w.text(), text);
        assertEquals(expectedValue, w.value(), text);
    }

    /** Each expression as {@code text=value}, with {@code in <period>} when it ends a range. */
    static List<String> described(String text) {
        return whens(text).stream().map(w -> w.text() + "=" + w.value()
                + (w.range() == null ? "" : " in " + w.range().value())).toList();
    }
}
