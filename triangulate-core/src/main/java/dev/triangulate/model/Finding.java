package dev.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * Facts from one or more articles that state the same thing about the same subject, with a verdict.
 *
 * @param id        stable id within the story
 * @param kind      what sort of fact it rests on
 * @param subject   what it is about ("North Korean troops", "ATACMS")
 * @param attribute which property of the subject ("count", "range", "start date", "speaker")
 * @param statement one plain sentence a reader can check against the evidence
 * @param verdict   corroborated, single-source or conflicting
 * @param evidence  every supporting passage, in article order
 * @param rationale why the passages were aligned and how their values were judged, for inspection
 */
public record Finding(String id, FactKind kind, String subject, String attribute, String statement,
                      Verdict verdict, List<Evidence> evidence, String rationale) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(verdict, "verdict");
        subject = subject == null ? "" : subject;
        attribute = attribute == null ? "" : attribute;
        evidence = List.copyOf(evidence);
        rationale = rationale == null ? "" : rationale;
    }

    /** How much weight it can bear: independent sources and hedging ({@link Strength}). Derived, not stored. */
    public Strength strength() {
        return Strength.of(this);
    }

    /** The ids of the articles cited, without repeats, in evidence order. */
    public List<String> articles() {
        return evidence.stream().map(Evidence::article).distinct().toList();
    }
}
