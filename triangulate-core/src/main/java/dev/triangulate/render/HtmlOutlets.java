package dev.triangulate.render;

import dev.triangulate.model.Briefing;
import dev.triangulate.model.Briefing.OutletProfile;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Finding;
import java.util.List;
import java.util.function.Consumer;

/**
 * The "Outlets compared" section of an HTML briefing: a findings-by-outlet matrix (rows findings,
 * columns articles: ● covers, ✕ takes a side of a conflict, blank says nothing) and, per outlet, what
 * only it reports and its loaded language. Writes into the caller's {@link Html}; not thread-safe.
 */
final class HtmlOutlets {

    private final Html h;
    private final Briefing briefing;
    private final Consumer<List<Evidence>> cite;

    /** @param cite writes citation links for passages (and numbers them) */
    HtmlOutlets(Html h, Briefing briefing, Consumer<List<Evidence>> cite) {
        this.h = h;
        this.briefing = briefing;
        this.cite = cite;
    }

    void write() {
        if (briefing.findings().isEmpty() && briefing.outlets().isEmpty()) {
            return;
        }
        h.open("section").element("h2", "Outlets compared").newline();
        matrix();
        profiles();
        h.close("section").newline();
    }

    private void matrix() {
        if (briefing.findings().isEmpty()) {
            return;
        }
        FindingGrid grid = new FindingGrid(briefing.story());
        h.open("table", "class", "matrix").open("thead").open("tr").element("th", "finding");
        grid.articles().forEach(a -> h.element("th", HtmlStory.outletName(briefing, a), "title", a));
        h.close("tr").close("thead").open("tbody").newline();
        for (Finding f : briefing.findings()) {
            h.open("tr").open("th", "scope", "row");
            HtmlStory.badge(h, f.verdict());
            HtmlStory.strength(h, f);
            h.text(" " + f.statement()).close("th");
            grid.articles().forEach(a -> cell(FindingGrid.mark(f, a)));
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    private void cell(FindingGrid.Mark mark) {
        switch (mark) {
            case FindingGrid.Covers c -> h.element("td", "●", "class", "covers", "title", "covers");
            case FindingGrid.Side s -> h.open("td", "class", "side", "title", "states " + s.value())
                    .text("✕ ").element("small", s.value()).close("td");
            case FindingGrid.Silent s -> h.element("td", "");
        }
    }

    private void profiles() {
        h.open("ul", "class", "outlets").newline();
        for (OutletProfile p : briefing.outlets()) {
            h.open("li").element("strong", p.outlet()).text(" (" + p.article() + "): covers " + p.covered().size()
                    + (p.covered().size() == 1 ? " finding" : " findings"));
            exclusive(p);
            loaded(p);
            h.close("li").newline();
        }
        h.close("ul").newline();
    }

    private void exclusive(OutletProfile p) {
        if (p.exclusive().isEmpty()) {
            return;
        }
        h.open("ul");
        for (String id : p.exclusive()) {
            Finding f = briefing.findings().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
            h.open("li").text("only it reports: " + (f == null ? id : f.statement()));
            if (f != null) {
                cite.accept(f.evidence());
            }
            h.close("li");
        }
        h.close("ul");
    }

    private void loaded(OutletProfile p) {
        if (p.loaded().isEmpty()) {
            return;
        }
        h.open("ul");
        for (Evidence e : p.loaded()) {
            h.open("li").text("loaded language: “").element("span", e.text(), "class", "loaded").text("”");
            cite.accept(List.of(e));
            h.close("li");
        }
        h.close("ul");
    }
}
