package dev.triangulate.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Quality gates for HtmlExtractor with floors pinned a little below the measured scores (see
 * docs/BENCHMARKS.md): a drop below a floor is a regression. Skipped when the shared data is absent.
 */
class ExtractionQualityGateTest {

    private static final double AEB_F1_FLOOR = 0.967;        // measured 0.9703
    private static final double WCXB_WORD_F1_FLOOR = 0.928;  // measured 0.9324
    private static final double WCXB_DATE_FLOOR = 0.855;     // measured 0.862
    private static final double WCXB_TITLE_FLOOR = 0.79;     // measured 0.806
    private static final double WCXB_AUTHOR_FLOOR = 0.62;    // measured 0.637

    private static Path dataset(String name) {
        Path dir = Corpora.sharedData().resolve(name);
        assumeTrue(Files.isDirectory(dir), name + " data absent at " + dir + ": skipped");
        return dir;
    }

    @Test
    void beatsFloorOnArticleExtractionBenchmark() throws Exception {
        double f1 = Evaluations.aeb(Corpora.aeb(dataset("aeb")), PageExtractor.triangulate()).f1();
        assertTrue(f1 >= AEB_F1_FLOOR, "AEB F1 " + f1 + " < " + AEB_F1_FLOOR);
    }

    @Test
    void beatsFloorsOnWcxbDevArticles() throws Exception {
        var pages = Corpora.wcxb(dataset("wcxb-dev-articles"));
        double f1 = Evaluations.wcxbWordF1(pages, PageExtractor.triangulate());
        assertTrue(f1 >= WCXB_WORD_F1_FLOOR, "WCXB word F1 " + f1 + " < " + WCXB_WORD_F1_FLOOR);
        ExtractionScoring.MetadataScore m = Evaluations.wcxbMetadata(pages);
        assertTrue(m.date() >= WCXB_DATE_FLOOR, "date accuracy " + m.date());
        assertTrue(m.title() >= WCXB_TITLE_FLOOR, "title accuracy " + m.title());
        assertTrue(m.author() >= WCXB_AUTHOR_FLOOR, "author accuracy " + m.author());
    }
}
