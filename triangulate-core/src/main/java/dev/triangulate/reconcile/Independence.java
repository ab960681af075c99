package dev.triangulate.reconcile;

import dev.triangulate.model.Coverage;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Span;
import dev.triangulate.model.Story;
import dev.triangulate.model.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which independent source each piece of evidence of a story counts as. A report counts as itself (a
 * syndicated copy as its original), unless the sentence carrying the evidence passes the claim on from
 * another outlet or agency ({@link Attribution}): then it counts as that outlet, merged with the
 * outlet's own report when the story has one. Built per story and confined to one reconciliation (it
 * remembers each sentence's answer): not thread-safe.
 */
final class Independence {

    private final Story story;
    private final Attribution attribution;
    private final Map<String, String> reportOfOutlet = new HashMap<>();
    private final List<String> outlets = new ArrayList<>();
    private final Map<Span, Optional<String>> citedBySentence = new HashMap<>();

    Independence(Story story, Attribution attribution) {
        this.story = story;
        this.attribution = attribution;
        for (Coverage c : story.members()) {
            String outlet = c.article().outlet();
            if (!outlet.isBlank()) {
                reportOfOutlet.putIfAbsent(key(outlet), story.original(c.id()));
                outlets.add(outlet);
            }
        }
    }

    /** The outlet the sentence around {@code span} cites, by canonical name, or {@code null}. */
    String citedAt(Span span) {
        Coverage c = story.member(span.docId());
        Sentence s = c == null ? null : c.document().sentenceAt(span.start());
        if (s == null) {
            return null;
        }
        return citedBySentence.computeIfAbsent(s.span(),
                k -> Optional.ofNullable(attribution.citedSource(k.of(c.article().text()), outlets))).orElse(null);
    }

    /** The independent source the evidence at {@code span} counts as: an article id, or "cited:" + outlet. */
    String sourceOf(Span span) {
        String cited = citedAt(span);
        if (cited == null) {
            return story.original(span.docId());
        }
        return reportOfOutlet.getOrDefault(key(cited), "cited:" + cited);
    }

    private String key(String outlet) {
        return attribution.canonical(outlet).toLowerCase(Locale.ROOT);
    }

    /**
     * The finding with its corroboration counted in independent sources, and a rationale that says which
     * reports pass the claim on from whom. Conflicts and single-source findings keep their verdict.
     */
    Finding recount(Finding f) {
        Map<String, List<String>> citing = new LinkedHashMap<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Evidence e : f.evidence()) {
            String cited = citedAt(e.span());
            sources.add(sourceOf(e.span()));
            if (cited != null) {
                citing.computeIfAbsent(cited, k -> new ArrayList<>()).add(e.article());
            }
        }
        if (citing.isEmpty()) {
            return f;
        }
        Verdict verdict = f.verdict();
        if (verdict instanceof Verdict.Corroborated) {
            verdict = sources.size() >= 2 ? new Verdict.Corroborated(sources.size())
                    : new Verdict.SingleSource(f.evidence().get(0).article());
        }
        List<String> parts = new ArrayList<>();
        citing.forEach((outlet, articles) -> parts.add(String.join(", ", new LinkedHashSet<>(articles))
                + " pass it on from " + outlet));
        String why = f.rationale() + "; independence: " + String.join("; ", parts) + " — " + sources.size()
                + " independent source(s)";
        return new Finding(f.id(), f.kind(), f.subject(), f.attribute(), f.statement(), verdict, f.evidence(), why);
    }
}
