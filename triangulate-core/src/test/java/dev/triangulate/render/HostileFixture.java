package dev.triangulate.render;

import static dev.triangulate.render.BriefingFixture.ev;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Article;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Entity;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Published;
import dev.triangulate.model.Story;
import dev.triangulate.model.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A story whose every text field carries markup, script and Markdown payloads. */
final class HostileFixture {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE = "\" onmouseover=\"x";
    static final String MARKDOWN = "| pipe | *star* _under_ `tick` [link](http://x.example) <b>bold</b> ~strike~ #hash";

    static final String TEXT = "The council posted " + SCRIPT + " on its site on Tuesday.\r\n"
            + "A resident wrote " + MARKDOWN + " in reply.\n"
            + "The notice said " + ATTRIBUTE + " and \\ backslash & ampersand 'single'.";

    private HostileFixture() {
    }

    static Article article() {
        return new Article("evil-1", "evil-1.html", SCRIPT + " title", ATTRIBUTE, "javascript:alert(1)",
                List.of(SCRIPT), Published.given(LocalDate.of(2025, 1, 7), SCRIPT), "en", TEXT);
    }

    static Briefing briefing() {
        Article a = article();
        Article b = new Article("plain-2", "plain-2.txt", "Plain", "Plain Daily", "data:text/html,<b>x</b>", List.of(),
                Published.UNKNOWN, "en", "The council posted a notice on Tuesday.");
        Story story = new Story("evil-story", SCRIPT, List.of(SCRIPT, MARKDOWN),
                List.of(new Coverage(TestDocs.doc(a), List.of()), new Coverage(TestDocs.doc(b), List.of())),
                Map.of(b.id(), a.id()));
        Evidence script = ev(a, SCRIPT, SCRIPT, ATTRIBUTE);
        Evidence markdown = ev(a, MARKDOWN, MARKDOWN, null);
        Evidence attribute = ev(a, ATTRIBUTE, null, null);
        Evidence plain = ev(b, "a notice", null, null);
        Finding conflict = new Finding("<f1>", FactKind.STATEMENT, SCRIPT, MARKDOWN, SCRIPT + "\n" + MARKDOWN,
                new Verdict.Conflicting(List.of(new Verdict.Side(SCRIPT, List.of(script)),
                        new Verdict.Side(MARKDOWN, List.of(plain)))), List.of(script, plain), ATTRIBUTE);
        Finding single = new Finding("f2", FactKind.STATEMENT, "", "", MARKDOWN, new Verdict.SingleSource(a.id()),
                List.of(markdown), "");
        Briefing.TimelineEntry entry = new Briefing.TimelineEntry(SCRIPT, LocalDate.of(2025, 1, 7), MARKDOWN,
                List.of(ev(a, "Tuesday", null, null), ev(b, "Tuesday", null, null)));
        Briefing.QuoteRow quote = new Briefing.QuoteRow(MARKDOWN + "\nsecond line", SCRIPT, false, List.of(a.id()),
                List.of(markdown));
        Evidence name = ev(a, "council", null, null);
        Entity entity = new Entity(SCRIPT, SCRIPT, EntityType.ORGANIZATION, List.of(MARKDOWN, ATTRIBUTE),
                List.of(new Mention(name.span(), name.text(), EntityType.ORGANIZATION, SCRIPT)));
        return new Briefing(story, List.of(new Briefing.Cited(SCRIPT + " " + MARKDOWN, List.of(script, attribute))),
                List.of(conflict, single), List.of(entry), List.of(quote), List.of(entity),
                List.of(new Briefing.OutletProfile(a.id(), ATTRIBUTE, List.of("<f1>"), List.of("f2"), List.of(attribute))));
    }
}
