package dev.triangulate.model;

import java.util.Objects;

/**
 * How much weight a finding can bear, from who stands behind it and how firmly they say it.
 *
 * <p>Scale: a conflict is {@code disputed}. Otherwise the score is the independent sources (counted up to
 * three) minus one when every passage is hedged or anonymously attributed ("reportedly", "officials
 * said", "according to ..."): 3 is {@code strong} (three or more independent outlets, at least one
 * stating it directly), 2 is {@code moderate} (two direct, or three or more all hedged), 1 or less is
 * {@code weak} (one outlet, or two that only hedge). A claim a source makes in its own name (a named
 * speaker, a plain statement) is not hedged.
 *
 * @param level              strong, moderate, weak or disputed
 * @param independentSources the independent sources behind it (for a conflict: its best-supported side)
 * @param hedged             whether every passage carries a hedge or an anonymous attribution
 */
public record Strength(String level, int independentSources, boolean hedged) {

    public Strength {
        Objects.requireNonNull(level, "level");
    }

    /** The strength of {@code finding}, from its verdict and its passages' hedges. */
    public static Strength of(Finding finding) {
        boolean hedged = !finding.evidence().isEmpty()
                && finding.evidence().stream().allMatch(e -> e.hedge() != null && !e.hedge().isBlank());
        return switch (finding.verdict()) {
            case Verdict.Conflicting c -> new Strength("disputed", c.sides().stream()
                    .mapToInt(s -> (int) s.evidence().stream().map(Evidence::article).distinct().count())
                    .max().orElse(1), hedged);
            case Verdict.Corroborated c -> scored(c.independentSources(), hedged);
            case Verdict.SingleSource s -> scored(1, hedged);
        };
    }

    private static Strength scored(int sources, boolean hedged) {
        int score = Math.min(sources, 3) - (hedged ? 1 : 0);
        String level = score >= 3 ? "strong" : score == 2 ? "moderate" : "weak";
        return new Strength(level, sources, hedged);
    }
}
