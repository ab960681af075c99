package dev.triangulate.reconcile;

import dev.triangulate.model.Article;
import dev.triangulate.model.Published;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ECB+ documents (CAT XML) as articles: the text rebuilt from the tokens, one sentence per line, as the
 * story evaluation does. ECB+ gives no outlet, title or publication date.
 */
final class EcbPlusDocuments {

    private static final Pattern TOKEN = Pattern.compile("<token\\b[^>]*\\bsentence=\"(\\d+)\"[^>]*>([^<]*)</token>");

    private EcbPlusDocuments() {
    }

    static Path root() {
        String prop = System.getProperty("triangulate.shared.data");
        String shared = prop == null || prop.isBlank() || prop.contains("${") ? "../../shared/data" : prop;
        return Path.of(shared, "ecbplus-dev");
    }

    /** The document {@code 20_1ecb} of topic 20, unknown publication date. */
    static Article article(Path root, String id) throws IOException {
        Path file = root.resolve(id.substring(0, id.indexOf('_'))).resolve(id + ".xml");
        Map<Integer, StringBuilder> sentences = new TreeMap<>();
        Matcher m = TOKEN.matcher(java.nio.file.Files.readString(file));
        while (m.find()) {
            StringBuilder sb = sentences.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new StringBuilder());
            sb.append(sb.isEmpty() ? "" : " ").append(unescape(m.group(2)));
        }
        String text = String.join("\n", sentences.values());
        return new Article(id, file.toString(), "", "", "", java.util.List.of(), Published.UNKNOWN, "en", text);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
