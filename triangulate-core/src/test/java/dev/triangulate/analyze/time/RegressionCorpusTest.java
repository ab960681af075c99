package dev.triangulate.analyze.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triangulate.TestDocs;
import dev.triangulate.model.When;
import dev.triangulate.text.Lexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replays {@code analyze/time/regression-corpus.txt}: inputs that once broke the extractor. */
class RegressionCorpusTest {

    private static final DateExtractor EXTRACTOR = DateExtractor.english();

    @Test
    void replaysInputsThatOnceBrokeTheExtractor() {
        for (String line : Lexicon.lines("analyze/time/regression-corpus.txt")) {
            String[] parts = line.split("\\|", -1);
            String anchor = parts[0].strip();
            String text = parts[1].strip();
            List<When> found = anchor.equals("-") ? EXTRACTOR.extract(TestDocs.doc(text))
                    : EXTRACTOR.extract(TestDocs.doc(text, LocalDate.parse(anchor)));
            DateExtractorContractTest.check(text, found);
            List<String> got = new ArrayList<>();
            found.forEach(w -> got.add(w.text() + "=" + w.value()));
            List<String> expected = parts[2].isBlank() ? List.of() : List.of(parts[2].strip().split("\\s*;\\s*"));
            assertEquals(expected, got, text);
        }
    }
}
