package dev.triangulate.eval;

import dev.triangulate.analyze.entity.EntityLinker;
import dev.triangulate.eval.EcbPlusEntities.Doc;
import dev.triangulate.eval.EntityCorefEvaluation.SystemMention;
import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Entity;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Published;
import dev.triangulate.model.Story;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The systems scored on ECB+ entity coreference, each as system mentions by document id: Triangulate
 * (the pipeline's analysis, then {@link EntityLinker} across the documents of a topic, or of each story
 * our clusterer finds), and string baselines. Entity ids carry the group they were linked in, so no
 * entity spans two topics. Stateless and thread-safe.
 */
public final class EntityCorefSystems {

    private EntityCorefSystems() {
    }

    /** Each document as an article: id, its file name; text, the rebuilt text; no title, outlet or date. */
    public static List<Article> articles(List<Doc> docs) {
        return docs.stream().map(d -> new Article(d.id(), d.id(), "", "", "", List.of(), Published.UNKNOWN, "en", d.text()))
                .toList();
    }

    /** The pipeline's per-document analysis (dating included), in document order. */
    public static List<Coverage> analyze(Triangulate pipeline, List<Doc> docs) {
        return pipeline.analyze(articles(docs), Progress.SILENT);
    }

    /** Linked across all documents of each gold topic: the setting of ECB+ results with gold topics. */
    public static Map<String, List<SystemMention>> linkedByTopic(List<Doc> docs, List<Coverage> coverages) {
        Map<String, List<Coverage>> topics = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            topics.computeIfAbsent(docs.get(i).topic(), t -> new ArrayList<>()).add(coverages.get(i));
        }
        Map<String, List<SystemMention>> out = new HashMap<>();
        topics.forEach((topic, group) -> link("topic " + topic, group, out));
        return out;
    }

    /** Linked within each story the pipeline's clusterer forms from all documents at once, as a user runs it. */
    public static Map<String, List<SystemMention>> linkedByStory(Triangulate pipeline, List<Coverage> coverages) {
        Map<String, List<SystemMention>> out = new HashMap<>();
        for (Story s : pipeline.cluster(coverages, Progress.SILENT)) {
            link("story " + s.id(), s.members(), out);
        }
        return out;
    }

    private static void link(String group, List<Coverage> members, Map<String, List<SystemMention>> out) {
        for (Entity e : new EntityLinker().link(members)) {
            for (Mention m : e.mentions()) {
                out.computeIfAbsent(m.span().docId(), k -> new ArrayList<>())
                        .add(new SystemMention(m.span().start(), m.span().end(), group + "/" + e.id()));
            }
        }
    }

    /** Our mentions, one entity per lower-cased surface string within a topic: what the linker adds to. */
    public static Map<String, List<SystemMention>> ourMentionsBySurface(List<Doc> docs, List<Coverage> coverages) {
        Map<String, List<SystemMention>> out = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            out.put(d.id(), coverages.get(i).facts(Mention.class).stream()
                    .map(m -> new SystemMention(m.span().start(), m.span().end(), surface(d, m.text()))).toList());
        }
        return out;
    }

    /** The gold mentions themselves, one entity per lower-cased surface string within a topic: the standard baseline. */
    public static Map<String, List<SystemMention>> goldMentionsBySurface(List<Doc> docs) {
        Map<String, List<SystemMention>> out = new HashMap<>();
        for (Doc d : docs) {
            out.put(d.id(), d.mentions().stream()
                    .map(g -> new SystemMention(g.start(), g.end(), surface(d, g.text()))).toList());
        }
        return out;
    }

    /** Any system's spans by document, one entity per lower-cased surface string within a topic. */
    public static Map<String, List<SystemMention>> bySurface(List<Doc> docs, Function<Doc, List<int[]>> spans) {
        Map<String, List<SystemMention>> out = new HashMap<>();
        for (Doc d : docs) {
            out.put(d.id(), spans.apply(d).stream()
                    .map(s -> new SystemMention(s[0], s[1], surface(d, d.text().substring(s[0], s[1])))).toList());
        }
        return out;
    }

    private static String surface(Doc d, String text) {
        return d.topic() + "/" + text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
