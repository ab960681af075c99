package dev.triangulate;

import dev.triangulate.analyze.Analyzer;
import dev.triangulate.analyze.entity.EntityLinker;
import dev.triangulate.analyze.entity.MentionExtractor;
import dev.triangulate.analyze.quantity.QuantityExtractor;
import dev.triangulate.analyze.quote.QuoteExtractor;
import dev.triangulate.analyze.time.DateExtractor;
import dev.triangulate.brief.ExtractiveBriefWriter;
import dev.triangulate.model.Article;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Published;
import dev.triangulate.model.Story;
import dev.triangulate.reconcile.FactReconciler;
import dev.triangulate.text.RuleSegmenter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Builds stories from text-block fixtures with the real English stages (the same parts
 * {@code Triangulate.english()} wires), so reconciliation and briefing tests run on real facts.
 */
public final class TestStories {

    /** The English per-document stage. */
    public static final Analyzer ANALYZER = new Analyzer(RuleSegmenter.english(), MentionExtractor.english(),
            List.of(QuantityExtractor.english(), DateExtractor.english()), QuoteExtractor.english()::extract);
    public static final FactReconciler RECONCILER = new FactReconciler(new EntityLinker()::link);
    public static final ExtractiveBriefWriter WRITER = new ExtractiveBriefWriter();
    /** The publication day of every fixture unless a test says otherwise. */
    public static final LocalDate DAY = LocalDate.of(2024, 11, 18);

    private TestStories() {
    }

    /** An article of outlet {@code id}, published on {@link #DAY}. */
    public static Coverage report(String id, String text) {
        return report(id, text, DAY);
    }

    public static Coverage report(String id, String text, LocalDate published) {
        Article a = new Article(id, id + ".txt", "", id.toUpperCase(java.util.Locale.ROOT), "", List.of(),
                Published.given(published, "test fixture"), "en", text);
        return ANALYZER.analyze(a);
    }

    /** A story of the given reports, none a copy of another. */
    public static Story story(Coverage... reports) {
        return story(Map.of(), reports);
    }

    /** A story of the given reports; {@code copyOf} maps a syndicated copy's id to its original's. */
    public static Story story(Map<String, String> copyOf, Coverage... reports) {
        return new Story("s1", "", List.of(), List.of(reports), copyOf);
    }

    /** Reconciles and briefs the story. */
    public static Briefing brief(Story story) {
        return WRITER.write(story, RECONCILER.reconcile(story));
    }

    /** Reconciles and briefs a story of the given reports. */
    public static Briefing brief(Coverage... reports) {
        return brief(story(reports));
    }
}
