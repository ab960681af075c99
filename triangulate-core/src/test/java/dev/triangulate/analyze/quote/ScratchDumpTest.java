package dev.triangulate.analyze.quote;

import dev.triangulate.TestDocs;
import dev.triangulate.analyze.entity.MentionExtractor;
import dev.triangulate.model.Document;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        String docs = System.getProperty("dump.docs");
        if (docs == null) return;
        Path data = Path.of("/work/shared/data");
        MentionExtractor me = MentionExtractor.english();
        QuoteExtractor qx = QuoteExtractor.english();
        for (String id : docs.split(",")) {
            NewsQuoteCorpus.Doc d = NewsQuoteCorpus.read(data, id);
            Map<Integer, String> byStart = new TreeMap<>();
            d.tokenStart().forEach((t, s) -> byStart.put(s, t));
            StringBuilder marked = new StringBuilder();
            String text = d.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c == '“' || c == '‘' || c == '"') && byStart.containsKey(i)) marked.append("[" + byStart.get(i) + "]");
                marked.append(c);
            }
            System.out.println("=== " + id);
            int ln = 0;
            for (String line : marked.toString().split("\n")) {
                System.out.println((ln++) + ": " + line);
            }
            Document doc = TestDocs.doc(TestDocs.article(id, text));
            var mentions = me.extract(doc);
            for (var q : qx.extract(doc, mentions)) {
                int s = q.span().start();
                var e = ((TreeMap<Integer, String>) byStart).floorEntry(s - 1);
                System.out.printf("G\t%s\t%s\t%s\t%s\t%.50s%n", id, e == null ? "?" : e.getValue(), q.partial() ? "partial" : "full", q.speaker() == null ? "none" : q.speaker(), q.text());
                System.out.printf("  Q t%s partial=%s speaker=%s cue=%s role=%s | %.60s%n", e == null ? "?" : e.getValue(),
                        q.partial(), q.speaker(), q.cue(), q.role(), q.text());
            }
        }
    }
}
