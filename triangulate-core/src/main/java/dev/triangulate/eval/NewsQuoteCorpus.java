package dev.triangulate.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Rebuilds a CAT XML news document (MEANTIME or ECB+) as prose a quote finder can read, keeping
 * where each token landed. Treebank quote tokens (two backticks, two apostrophes) become curly
 * marks; marks are glued to the words they enclose; a straight {@code "} opens when no double quote
 * is open and closes otherwise. The corpora keep no paragraphs, so each sentence is a line, except
 * that a quote still open at a sentence end runs on the same line, and a sentence that opens with a
 * new mark while one is open starts a new line: the news convention for a quote continued into the
 * next paragraph. Stateless; thread-safe.
 */
public final class NewsQuoteCorpus {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ":", ";", "!", "?", ")", "]", "%",
            "'s", "’s", "n't", "n’t", "'re", "'ve", "'ll", "'d", "'m", "...");
    /** "wasn’ t" split by the corpus tokenizer: these words join the apostrophe before them. */
    private static final Set<String> CONTRACTION_ENDS = Set.of("t", "s", "m", "re", "ve", "ll", "d");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "$");

    /** A rebuilt document: its path under the shared data, the text and each token's start, by {@code t_id}. */
    public record Doc(String id, String text, Map<String, Integer> tokenStart) {
        public Doc {
            tokenStart = Map.copyOf(tokenStart);
        }
    }

    private enum Mark { OPEN_DOUBLE, CLOSE_DOUBLE, OPEN_SINGLE, CLOSE_SINGLE, NONE }

    private NewsQuoteCorpus() {
    }

    public static Doc read(Path data, String id) throws IOException {
        Path file = data.resolve(id);
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            return rebuild(id, root.getElementsByTagName("token"));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(file + ": not CAT XML: " + e.getMessage(), e);
        }
    }

    /** A token as the corpus gives it, or the mark split off a word it was glued to ("It's). */
    private record Piece(String id, String sentence, String word) {
    }

    private static List<Piece> pieces(NodeList tokens) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            String word = t.getTextContent().strip();
            String id = t.getAttribute("t_id");
            String sentence = t.getAttribute("sentence");
            String lead = word.length() > 1 && (word.startsWith("\"") || (word.startsWith("`") && !word.startsWith("``")))
                    ? word.substring(0, 1) : "";
            if (!lead.isEmpty()) {
                out.add(new Piece(id, sentence, lead));
                word = word.substring(1);
            }
            boolean closing = word.length() > 1 && word.endsWith("\"");
            out.add(new Piece(id, sentence, closing ? word.substring(0, word.length() - 1) : word));
            if (closing) {
                out.add(new Piece(id, sentence, "\""));
            }
        }
        return out;
    }

    private static Doc rebuild(String id, NodeList tokens) {
        StringBuilder text = new StringBuilder();
        Map<String, Integer> starts = new HashMap<>();
        String sentence = null;
        boolean doubleOpen = false;
        boolean singleOpen = false;
        boolean glueNext = true;
        boolean apostrophe = false;
        for (Piece t : pieces(tokens)) {
            String word = t.word();
            Mark mark = mark(word, doubleOpen, singleOpen);
            boolean newSentence = sentence != null && !sentence.equals(t.sentence());
            if (newSentence && (!doubleOpen || mark == Mark.OPEN_DOUBLE)) {
                text.append('\n');
                doubleOpen = false;
                singleOpen = false;
                mark = mark(word, false, false);
            } else if (sentence != null && !glueNext && !gluesLeft(word, mark)
                    && !(apostrophe && CONTRACTION_ENDS.contains(word))) {
                text.append(' ');
            }
            sentence = t.sentence();
            starts.putIfAbsent(t.id(), text.length());
            text.append(glyph(word, mark));
            doubleOpen = mark == Mark.OPEN_DOUBLE || (doubleOpen && mark != Mark.CLOSE_DOUBLE);
            singleOpen = mark == Mark.OPEN_SINGLE || (singleOpen && mark != Mark.CLOSE_SINGLE);
            apostrophe = mark == Mark.NONE && (word.equals("'") || word.equals("’"));
            glueNext = mark == Mark.OPEN_DOUBLE || mark == Mark.OPEN_SINGLE || NO_SPACE_AFTER.contains(word);
        }
        return new Doc(id, text.toString(), starts);
    }

    private static Mark mark(String word, boolean doubleOpen, boolean singleOpen) {
        return switch (word) {
            case "``", "“" -> Mark.OPEN_DOUBLE;
            case "''", "”" -> Mark.CLOSE_DOUBLE;
            case "\"" -> doubleOpen ? Mark.CLOSE_DOUBLE : Mark.OPEN_DOUBLE;
            case "`", "‘" -> Mark.OPEN_SINGLE;
            case "'", "’" -> singleOpen ? Mark.CLOSE_SINGLE : Mark.NONE;
            default -> Mark.NONE;
        };
    }

    private static boolean gluesLeft(String word, Mark mark) {
        return mark == Mark.CLOSE_DOUBLE || mark == Mark.CLOSE_SINGLE || NO_SPACE_BEFORE.contains(word)
                || ((word.equals("'") || word.equals("’")) && mark == Mark.NONE);
    }

    private static String glyph(String word, Mark mark) {
        return switch (mark) {
            case OPEN_DOUBLE -> word.equals("\"") ? "\"" : "“";
            case CLOSE_DOUBLE -> word.equals("\"") ? "\"" : "”";
            case OPEN_SINGLE -> "‘";
            case CLOSE_SINGLE -> "’";
            case NONE -> word;
        };
    }
}
