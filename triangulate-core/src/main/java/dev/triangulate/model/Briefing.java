package dev.triangulate.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a reader gets for one story: every section cites the exact characters of its sources.
 *
 * @param story        the story (articles and their texts, for rendering passages)
 * @param summary      consensus summary, most corroborated points first
 * @param findings     every finding of the comparison
 * @param timeline     dated events across sources, in time order
 * @param quotes       deduplicated quotes
 * @param entities     canonical entities
 * @param outlets      one profile per article
 */
public record Briefing(Story story, List<Cited> summary, List<Finding> findings, List<TimelineEntry> timeline,
                       List<QuoteRow> quotes, List<Entity> entities, List<OutletProfile> outlets) {

    public Briefing {
        Objects.requireNonNull(story, "story");
        summary = List.copyOf(summary);
        findings = List.copyOf(findings);
        timeline = List.copyOf(timeline);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
        outlets = List.copyOf(outlets);
    }

    public List<Finding> findings(Class<? extends Verdict> verdict) {
        return findings.stream().filter(f -> verdict.isInstance(f.verdict())).toList();
    }

    /** A sentence of the briefing and the passages it rests on. */
    public record Cited(String text, List<Evidence> evidence) {
        public Cited {
            Objects.requireNonNull(text, "text");
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * @param when  TIMEX3 value of the date or period
     * @param day   the first day it covers, for ordering
     * @param what  the sentence of the source that dates the event
     * @param evidence the passages, one per article that dates it so
     */
    public record TimelineEntry(String when, LocalDate day, String what, List<Evidence> evidence) {
        public TimelineEntry {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(what, "what");
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * @param text     the quoted words (the longest form carried)
     * @param speaker  canonical speaker, or {@code null}
     * @param partial  whether every carrier quotes it only in part
     * @param articles the articles carrying it
     * @param evidence the quoted passages
     */
    public record QuoteRow(String text, String speaker, boolean partial, List<String> articles, List<Evidence> evidence) {
        public QuoteRow {
            Objects.requireNonNull(text, "text");
            articles = List.copyOf(articles);
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * @param article   article id
     * @param outlet    outlet name, or the id when unknown
     * @param covered   ids of the findings it contributes evidence to
     * @param exclusive ids of the single-source findings only it reports
     * @param loaded    passages with loaded or opinionated language, or inserted promotional lines
     */
    public record OutletProfile(String article, String outlet, List<String> covered, List<String> exclusive,
                                List<Evidence> loaded) {
        public OutletProfile {
            Objects.requireNonNull(article, "article");
            covered = List.copyOf(covered);
            exclusive = List.copyOf(exclusive);
            loaded = List.copyOf(loaded);
        }
    }
}
