package dev.triangulate.render;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Article;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Entity;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Measure;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Modifier;
import dev.triangulate.model.Published;
import dev.triangulate.model.Quantity;
import dev.triangulate.model.Quote;
import dev.triangulate.model.Relation;
import dev.triangulate.model.Span;
import dev.triangulate.model.Story;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.TimeType;
import dev.triangulate.model.Verdict;
import dev.triangulate.model.When;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A hand-made story of three short invented reports of a river flood: one corroborated count,
 * one conflicting measurement, one single-source claim, a shared quote and a timeline entry.
 */
final class BriefingFixture {

    static final String HERALD = """
            Floodwaters reached the town of Millbrook on Monday, forcing about 1,200 residents from their homes.
            Mayor Ana Ruiz said the levee "held longer than anyone expected". The river crested at 6.1 metres, officials said.""";

    static final String POST = """
            More than 1,000 people left Millbrook on Monday after the river broke its banks.
            Ana Ruiz, the town's mayor, said the levee "held longer than anyone expected" but warned of more rain. \
            The river crested at 5.2 metres, according to the county.""";

    static final String WIRE = """
            A disastrous storm flooded Millbrook on Monday. Insurers estimate the damage at $40 million, \
            a figure the wire could not verify.""";

    private BriefingFixture() {
    }

    static Article herald() {
        return new Article("herald-1", "herald-1.html", "Millbrook evacuates as river rises", "Valley Herald",
                "https://valleyherald.example/news/millbrook-flood", List.of("Dana Wells"),
                Published.given(LocalDate.of(2025, 3, 4), "header field 'published'"), "en", HERALD);
    }

    static Article post() {
        return new Article("post-7", "post-7.txt", "Levee holds, then fails, in Millbrook", "Riverside Post",
                "javascript:alert(1)", List.of(),
                Published.inferred(LocalDate.of(2025, 3, 4), "latest full date in the story"), "en", POST);
    }

    static Article wire() {
        return new Article("wire-3", "wire-3.txt", "Storm damage put at $40 million", "Coast Wire", "", List.of(),
                Published.UNKNOWN, "en", WIRE);
    }

    static Coverage coverage(Article a) {
        return new Coverage(TestDocs.doc(a), List.of());
    }

    /** The passage of {@code article} that is the first occurrence of {@code needle}. */
    static Evidence ev(Article article, String needle, String value, String hedge) {
        int start = article.text().indexOf(needle);
        if (start < 0) {
            throw new IllegalArgumentException("not in " + article.id() + ": " + needle);
        }
        Span span = new Span(article.id(), start, start + needle.length());
        return new Evidence(span, span.of(article.text()), value, hedge);
    }

    static Mention mention(Article article, String needle, EntityType type, String canonical) {
        Evidence e = ev(article, needle, null, null);
        return new Mention(e.span(), e.text(), type, canonical);
    }

    static Briefing briefing() {
        return briefing(herald(), post(), wire());
    }

    static Briefing briefing(Article herald, Article post, Article wire) {
        Story story = new Story("story-1", "Millbrook flood", List.of("Millbrook", "flood", "levee"),
                List.of(coverage(herald), coverage(post), coverage(wire)), Map.of());
        Evidence heraldCount = ev(herald, "about 1,200 residents", "1200", null);
        Evidence postCount = ev(post, "More than 1,000 people", "1000", null);
        Evidence heraldCrest = ev(herald, "6.1 metres", "6.1 m", "officials said");
        Evidence postCrest = ev(post, "5.2 metres", "5.2 m", "according to the county");
        Evidence damage = ev(wire, "$40 million", "40000000 USD", null);
        Finding count = new Finding("f1", FactKind.QUANTITY, "residents forced from their homes", "count",
                "About 1,000 to 1,200 residents left their homes.", new Verdict.Corroborated(2),
                List.of(heraldCount, postCount), "counts overlap: about 1200 and more than 1000");
        Finding crest = new Finding("f2", FactKind.QUANTITY, "the river", "crest height",
                "The river crested at a height the sources disagree on.",
                new Verdict.Conflicting(List.of(new Verdict.Side("6.1 m", List.of(heraldCrest)),
                        new Verdict.Side("5.2 m", List.of(postCrest)))),
                List.of(heraldCrest, postCrest), "6.1 m and 5.2 m differ by more than 10%");
        Finding loss = new Finding("f3", FactKind.QUANTITY, "the damage", "amount",
                "Insurers estimate the damage at $40 million.", new Verdict.SingleSource(wire.id()),
                List.of(damage), "only one article states the damage");
        List<Evidence> monday = List.of(ev(herald, "Monday", "2025-03-03", null), ev(post, "Monday", "2025-03-03", null),
                ev(wire, "Monday", "2025-03-03", null));
        Briefing.TimelineEntry flood = new Briefing.TimelineEntry("2025-03-03", LocalDate.of(2025, 3, 3),
                "Floodwaters reached the town of Millbrook on Monday.", monday);
        Briefing.QuoteRow quote = new Briefing.QuoteRow("held longer than anyone expected", "Ana Ruiz", true,
                List.of(herald.id(), post.id()), List.of(ev(herald, "held longer than anyone expected", null, null),
                ev(post, "held longer than anyone expected", null, null)));
        Entity town = new Entity("e1", "Millbrook", EntityType.PLACE, List.of(), List.of(
                mention(herald, "Millbrook", EntityType.PLACE, "Millbrook"),
                mention(post, "Millbrook", EntityType.PLACE, "Millbrook"),
                mention(wire, "Millbrook", EntityType.PLACE, "Millbrook")));
        Entity mayor = new Entity("e2", "Ana Ruiz", EntityType.PERSON, List.of("Mayor Ana Ruiz"), List.of(
                mention(herald, "Mayor Ana Ruiz", EntityType.PERSON, "Ana Ruiz"),
                mention(post, "Ana Ruiz", EntityType.PERSON, "Ana Ruiz")));
        Briefing.Cited summary = new Briefing.Cited("About 1,000 to 1,200 residents left Millbrook on Monday.",
                List.of(heraldCount, postCount, monday.get(0), monday.get(1)));
        List<Briefing.OutletProfile> outlets = List.of(
                new Briefing.OutletProfile(herald.id(), herald.outletOrId(), List.of("f1", "f2"), List.of(), List.of()),
                new Briefing.OutletProfile(post.id(), post.outletOrId(), List.of("f1", "f2"), List.of(), List.of()),
                new Briefing.OutletProfile(wire.id(), wire.outletOrId(), List.of("f3"), List.of("f3"),
                        List.of(ev(wire, "disastrous", null, null))));
        return new Briefing(story, List.of(summary), List.of(crest, count, loss), List.of(flood), List.of(quote),
                List.of(town, mayor), outlets);
    }

    /** A coverage of {@link #HERALD} with one fact of every kind. */
    static Coverage heraldFacts() {
        Article a = herald();
        Evidence town = ev(a, "Millbrook", null, null);
        Evidence monday = ev(a, "Monday", null, null);
        Evidence count = ev(a, "about 1,200 residents", null, null);
        Evidence crest = ev(a, "6.1 metres", null, null);
        Evidence said = ev(a, "held longer than anyone expected", null, null);
        Evidence mayor = ev(a, "Ana Ruiz", null, null);
        return new Coverage(TestDocs.doc(a), List.of(
                new Mention(town.span(), town.text(), EntityType.PLACE, "Millbrook"),
                new When(monday.span(), monday.text(), "2025-03-03", TimeType.DATE, Granularity.DAY,
                        LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3), Relation.AT),
                new Quantity(count.span(), count.text(), 1200, null, "", null, Modifier.ABOUT, "residents"),
                new Quantity(crest.span(), crest.text(), 6.1, null, "m", new Measure(6.1, "m"), Modifier.EXACT,
                        "crest height"),
                new Quote(said.span(), said.text(), "Ana Ruiz", mayor.span(), "said", true)));
    }
}
