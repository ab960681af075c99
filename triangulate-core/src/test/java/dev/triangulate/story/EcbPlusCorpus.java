package dev.triangulate.story;

import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Published;
import dev.triangulate.text.RuleSegmenter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the ECB+ development topics (CAT XML) as segmented coverages without facts, and their gold
 * stories (topic + ecb / ecbplus). The text is rebuilt from the tokens, one sentence per line.
 */
final class EcbPlusCorpus {

    private static final Pattern TOKEN = Pattern.compile(
            "<token\\b[^>]*\\bsentence=\"(\\d+)\"[^>]*>([^<]*)</token>");
    private static final Pattern FILE = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");

    final List<Coverage> coverages = new ArrayList<>();
    final Map<String, String> gold = new LinkedHashMap<>();

    static Path sharedData() {
        String prop = System.getProperty("triangulate.shared.data");
        return Path.of(prop == null || prop.isBlank() || prop.contains("${") ? "../../shared/data" : prop);
    }

    static EcbPlusCorpus read(Path root) throws IOException {
        EcbPlusCorpus corpus = new EcbPlusCorpus();
        RuleSegmenter segmenter = RuleSegmenter.english();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path f : files) {
            Matcher m = FILE.matcher(f.getFileName().toString());
            m.matches();
            String id = f.getFileName().toString().replace(".xml", "");
            Article a = new Article(id, f.toString(), "", "", "", List.of(), Published.UNKNOWN, "en", text(f));
            corpus.coverages.add(new Coverage(segmenter.segment(a), List.of()));
            corpus.gold.put(id, m.group(1) + "/" + m.group(3));
        }
        return corpus;
    }

    private static String text(Path f) {
        try {
            Map<Integer, StringBuilder> sentences = new TreeMap<>();
            Matcher m = TOKEN.matcher(Files.readString(f));
            while (m.find()) {
                StringBuilder sb = sentences.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new StringBuilder());
                sb.append(sb.isEmpty() ? "" : " ").append(unescape(m.group(2)));
            }
            return String.join("\n", sentences.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
