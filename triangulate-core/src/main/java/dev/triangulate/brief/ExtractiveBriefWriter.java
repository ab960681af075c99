package dev.triangulate.brief;

import dev.triangulate.model.Briefing;
import dev.triangulate.model.Comparison;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Quote;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Span;
import dev.triangulate.model.Story;
import dev.triangulate.model.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes a briefing from source extracts only: every summary sentence is a sentence of one of the
 * articles, cited to its exact span and to the spans of the other articles that say the same, so
 * nothing in the summary is unsupported by a source.
 *
 * <p>The summary takes the corroborated statements with the most independent sources first, then,
 * when there are few, the sentences that state corroborated figures; a story of one article is
 * summarised by its lead. Immutable and thread-safe.
 */
public final class ExtractiveBriefWriter implements BriefWriter {

    static final int SUMMARY_SENTENCES = 6;
    static final int MIN_SUMMARY = 3;

    private final Timeline timeline = new Timeline();
    private final OutletReview outletReview = OutletReview.english();

    @Override
    public Briefing write(Story story, Comparison comparison) {
        Predicate<Span> inserted = insertedLines(story);
        return new Briefing(story, summary(story, comparison.findings(), inserted), comparison.findings(),
                timeline.entries(story, inserted), quotes(story, comparison.findings()), comparison.entities(),
                outletReview.profiles(story, comparison.findings()));
    }

    /** Whether a span lies in a line the publisher inserted ("RELATED: ..."): such lines are not reporting. */
    private Predicate<Span> insertedLines(Story story) {
        Map<String, List<Span>> byArticle = new HashMap<>();
        story.members().forEach(c -> byArticle.computeIfAbsent(c.id(), k -> new ArrayList<>()).addAll(outletReview.insertedLines(c)));
        return span -> byArticle.getOrDefault(span.docId(), List.of()).stream().anyMatch(l -> l.overlaps(span));
    }

    /**
     * The corroborated statements and the sentences stating corroborated facts, most independent sources
     * first (ties in finding order), one citation set per sentence, no sentence twice.
     */
    private List<Briefing.Cited> summary(Story story, List<Finding> findings, Predicate<Span> inserted) {
        List<Finding> corroborated = findings.stream()
                .filter(f -> f.verdict() instanceof Verdict.Corroborated && f.kind() != FactKind.QUOTE)
                .sorted(java.util.Comparator.comparingInt((Finding f) -> -((Verdict.Corroborated) f.verdict()).independentSources()))
                .toList();
        List<Briefing.Cited> out = new ArrayList<>();
        Set<Span> used = new LinkedHashSet<>();
        for (Finding f : corroborated) {
            if (out.size() >= SUMMARY_SENTENCES) {
                break;
            }
            if (f.kind() == FactKind.STATEMENT) {
                Evidence rep = representative(f);
                if (used.add(rep.span())) {
                    out.add(new Briefing.Cited(f.statement(), ordered(rep, f.evidence())));
                }
            } else {
                addSentenceOf(story, f.evidence().get(0), f.evidence(), used, out);
            }
        }
        if (out.isEmpty() && !story.members().isEmpty()) {
            lead(story.members().get(0), inserted, out);
        }
        return out;
    }

    /** A story no other report corroborates is summarised by the lead of its first article. */
    private static void lead(Coverage lead, Predicate<Span> inserted, List<Briefing.Cited> out) {
        for (Sentence s : lead.sentences()) {
            if (out.size() >= MIN_SUMMARY) {
                return;
            }
            if (s.tokens().size() >= 8 && !inserted.test(s.span())) {
                String text = s.span().of(lead.article().text());
                out.add(new Briefing.Cited(text, List.of(new Evidence(s.span(), text, null, null))));
            }
        }
    }

    /** The evidence whose text is the statement itself (statement findings quote their central sentence). */
    private static Evidence representative(Finding f) {
        for (Evidence e : f.evidence()) {
            if (e.text().equals(f.statement())) {
                return e;
            }
        }
        return f.evidence().get(0);
    }

    private static List<Evidence> ordered(Evidence first, List<Evidence> all) {
        List<Evidence> out = new ArrayList<>();
        out.add(first);
        for (Evidence e : all) {
            if (e != first) {
                out.add(e);
            }
        }
        return out;
    }

    /** Adds the sentence containing {@code anchor}, cited to itself and to the finding's other passages. */
    private static void addSentenceOf(Story story, Evidence anchor, List<Evidence> support, Set<Span> used,
                                      List<Briefing.Cited> out) {
        Coverage c = story.member(anchor.article());
        Sentence s = c == null ? null : c.document().sentenceAt(anchor.span().start());
        if (s == null || !used.add(s.span())) {
            return;
        }
        String text = s.span().of(c.article().text());
        List<Evidence> cites = new ArrayList<>();
        cites.add(new Evidence(s.span(), text, null, null));
        for (Evidence e : support) {
            if (!s.span().contains(e.span())) {
                cites.add(e);
            }
        }
        out.add(new Briefing.Cited(text, cites));
    }

    private static List<Briefing.QuoteRow> quotes(Story story, List<Finding> findings) {
        Map<Span, Quote> bySpan = new HashMap<>();
        for (Coverage c : story.members()) {
            for (Quote q : c.facts(Quote.class)) {
                bySpan.put(q.span(), q);
            }
        }
        List<Briefing.QuoteRow> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.kind() != FactKind.QUOTE) {
                continue;
            }
            Evidence longest = f.evidence().get(0);
            boolean partial = true;
            String speaker = null;
            for (Evidence e : f.evidence()) {
                Quote q = bySpan.get(e.span());
                partial &= q != null && q.partial();
                speaker = speaker == null && q != null ? q.speaker() : speaker;
                longest = e.text().length() > longest.text().length() ? e : longest;
            }
            out.add(new Briefing.QuoteRow(longest.text(), speaker, partial, f.articles(), f.evidence()));
        }
        return out;
    }
}
