package dev.triangulate.render;

import dev.triangulate.model.Evidence;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Story;
import dev.triangulate.model.Verdict;
import java.util.List;

/**
 * Which article stands where on each finding: the findings-by-outlet matrix of the Markdown and
 * HTML briefings. Rows are findings, columns the story's articles in member order. Immutable.
 */
final class FindingGrid {

    /** One cell: the article covers the finding, takes one side of a conflict, or says nothing. */
    sealed interface Mark {
    }

    record Covers() implements Mark {
    }

    record Side(String value) implements Mark {
    }

    record Silent() implements Mark {
    }

    private final List<String> articles;

    FindingGrid(Story story) {
        this.articles = story.members().stream().map(c -> c.id()).toList();
    }

    List<String> articles() {
        return articles;
    }

    static Mark mark(Finding finding, String article) {
        if (finding.verdict() instanceof Verdict.Conflicting c) {
            for (Verdict.Side side : c.sides()) {
                if (cites(side.evidence(), article)) {
                    return new Side(side.value());
                }
            }
        }
        return cites(finding.evidence(), article) ? new Covers() : new Silent();
    }

    private static boolean cites(List<Evidence> evidence, String article) {
        return evidence.stream().anyMatch(e -> e.article().equals(article));
    }
}
