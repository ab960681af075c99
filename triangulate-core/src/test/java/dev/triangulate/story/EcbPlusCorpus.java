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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the ECB+ development topics (CAT XML) as coverages, and their gold stories (topic + ecb /
 * ecbplus). The text is rebuilt from the tokens, one sentence per line; the documents have no
 * titles, outlets or publication dates.
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

    /** Segmentation only: coverages without facts. */
    static EcbPlusCorpus read(Path root) throws IOException {
        RuleSegmenter segmenter = RuleSegmenter.english();
        return read(root, a -> new Coverage(segmenter.segment(a), List.of()));
    }

    /** Each document through {@code analysis} (the full Analyzer, for instance), in file order. */
    static EcbPlusCorpus read(Path root, Function<Article, Coverage> analysis) throws IOException {
        EcbPlusCorpus corpus = new EcbPlusCorpus();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        List<Article> articles = new ArrayList<>();
        for (Path f : files) {
            Matcher m = FILE.matcher(f.getFileName().toString());
            m.matches();
            String id = f.getFileName().toString().replace(".xml", "");
            articles.add(new Article(id, f.toString(), "", "", "", List.of(), Published.UNKNOWN, "en", text(f)));
            corpus.gold.put(id, m.group(1) + "/" + m.group(3));
        }
        // analysis is a pure function of the article: a parallel map keeps the file order
        corpus.coverages.addAll(articles.parallelStream().map(analysis).toList());
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
