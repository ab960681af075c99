package dev.triangulate.story;

import dev.triangulate.model.Coverage;
import dev.triangulate.model.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A readable account of a clustering against gold stories: every story that mixes gold stories, with
 * the features both sides share (what joined them) and those that tell each side apart (what could
 * have kept them apart), the years each side states, and every gold story split over several stories.
 * For tuning by eye; the evaluation writes it under {@code target/}.
 */
final class StoryConfusions {

    private static final int SHOWN = 8;

    private final Map<String, String> gold;
    private final Map<String, Coverage> byId;
    private final Map<String, ArticleTerms> terms = new HashMap<>();

    StoryConfusions(List<Coverage> coverages, Map<String, String> gold) {
        this.gold = gold;
        this.byId = coverages.stream().collect(Collectors.toMap(Coverage::id, c -> c));
        TermExtractor extractor = TermExtractor.english(ClusterSettings.defaults());
        coverages.forEach(c -> terms.put(c.id(), extractor.extract(c)));
    }

    /** Writes the account of {@code stories} (story id to member ids) to {@code out}; returns its text. */
    String write(Map<String, List<String>> stories, Path out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<String>> s : stories.entrySet()) {
            Map<String, List<String>> sides = s.getValue().stream()
                    .collect(Collectors.groupingBy(gold::get, TreeMap::new, Collectors.toList()));
            if (sides.size() > 1) {
                sb.append("MIXED ").append(s.getKey()).append(' ').append(counts(sides)).append('\n');
                describe(sides, sb);
            }
        }
        Map<String, Set<String>> split = new TreeMap<>();
        stories.forEach((id, members) -> members.forEach(a -> split.computeIfAbsent(gold.get(a), k -> new TreeSet<>()).add(id)));
        split.forEach((g, ids) -> {
            if (ids.size() > 1) {
                sb.append("SPLIT ").append(g).append(" over ").append(ids.stream().map(id -> id + "("
                        + stories.get(id).stream().filter(a -> g.equals(gold.get(a))).count() + ")").toList())
                        .append('\n');
            }
        });
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, sb.toString());
        return sb.toString();
    }

    private static Map<String, Integer> counts(Map<String, List<String>> sides) {
        Map<String, Integer> out = new TreeMap<>();
        sides.forEach((g, m) -> out.put(g, m.size()));
        return out;
    }

    private void describe(Map<String, List<String>> sides, StringBuilder sb) {
        List<String> names = new ArrayList<>(sides.keySet());
        Map<String, Map<String, Double>> share = new HashMap<>();
        names.forEach(g -> share.put(g, documentShare(sides.get(g))));
        Map<String, Double> common = new HashMap<>();
        for (String k : share.get(names.get(0)).keySet()) {
            double least = names.stream().mapToDouble(g -> share.get(g).getOrDefault(k, 0.0)).min().orElse(0);
            if (least > 0) {
                common.put(k, least);
            }
        }
        sb.append("  shared: ").append(top(common)).append('\n');
        for (String g : names) {
            Map<String, Double> own = new HashMap<>();
            share.get(g).forEach((k, v) -> {
                double elsewhere = names.stream().filter(o -> !o.equals(g))
                        .mapToDouble(o -> share.get(o).getOrDefault(k, 0.0)).max().orElse(0);
                own.put(k, v - elsewhere);
            });
            Map<Integer, Long> years = sides.get(g).stream().map(a -> TermExtractor.statedYear(byId.get(a)))
                    .collect(Collectors.groupingBy(y -> y, TreeMap::new, Collectors.counting()));
            sb.append("  ").append(g).append(" years ").append(years).append(" own: ").append(top(own)).append('\n');
        }
    }

    /** Per feature, the share of the documents that have it. */
    private Map<String, Double> documentShare(List<String> ids) {
        Map<String, Double> out = new HashMap<>();
        for (String id : ids) {
            terms.get(id).weights().keySet().forEach(k -> out.merge(k, 1.0 / ids.size(), Double::sum));
        }
        return out;
    }

    private static String top(Map<String, Double> m) {
        return m.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey())).limit(SHOWN)
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static Map<String, List<String>> of(List<Story> stories) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        stories.forEach(s -> out.put(s.id(), s.members().stream().map(Coverage::id).toList()));
        return out;
    }
}
