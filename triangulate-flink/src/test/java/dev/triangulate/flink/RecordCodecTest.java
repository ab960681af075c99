package dev.triangulate.flink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Published;
import dev.triangulate.model.Story;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

    private static final String TEXT = """
            Storms cut power to about 12,000 homes in the river towns on Tuesday, the utility said.
            "Crews will work through the night," said Mara Quill, a spokeswoman for Delta Grid.
            The outage reached more than 40 km of line, officials said on March 3, 2025.
            """;

    private static Coverage coverage(String id) {
        Article a = new Article(id, "test:" + id, "Storm cuts power", "Test Wire", "", List.of("A. Writer"),
                Published.given(LocalDate.of(2025, 3, 4), "test"), "en", TEXT);
        return Triangulate.english().analyze(List.of(a), Progress.SILENT).getFirst();
    }

    @Test
    void rebuildsAnAnalysedArticleEqualToTheOriginal() {
        Coverage c = coverage("wire");
        assertEquals(c, RecordCodec.decode(RecordCodec.encode(c), Coverage.class));
    }

    @Test
    void rebuildsStoriesWithFindingsThatMatchTheOriginals() {
        List<Coverage> both = List.of(coverage("one"), coverage("two"));
        List<Story> stories = Triangulate.english().cluster(both, Progress.SILENT);
        for (Story s : stories) {
            Story back = RecordCodec.decode(RecordCodec.encode(s), Story.class);
            assertEquals(s, back);
            assertEquals(Triangulate.english().reconcile(List.of(s), Progress.SILENT).getFirst().findings(),
                    Triangulate.english().reconcile(List.of(back), Progress.SILENT).getFirst().findings());
        }
    }

    @Test
    void encodesTheSameValueToTheSameBytes() {
        Coverage c = coverage("wire");
        assertArrayEquals(RecordCodec.encode(c), RecordCodec.encode(RecordCodec.decode(RecordCodec.encode(c), Coverage.class)));
    }

    @Test
    void keepsNullsDatesAndMaps() {
        Published p = Published.inferred(LocalDate.of(1999, 12, 31), "a date in the text");
        assertEquals(p, RecordCodec.decode(RecordCodec.encode(p), Published.class));
        assertEquals(Published.UNKNOWN, RecordCodec.decode(RecordCodec.encode(Published.UNKNOWN), Published.class));
        assertEquals(Map.of("b", "a"), RecordCodec.decode(RecordCodec.encode(Map.of("b", "a")), Map.class));
    }

    @Test
    void refusesToBuildAClassThatIsNotARecord() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.DataOutputStream(bytes)) {
            byte[] name = "java.lang.Thread".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeByte(10);
            out.writeInt(-1);
            out.writeInt(name.length);
            out.write(name);
        }
        assertThrows(java.io.UncheckedIOException.class, () -> RecordCodec.decode(bytes.toByteArray(), Object.class));
    }

    @Test
    void rejectsTypesItCannotRebuild() {
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.encode(new StringBuilder("x")));
    }
}
