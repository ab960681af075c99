package dev.triangulate.analyze.quote;

import dev.triangulate.TestDocs;
import dev.triangulate.analyze.entity.MentionExtractor;
import org.junit.jupiter.api.Test;

class ScratchTokTest {
    @Test
    void tok() throws Exception {
        String text = System.getProperty("tok.text");
        if (text == null) return;
        text = text.replace("\\n", "\n");
        var doc = TestDocs.doc(text);
        for (var s : doc.sentences()) {
            StringBuilder b = new StringBuilder();
            for (var t : s.tokens()) b.append(t.text()).append('/').append(t.pos()).append(' ');
            System.out.println("S: " + b);
        }
        var ms = MentionExtractor.english().extract(doc);
        for (var m : ms) System.out.println("M: " + m.span().of(text) + " -> " + m.canonical() + " " + m.type());
        for (var q : QuoteExtractor.english().extract(doc, ms)) System.out.println("Q: " + q.speaker() + " partial=" + q.partial() + " cue=" + q.cue() + " | " + q.text());
    }
}
