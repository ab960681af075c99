package dev.triangulate.analyze.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Quantity;
import java.util.List;

/** The quantity tests' shared fixture: one extractor, and short ways to read and describe results. */
final class QuantityFixtures {

    static final QuantityExtractor EXTRACTOR = QuantityExtractor.english();

    private QuantityFixtures() {
    }

    /** The quantities of {@code text}, each checked to cite exactly its own characters. */
    static List<Quantity> extract(String text) {
        List<Quantity> found = EXTRACTOR.extract(TestDocs.doc(text));
        for (Quantity q : found) {
            assertEquals(q.span().of(text), q.text(), "span and text disagree");
        }
        return found;
    }

    /** "[text=value unit]" per quantity ("[text=value..upper unit]" for a range), values rounded to three decimals. */
    static String summary(String text) {
        StringBuilder b = new StringBuilder();
        for (Quantity q : extract(text)) {
            b.append('[').append(q.text()).append('=').append(Math.round(q.value() * 1000) / 1000.0);
            if (q.upper() != null) {
                b.append("..").append(Math.round(q.upper() * 1000) / 1000.0);
            }
            b.append(' ').append(q.unit()).append(']');
        }
        return b.toString();
    }
}
