package dev.triangulate.brief;

import dev.triangulate.model.Briefing;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Span;
import dev.triangulate.model.Story;
import dev.triangulate.model.Token;
import dev.triangulate.model.Verdict;
import dev.triangulate.internal.Stems;
import dev.triangulate.text.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-outlet comparison: which findings each article contributes to, which only it reports, and where
 * it uses loaded language or carries lines the publisher inserted into the body ("RELATED: ...").
 * Word lists live in {@code dev/triangulate/brief/}. Immutable and thread-safe.
 */
final class OutletReview {

    private final Pattern insertedLine;
    private final Set<String> loaded;

    private OutletReview(Set<String> labels, Set<String> loaded) {
        this.insertedLine = Pattern.compile("(?mi)^(?:" + String.join("|", labels.stream().map(Pattern::quote).toList())
                + ")\\s*:.*$");
        this.loaded = loaded.stream().map(Stems::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static OutletReview english() {
        return new OutletReview(Lexicon.lines("brief/inserted-labels.txt"), Lexicon.lines("brief/loaded.txt"));
    }

    List<Briefing.OutletProfile> profiles(Story story, List<Finding> findings) {
        // one pass over the findings, not one per article: a story of a thousand reports has thousands of each
        Map<String, List<String>> covered = new HashMap<>();
        Map<String, List<String>> exclusive = new HashMap<>();
        for (Finding f : findings) {
            for (String article : f.articles()) {
                covered.computeIfAbsent(article, k -> new ArrayList<>()).add(f.id());
                if (f.verdict() instanceof Verdict.SingleSource) {
                    exclusive.computeIfAbsent(article, k -> new ArrayList<>()).add(f.id());
                }
            }
        }
        List<Briefing.OutletProfile> out = new ArrayList<>();
        for (Coverage c : story.members()) {
            out.add(new Briefing.OutletProfile(c.id(), c.article().outletOrId(), covered.getOrDefault(c.id(), List.of()),
                    exclusive.getOrDefault(c.id(), List.of()), loaded(c)));
        }
        return out;
    }

    /** Lines the publisher inserted into the body ("RELATED: ..."): not the report's own words. */
    List<Span> insertedLines(Coverage c) {
        List<Span> out = new ArrayList<>();
        Matcher m = insertedLine.matcher(c.article().text());
        while (m.find()) {
            out.add(new Span(c.id(), m.start(), m.end()));
        }
        return out;
    }

    private List<Evidence> loaded(Coverage c) {
        String text = c.article().text();
        List<Evidence> out = new ArrayList<>();
        for (Span span : insertedLines(c)) {
            out.add(new Evidence(span, span.of(text), "inserted line", null));
        }
        for (Sentence s : c.sentences()) {
            for (Token t : s.tokens()) {
                String lower = t.text().toLowerCase(Locale.ROOT);
                if (loaded.contains(Stems.of(lower)) && out.stream().noneMatch(e -> e.span().overlaps(s.span()))) {
                    out.add(new Evidence(s.span(), s.span().of(text), "loaded word: " + t.text(), null));
                    break;
                }
            }
        }
        return out;
    }
}
