package dev.triangulate.eval;

import dev.triangulate.model.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads MEANTIME's intra-document CAT XML into plain text and its named entity mentions. The text is
 * rebuilt from the tokens for the mention evaluations here and in triangulate-eval (one sentence per line, a space
 * between tokens except before closing punctuation), so gold spans are character spans of that text.
 * A gold mention is an {@code ENTITY_MENTION} with {@code syntactic_type="NAM"}; its type comes from
 * the entity it refers to ({@code PER}, {@code ORG}, {@code LOC}; anything else is {@code OTHER}).
 * Stateless; thread-safe.
 */
public final class MeantimeCorpus {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ":", ";", "!", "?", ")", "]", "'s", "'", "n't", "%");

    /** A named mention, gold or predicted: half-open character span and type. */
    public record NamedSpan(int start, int end, EntityType type) {
    }

    /** One MEANTIME article: id, rebuilt text, gold named mentions. */
    public record Doc(String id, String text, List<NamedSpan> mentions) {
        public Doc {
            mentions = List.copyOf(mentions);
        }
    }

    private MeantimeCorpus() {
    }

    /** Every article under {@code meantime/intra-doc_annotation}, in path order. */
    public static List<Doc> read(Path meantime) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(meantime.resolve("intra-doc_annotation"))) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        List<Doc> out = new ArrayList<>();
        for (Path f : files) {
            out.add(readOne(f));
        }
        return out;
    }

    static Doc readOne(Path file) throws IOException {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            StringBuilder text = new StringBuilder();
            Map<String, int[]> offsets = tokens(root, text);
            List<NamedSpan> gold = mentions(root, offsets, types(root));
            return new Doc(file.getFileName().toString().replace(".xml", ""), text.toString(), gold);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(file + ": not MEANTIME CAT XML: " + e.getMessage(), e);
        }
    }

    private static Map<String, int[]> tokens(Element root, StringBuilder text) {
        NodeList toks = root.getElementsByTagName("token");
        Map<String, int[]> offsets = new HashMap<>();
        String sentence = null;
        for (int i = 0; i < toks.getLength(); i++) {
            Element t = (Element) toks.item(i);
            String word = t.getTextContent();
            if (sentence != null && !sentence.equals(t.getAttribute("sentence"))) {
                text.append('\n');
            } else if (sentence != null && !NO_SPACE_BEFORE.contains(word)) {
                text.append(' ');
            }
            sentence = t.getAttribute("sentence");
            offsets.put(t.getAttribute("t_id"), new int[] {text.length(), text.length() + word.length()});
            text.append(word);
        }
        return offsets;
    }

    /** Mention id → type, through the REFERS_TO relations to typed entities. */
    private static Map<String, EntityType> types(Element root) {
        Map<String, EntityType> entityType = new HashMap<>();
        NodeList entities = root.getElementsByTagName("ENTITY");
        for (int i = 0; i < entities.getLength(); i++) {
            Element e = (Element) entities.item(i);
            entityType.put(e.getAttribute("m_id"), type(e.getAttribute("ent_type")));
        }
        Map<String, EntityType> out = new HashMap<>();
        NodeList refers = root.getElementsByTagName("REFERS_TO");
        for (int i = 0; i < refers.getLength(); i++) {
            Element r = (Element) refers.item(i);
            EntityType t = entityType.get(attribute(r, "target"));
            NodeList sources = r.getElementsByTagName("source");
            for (int j = 0; t != null && j < sources.getLength(); j++) {
                out.put(((Element) sources.item(j)).getAttribute("m_id"), t);
            }
        }
        return out;
    }

    private static String attribute(Element relation, String child) {
        NodeList n = relation.getElementsByTagName(child);
        return n.getLength() == 0 ? "" : ((Element) n.item(0)).getAttribute("m_id");
    }

    private static EntityType type(String meantimeType) {
        return switch (meantimeType) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.PLACE;
            default -> EntityType.OTHER;
        };
    }

    private static List<NamedSpan> mentions(Element root, Map<String, int[]> offsets, Map<String, EntityType> types) {
        List<NamedSpan> out = new ArrayList<>();
        NodeList mentions = root.getElementsByTagName("ENTITY_MENTION");
        for (int i = 0; i < mentions.getLength(); i++) {
            Element m = (Element) mentions.item(i);
            NodeList anchors = m.getElementsByTagName("token_anchor");
            if ("NAM".equals(m.getAttribute("syntactic_type")) && anchors.getLength() > 0) {
                int[] first = offsets.get(((Element) anchors.item(0)).getAttribute("t_id"));
                int[] last = offsets.get(((Element) anchors.item(anchors.getLength() - 1)).getAttribute("t_id"));
                out.add(new NamedSpan(first[0], last[1], types.getOrDefault(m.getAttribute("m_id"), EntityType.OTHER)));
            }
        }
        return out;
    }
}
