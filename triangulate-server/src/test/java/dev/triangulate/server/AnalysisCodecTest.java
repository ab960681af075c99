package dev.triangulate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Extraction;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalysisCodecTest {

    private static List<Coverage> analysed() {
        List<Article> articles = Triangulate.english().read(List.of(Examples.WILDFIRE), Progress.SILENT).stream()
                .filter(x -> x instanceof Extraction.Ok).map(x -> ((Extraction.Ok) x).article()).toList();
        return Triangulate.english().analyze(articles, Progress.SILENT);
    }

    @Test
    void decodesExactlyWhatWasEncoded() {
        List<Coverage> all = analysed();
        assertFalse(all.isEmpty());
        for (Coverage c : all) {
            assertTrue(c.facts().size() > 3, "a report with facts: " + c.id());
            assertEquals(Optional.of(c), AnalysisCodec.decode(c.article(), AnalysisCodec.encode(c)), c.id());
        }
    }

    @Test
    void refusesAnAnalysisThatDoesNotFitTheArticleOrIsOfAnotherVersion() {
        Coverage c = analysed().getFirst();
        String json = AnalysisCodec.encode(c);
        Article shorter = new Article(c.id(), "", "", "", "", List.of(), c.article().published(), "en", "Too short.");
        assertEquals(Optional.empty(), AnalysisCodec.decode(shorter, json));
        assertEquals(Optional.empty(), AnalysisCodec.decode(c.article(), json.replace("{\"v\":" + AnalysisCodec.VERSION, "{\"v\":0")));
        assertEquals(Optional.empty(), AnalysisCodec.decode(c.article(), "{not json"));
        assertEquals(Optional.empty(), AnalysisCodec.decode(c.article(), null));
    }
}
