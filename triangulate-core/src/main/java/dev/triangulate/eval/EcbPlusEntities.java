package dev.triangulate.eval;

import dev.triangulate.text.Lexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads ECB+ (CAT XML) entity coreference gold: the text rebuilt from the tokens (joined by one
 * space, one sentence per line, as the story evaluation does), and the entity markables with their
 * character spans and clusters. Entity markables are the participant and location tags
 * ({@code HUMAN_PART*}, {@code NON_HUMAN_PART*}, {@code LOC_*}); events ({@code ACTION_*},
 * {@code NEG_*}) and times ({@code TIME_*}, scored as dates elsewhere) are left out. A markable's
 * cluster is its {@code CROSS_DOC_COREF} instance within the topic, else its {@code INTRA_DOC_COREF}
 * target within the document, else itself alone. Stateless and thread-safe.
 */
public final class EcbPlusEntities {

    private static final Pattern FILE = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");
    private static final Set<String> HEAD_ENDERS = Lexicon.lines("eval/head-enders.txt");
    private static final Set<String> ENTITY_PREFIXES = Set.of("HUMAN_PART", "NON_HUMAN_PART", "LOC_");

    /** One document: id (file name without {@code .xml}), topic number, rebuilt text, gold entity mentions. */
    public record Doc(String id, String topic, String text, List<GoldMention> mentions) {
        public Doc {
            mentions = List.copyOf(mentions);
        }
    }

    /**
     * One gold entity markable.
     *
     * @param id        document id and markable id ({@code 1_10ecb#20})
     * @param tag       the CAT tag ({@code HUMAN_PART_PER})
     * @param start     first character of its first token
     * @param end       end of its last token (a markable may skip tokens in between)
     * @param headStart first character of its head token: the last token before a preposition, comma or
     *                  relative pronoun that follows the first word ("Center" in "the Betty Ford Center in
     *                  Rancho Mirage"), else the last token (English noun phrases end in their head)
     * @param headEnd   end of the head token
     * @param cluster   gold entity: topic-wide instance, document-wide chain, or the markable alone
     * @param text      its tokens joined by one space
     * @param named     whether it is a proper name by spelling ({@link ProperNames})
     */
    public record GoldMention(String id, String tag, int start, int end, int headStart, int headEnd, String cluster, String text,
                              boolean named) {
    }

    private record Token(String text, int sentence, int start, int end, boolean sentenceInitial) {
    }

    private EcbPlusEntities() {
    }

    /** Every {@code <topic>_<n>ecb(plus).xml} under {@code root}, in file-name order. */
    public static List<Doc> read(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        List<Doc> out = new ArrayList<>(files.size());
        for (Path f : files) {
            out.add(readOne(f));
        }
        return out;
    }

    static Doc readOne(Path file) throws IOException {
        Matcher name = FILE.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException(file + ": not an ECB+ file name (<topic>_<n>ecb[plus].xml)");
        }
        String id = file.getFileName().toString().replace(".xml", "");
        try (var in = Files.newInputStream(file)) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            return parse(id, name.group(1), root);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": not readable CAT XML: " + e.getMessage(), e);
        }
    }

    static Doc parse(String id, String topic, Element root) {
        Map<String, Token> tokens = new HashMap<>();
        String text = tokens(root, tokens);
        Map<String, String> clusters = clusters(id, topic, root);
        ProperNames names = new ProperNames(capitalisedInside(tokens.values()));
        List<GoldMention> mentions = new ArrayList<>();
        for (Element m : children(first(root, "Markables"))) {
            List<Token> anchored = children(m).stream().filter(a -> a.getTagName().equals("token_anchor"))
                    .map(a -> tokens.get(a.getAttribute("t_id"))).filter(t -> t != null).toList();
            if (anchored.isEmpty() || !isEntity(m.getTagName())) {
                continue;
            }
            String mid = id + "#" + m.getAttribute("m_id");
            List<String> words = anchored.stream().map(Token::text).toList();
            boolean initial = anchored.getFirst().sentenceInitial();
            mentions.add(new GoldMention(mid, m.getTagName(), anchored.getFirst().start(), anchored.getLast().end(),
                    head(anchored).start(), head(anchored).end(), clusters.getOrDefault(m.getAttribute("m_id"), mid),
                    String.join(" ", words), names.isName(words, initial)));
        }
        mentions.sort(java.util.Comparator.comparingInt(GoldMention::start).thenComparing(GoldMention::id));
        return new Doc(id, topic, text, mentions);
    }

    /** The head: the last token before the first head-ending word that follows a word of the phrase. */
    private static Token head(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() - 1 && HEAD_ENDERS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
            i++;
        }
        for (int j = i + 1; j < tokens.size(); j++) {
            if (HEAD_ENDERS.contains(tokens.get(j).text())) {
                return tokens.get(j - 1);
            }
        }
        return tokens.getLast();
    }

    private static boolean isEntity(String tag) {
        return ENTITY_PREFIXES.stream().anyMatch(tag::startsWith);
    }

    /** Fills {@code out} by token id and returns the text: tokens joined by a space, sentences by a newline. */
    private static String tokens(Element root, Map<String, Token> out) {
        StringBuilder text = new StringBuilder();
        int sentence = -1;
        boolean seenWord = false;
        for (Element t : children(root)) {
            if (!t.getTagName().equals("token")) {
                continue;
            }
            int s = Integer.parseInt(t.getAttribute("sentence"));
            if (s != sentence) {
                text.append(sentence < 0 ? "" : "\n");
                sentence = s;
                seenWord = false;
            } else {
                text.append(' ');
            }
            String word = t.getTextContent();
            boolean hasLetter = word.chars().anyMatch(Character::isLetter);
            out.put(t.getAttribute("t_id"), new Token(word, s, text.length(), text.length() + word.length(), hasLetter && !seenWord));
            seenWord |= hasLetter;
            text.append(word);
        }
        return text.toString();
    }

    /** Markable id to cluster: cross-document instances first, then within-document chains. */
    private static Map<String, String> clusters(String docId, String topic, Element root) {
        Map<String, String> out = new HashMap<>();
        Element relations = first(root, "Relations");
        if (relations == null) {
            return out;
        }
        for (Element r : children(relations)) {
            boolean cross = r.getTagName().equals("CROSS_DOC_COREF");
            if (!cross && !r.getTagName().equals("INTRA_DOC_COREF")) {
                continue;
            }
            String target = children(r).stream().filter(e -> e.getTagName().equals("target"))
                    .map(e -> e.getAttribute("m_id")).findFirst().orElse("");
            String cluster = cross ? topic + "/" + r.getAttribute("note") : docId + "#chain" + target;
            for (Element s : children(r)) {
                if (s.getTagName().equals("source") && (cross || !out.containsKey(s.getAttribute("m_id")))) {
                    out.put(s.getAttribute("m_id"), cluster);
                }
            }
        }
        return out;
    }

    /** Lower-cased words that appear capitalised somewhere other than at a sentence start. */
    private static Set<String> capitalisedInside(java.util.Collection<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            if (!t.sentenceInitial() && !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0))) {
                out.add(t.text().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static Element first(Element parent, String tag) {
        NodeList l = parent.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }
}
