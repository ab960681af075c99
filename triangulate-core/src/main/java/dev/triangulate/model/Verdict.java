package dev.triangulate.model;

import java.util.List;
import java.util.Objects;

/** What the sources, taken together, say about a finding. */
public sealed interface Verdict {

    /** The JSON spelling: corroborated, single-source or conflicting. */
    String label();

    /** Several independent articles state compatible values. */
    record Corroborated(int independentSources) implements Verdict {
        @Override
        public String label() {
            return "corroborated";
        }
    }

    /** Only one independent article states it. */
    record SingleSource(String article) implements Verdict {
        public SingleSource {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String label() {
            return "single-source";
        }
    }

    /** Articles state incompatible values for the same subject and attribute. */
    record Conflicting(List<Side> sides) implements Verdict {
        public Conflicting {
            sides = List.copyOf(sides);
            if (sides.size() < 2) {
                throw new IllegalArgumentException("a conflict needs two sides, got " + sides.size());
            }
        }

        @Override
        public String label() {
            return "conflicting";
        }
    }

    /** One side of a conflict: a value and the passages that state it. */
    record Side(String value, List<Evidence> evidence) {
        public Side {
            Objects.requireNonNull(value, "value");
            evidence = List.copyOf(evidence);
        }
    }
}
