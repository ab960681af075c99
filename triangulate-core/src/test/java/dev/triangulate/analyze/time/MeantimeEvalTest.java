package dev.triangulate.analyze.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.When;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Scores the extractor on MEANTIME (120 English Wikinews articles, CAT XML, TIMEX3 values). The text is
 * rebuilt from the tokens (one space between tokens, one line per sentence); the anchor is the document's
 * CREATION_TIME value. A gold TIMEX3 is <em>matched</em> when one of our expressions overlaps its tokens;
 * value accuracy is the share of matched ones whose value equals the gold value exactly. Also printed:
 * recall (matched / gold) and precision (ours overlapping some gold / ours), counting only our expressions in
 * the annotated part of each article (MEANTIME annotates the opening sentences: up to the last one
 * holding any markable).
 */
class MeantimeEvalTest {

    /** Pinned a little below the measured figures (value accuracy 0.896, recall 0.826). */
    private static final double ACCURACY_FLOOR = 0.89;
    private static final double RECALL_FLOOR = 0.82;

    private static final DateExtractor EXTRACTOR = DateExtractor.english();

    record Gold(int start, int end, String value) {
    }

    @Test
    void scoresTimexValuesOnMeantime() throws Exception {
        Path dir = SharedData.path("meantime/intra-doc_annotation");
        Assumptions.assumeTrue(dir != null, "shared data absent: skipping the MEANTIME date evaluation");
        int gold = 0;
        int matched = 0;
        int correct = 0;
        int ours = 0;
        int oursOnGold = 0;
        List<String> mistakes = new ArrayList<>();
        for (Path file : files(dir)) {
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            StringBuilder text = new StringBuilder();
            Map<String, int[]> tokens = tokens(root, text);
            List<Gold> golds = new ArrayList<>();
            LocalDate anchor = golds(root, tokens, golds);
            int annotatedEnd = annotatedEnd(root, tokens, text);
            List<When> found = EXTRACTOR.extract(anchor == null ? TestDocs.doc(text.toString()) : TestDocs.doc(text.toString(), anchor))
                    .stream().filter(w -> w.span().start() < annotatedEnd).toList();
            gold += golds.size();
            ours += found.size();
            for (Gold g : golds) {
                When hit = found.stream().filter(w -> w.span().start() < g.end() && g.start() < w.span().end()).findFirst().orElse(null);
                String goldText = text.substring(g.start(), g.end());
                if (hit != null) {
                    matched++;
                    correct += g.value().equals(hit.value()) ? 1 : 0;
                    if (!g.value().equals(hit.value())) {
                        mistakes.add("VALUE " + anchor + " gold " + goldText + "=" + g.value() + " ours " + hit.text() + "=" + hit.value());
                    }
                } else {
                    mistakes.add("MISS " + anchor + " gold " + goldText + "=" + g.value());
                }
            }
            for (When w : found) {
                boolean onGold = golds.stream().anyMatch(g -> w.span().start() < g.end() && g.start() < w.span().end());
                oursOnGold += onGold ? 1 : 0;
                if (!onGold) {
                    mistakes.add("EXTRA " + anchor + " ours " + w.text() + "=" + w.value() + " in: "
                            + text.substring(Math.max(0, w.span().start() - 40), Math.min(text.length(), w.span().end() + 30)).replace('\n', ' '));
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "meantime-mistakes.txt"), mistakes);
        double accuracy = matched == 0 ? 0 : (double) correct / matched;
        double recall = gold == 0 ? 0 : (double) matched / gold;
        System.out.printf("MEANTIME TIMEX3: value accuracy %.3f (%d/%d matched), recall %.3f (%d/%d), precision %.3f (%d/%d)%n",
                accuracy, correct, matched, recall, matched, gold, ours == 0 ? 0 : (double) oursOnGold / ours, oursOnGold, ours);
        assertTrue(accuracy >= ACCURACY_FLOOR, "value accuracy fell to " + accuracy);
        assertTrue(recall >= RECALL_FLOOR, "recall fell to " + recall);
    }

    /** MEANTIME annotates only the opening sentences: the end of the last line holding any markable. */
    private static int annotatedEnd(Element root, Map<String, int[]> tokens, StringBuilder text) {
        int last = 0;
        NodeList anchors = root.getElementsByTagName("token_anchor");
        for (int i = 0; i < anchors.getLength(); i++) {
            int[] span = tokens.get(((Element) anchors.item(i)).getAttribute("t_id"));
            last = span == null ? last : Math.max(last, span[1]);
        }
        int newline = text.indexOf("\n", last);
        return newline < 0 ? text.length() : newline;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    /** Token id to its {start, end} in the rebuilt text. */
    private static Map<String, int[]> tokens(Element root, StringBuilder text) {
        Map<String, int[]> out = new HashMap<>();
        NodeList list = root.getElementsByTagName("token");
        String sentence = null;
        for (int i = 0; i < list.getLength(); i++) {
            Element t = (Element) list.item(i);
            if (sentence != null) {
                text.append(t.getAttribute("sentence").equals(sentence) ? " " : "\n");
            }
            sentence = t.getAttribute("sentence");
            int start = text.length();
            text.append(t.getTextContent());
            out.put(t.getAttribute("t_id"), new int[] {start, text.length()});
        }
        return out;
    }

    /** Fills {@code out} with the anchored gold TIMEX3s; returns the creation date. */
    private static LocalDate golds(Element root, Map<String, int[]> tokens, List<Gold> out) {
        LocalDate anchor = null;
        NodeList list = root.getElementsByTagName("TIMEX3");
        for (int i = 0; i < list.getLength(); i++) {
            Element t = (Element) list.item(i);
            String value = t.getAttribute("value");
            if ("CREATION_TIME".equals(t.getAttribute("functionInDocument")) && value.matches("\\d{4}-\\d\\d-\\d\\d.*")) {
                anchor = LocalDate.parse(value.substring(0, 10));
            }
            NodeList anchors = t.getElementsByTagName("token_anchor");
            if (anchors.getLength() == 0) {
                continue;
            }
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (int k = 0; k < anchors.getLength(); k++) {
                int[] span = tokens.get(((Element) anchors.item(k)).getAttribute("t_id"));
                if (span != null) {
                    start = Math.min(start, span[0]);
                    end = Math.max(end, span[1]);
                }
            }
            if (end > 0) {
                out.add(new Gold(start, end, value));
            }
        }
        return anchor;
    }
}
