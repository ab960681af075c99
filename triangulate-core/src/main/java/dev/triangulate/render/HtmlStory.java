package dev.triangulate.render;

import dev.triangulate.model.Article;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Briefing.QuoteRow;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Entity;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Verdict;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes one story of an HTML briefing, one small method per section. Citations are superscript
 * links to the numbered passages of the story's "Sources" list, whose anchors are prefixed with the
 * story's position ({@code s0-src-3}) so they stay unique in a page of many stories. One instance
 * per story; not thread-safe.
 */
final class HtmlStory {

    private final Html h;
    private final Briefing briefing;
    private final String anchor;
    private final Citations citations;

    HtmlStory(Html h, Briefing briefing, int index) {
        this.h = h;
        this.briefing = briefing;
        this.anchor = "s" + index;
        this.citations = new Citations(briefing.story());
    }

    void write() {
        h.open("article", "class", "story", "id", anchor).newline();
        title();
        articles();
        consensus();
        disputed();
        singleSource();
        new HtmlOutlets(h, briefing, this::cite).write();
        timeline();
        quotes();
        entities();
        sources();
        h.close("article").newline();
    }

    private void title() {
        String title = briefing.story().title().isBlank() ? briefing.story().id() : briefing.story().title();
        h.element("h1", title).newline();
        if (!briefing.story().keywords().isEmpty()) {
            h.element("p", String.join(", ", briefing.story().keywords()), "class", "keywords").newline();
        }
    }

    private void section(String heading) {
        h.open("section").element("h2", heading).newline();
    }

    private void endSection() {
        h.close("section").newline();
    }

    private void articles() {
        section("Articles");
        h.open("div", "class", "table-wrap").open("table").open("thead").open("tr");
        List.of("id", "outlet", "title", "published").forEach(t -> h.element("th", t));
        h.close("tr").close("thead").open("tbody").newline();
        briefing.story().members().forEach(this::articleRow);
        h.close("tbody").close("table").close("div").newline();
        endSection();
    }

    private void articleRow(Coverage member) {
        Article a = member.article();
        String copy = briefing.story().copyOf().get(a.id());
        h.open("tr").open("td", "class", "id").text(a.id());
        if (copy != null) {
            h.element("span", " copy of " + copy, "class", "muted");
        }
        h.close("td").element("td", a.outlet()).open("td");
        articleTitle(a);
        h.close("td").open("td");
        published(a);
        h.close("td").close("tr").newline();
    }

    private void articleTitle(Article a) {
        String title = a.title().isBlank() ? "(untitled)" : a.title();
        String url = Html.httpUrl(a.url());
        if (url != null) {
            h.element("a", title, "href", url, "rel", "noopener noreferrer nofollow");
        } else {
            h.text(title);
            if (!a.url().isBlank()) {
                h.element("span", " " + a.url(), "class", "muted url");
            }
        }
    }

    private void published(Article a) {
        if (!a.published().known()) {
            h.element("span", "unknown", "class", "muted");
            return;
        }
        h.text(a.published().date().toString());
        if (a.published().inferred()) {
            h.element("span", " inferred", "class", "inferred", "title", a.published().basis());
        }
    }

    private void consensus() {
        section("Consensus");
        if (briefing.summary().isEmpty()) {
            h.element("p", "No point is corroborated by more than one outlet.", "class", "muted");
        } else {
            h.open("ul", "class", "summary").newline();
            for (Briefing.Cited c : briefing.summary()) {
                h.open("li").text(c.text());
                cite(c.evidence());
                h.close("li").newline();
            }
            h.close("ul");
        }
        endSection();
    }

    private void disputed() {
        List<Finding> conflicts = briefing.findings(Verdict.Conflicting.class);
        if (conflicts.isEmpty()) {
            return;
        }
        section("Disputed points");
        for (Finding f : conflicts) {
            h.open("div", "class", "finding").open("p");
            badge(f.verdict());
            h.text(" ").element("strong", f.statement()).close("p").open("ul", "class", "sides").newline();
            for (Verdict.Side side : ((Verdict.Conflicting) f.verdict()).sides()) {
                h.open("li").element("span", side.value(), "class", "value").text(" — " + outlets(side.evidence()) + ": ");
                passages(side.evidence());
                h.close("li").newline();
            }
            h.close("ul").close("div").newline();
        }
        endSection();
    }

    private void singleSource() {
        List<Finding> single = briefing.findings(Verdict.SingleSource.class);
        if (single.isEmpty()) {
            return;
        }
        section("Single-source claims");
        h.open("ul", "class", "single").newline();
        for (Finding f : single) {
            h.open("li");
            badge(f.verdict());
            h.text(" ");
            strength(h, f);
            h.text(" " + f.statement() + " — " + outlets(f.evidence()));
            cite(f.evidence());
            h.close("li").newline();
        }
        h.close("ul");
        endSection();
    }

    private void timeline() {
        if (briefing.timeline().isEmpty()) {
            return;
        }
        section("Timeline");
        new TimelineSvg(h, briefing, e -> "#" + sourceAnchor(citations.cite(e))).write();
        h.open("ol", "class", "timeline").newline();
        for (Briefing.TimelineEntry t : briefing.timeline()) {
            h.open("li").element("time", t.when()).text(" " + t.what() + " — " + outlets(t.evidence()));
            cite(t.evidence());
            h.close("li").newline();
        }
        h.close("ol");
        endSection();
    }

    private void quotes() {
        if (briefing.quotes().isEmpty()) {
            return;
        }
        section("Quotes");
        h.open("div", "class", "table-wrap").open("table").open("thead").open("tr");
        List.of("speaker", "quote", "outlets", "form").forEach(t -> h.element("th", t));
        h.close("tr").close("thead").open("tbody").newline();
        for (QuoteRow q : briefing.quotes()) {
            h.open("tr").element("td", q.speaker() == null ? "unattributed" : q.speaker())
                    .open("td").element("q", q.text());
            cite(q.evidence());
            h.close("td").open("td", "class", "id").text(outletNames(q.articles())).close("td")
                    .element("td", q.partial() ? "partial" : "full")
                    .close("tr").newline();
        }
        h.close("tbody").close("table").close("div").newline();
        endSection();
    }

    private void entities() {
        if (briefing.entities().isEmpty()) {
            return;
        }
        section("Entities");
        h.open("div", "class", "table-wrap").open("table").open("thead").open("tr");
        List.of("name", "type", "aliases", "articles").forEach(t -> h.element("th", t));
        h.close("tr").close("thead").open("tbody").newline();
        for (Entity e : briefing.entities()) {
            h.open("tr").element("td", e.name()).element("td", e.type().label())
                    .element("td", String.join(", ", e.aliases()))
                    .open("td", "class", "id").text(String.join(", ", e.articles())).close("td")
                    .close("tr").newline();
        }
        h.close("tbody").close("table").close("div").newline();
        endSection();
    }

    private void sources() {
        if (citations.isEmpty()) {
            return;
        }
        section("Sources");
        h.open("ol", "class", "sources").newline();
        for (Citations.Source s : citations.sources()) {
            Evidence e = s.evidence();
            String where = e.article() + " · " + s.outlet() + " · characters " + e.span().start() + "–" + e.span().end()
                    + (e.hedge() == null ? "" : " · " + e.hedge());
            h.open("li", "id", sourceAnchor(s.number()), "value", Integer.toString(s.number()))
                    .element("p", where, "class", "where")
                    .open("blockquote").text(s.before()).element("mark", e.text()).text(s.after()).close("blockquote")
                    .close("li").newline();
        }
        h.close("ol");
        endSection();
    }

    /** The finding's strength as a small label ({@link dev.triangulate.model.Strength}). */
    static void strength(Html h, Finding f) {
        String level = f.strength().level();
        h.element("span", level, "class", "strength strength-" + level, "title",
                f.strength().independentSources() + " independent source(s)" + (f.strength().hedged() ? ", hedged" : ""));
    }

    static void badge(Html h, Verdict verdict) {
        h.element("span", verdict.label(), "class", "badge badge-" + verdict.label());
    }

    private void badge(Verdict verdict) {
        badge(h, verdict);
    }

    /** Superscript links to the passages, in citation order. */
    private void cite(List<Evidence> evidence) {
        List<Integer> numbers = citations.cite(evidence);
        if (numbers.isEmpty()) {
            return;
        }
        h.open("sup", "class", "cite");
        numbers.forEach(n -> h.element("a", "[" + n + "]", "href", "#" + sourceAnchor(n)));
        h.close("sup");
    }

    private void passages(List<Evidence> evidence) {
        for (int i = 0; i < evidence.size(); i++) {
            h.text(i == 0 ? "“" : "; “").text(evidence.get(i).text()).text("”");
            cite(List.of(evidence.get(i)));
        }
    }

    private String sourceAnchor(int number) {
        return anchor + "-src-" + number;
    }

    private String outlets(List<Evidence> evidence) {
        return outletNames(evidence.stream().map(Evidence::article).distinct().toList());
    }

    private String outletNames(List<String> articles) {
        return articles.stream().map(a -> outletName(briefing, a)).collect(Collectors.joining(", "));
    }

    static String outletName(Briefing briefing, String article) {
        Coverage member = briefing.story().member(article);
        return member == null ? article : member.article().outletOrId();
    }
}
