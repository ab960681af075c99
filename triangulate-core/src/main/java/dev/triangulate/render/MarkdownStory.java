package dev.triangulate.render;

import static dev.triangulate.render.Markdown.cell;
import static dev.triangulate.render.Markdown.inline;
import static dev.triangulate.render.Markdown.markers;

import dev.triangulate.model.Article;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Briefing.OutletProfile;
import dev.triangulate.model.Briefing.QuoteRow;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Entity;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes one story of a Markdown briefing, section by section. Citation numbers are handed out
 * as sections cite passages, and the "Sources" section lists them last. One instance per story;
 * not thread-safe.
 */
final class MarkdownStory {

    private final Briefing briefing;
    private final Citations citations;
    private final StringBuilder out = new StringBuilder();

    MarkdownStory(Briefing briefing) {
        this.briefing = briefing;
        this.citations = new Citations(briefing.story());
    }

    String write() {
        title();
        articles();
        consensus();
        disputed();
        singleSource();
        timeline();
        quotes();
        entities();
        outlets();
        sources();
        return out.toString();
    }

    private void title() {
        String title = briefing.story().title().isBlank() ? briefing.story().id() : briefing.story().title();
        out.append("## ").append(inline(title)).append("\n\n");
        if (!briefing.story().keywords().isEmpty()) {
            out.append("Keywords: ").append(inline(String.join(", ", briefing.story().keywords()))).append("\n\n");
        }
    }

    private void section(String heading) {
        out.append("### ").append(heading).append("\n\n");
    }

    private void articles() {
        section("Articles");
        out.append(Markdown.header(List.of("id", "outlet", "title", "published")));
        for (Coverage member : briefing.story().members()) {
            Article a = member.article();
            String copy = briefing.story().copyOf().get(a.id());
            String id = cell(a.id()) + (copy == null ? "" : " (copy of " + cell(copy) + ")");
            out.append(Markdown.row(List.of(id, cell(a.outlet()), cell(a.title()), published(a))));
        }
        out.append('\n');
    }

    private static String published(Article a) {
        if (!a.published().known()) {
            return "unknown";
        }
        return a.published().date() + (a.published().inferred() ? " (inferred: " + cell(a.published().basis()) + ")" : "");
    }

    private void consensus() {
        section("Consensus");
        if (briefing.summary().isEmpty()) {
            out.append("No point is corroborated by more than one outlet.\n\n");
            return;
        }
        for (Briefing.Cited c : briefing.summary()) {
            out.append("- ").append(inline(c.text())).append(' ').append(markers(citations.cite(c.evidence()))).append('\n');
        }
        out.append('\n');
    }

    private void disputed() {
        List<Finding> conflicts = briefing.findings(Verdict.Conflicting.class);
        if (conflicts.isEmpty()) {
            return;
        }
        section("Disputed points");
        for (Finding f : conflicts) {
            out.append("- **").append(inline(f.statement())).append("**").append(about(f)).append('\n');
            for (Verdict.Side side : ((Verdict.Conflicting) f.verdict()).sides()) {
                out.append("  - ").append(inline(side.value())).append(" — ").append(outlets(side.evidence()))
                        .append(": ").append(passages(side.evidence())).append('\n');
            }
        }
        out.append('\n');
    }

    private static String about(Finding f) {
        if (f.subject().isBlank() && f.attribute().isBlank()) {
            return "";
        }
        return " (" + inline(f.subject()) + (f.attribute().isBlank() ? "" : ", " + inline(f.attribute())) + ")";
    }

    private void singleSource() {
        List<Finding> single = briefing.findings(Verdict.SingleSource.class);
        if (single.isEmpty()) {
            return;
        }
        section("Single-source claims");
        for (Finding f : single) {
            out.append("- ").append(inline(f.statement())).append(" — ").append(outlets(f.evidence()))
                    .append(hedges(f.evidence())).append(" (strength: ").append(f.strength().level()).append(')').append(' ').append(markers(citations.cite(f.evidence()))).append('\n');
        }
        out.append('\n');
    }

    private static String hedges(List<Evidence> evidence) {
        String hedges = evidence.stream().map(Evidence::hedge).filter(h -> h != null && !h.isBlank())
                .distinct().map(Markdown::inline).collect(Collectors.joining("; "));
        return hedges.isEmpty() ? "" : " (" + hedges + ")";
    }

    private void timeline() {
        if (briefing.timeline().isEmpty()) {
            return;
        }
        section("Timeline");
        for (Briefing.TimelineEntry t : briefing.timeline()) {
            out.append("- **").append(inline(t.when())).append("** ").append(inline(t.what())).append(" — ")
                    .append(outlets(t.evidence())).append(' ').append(markers(citations.cite(t.evidence()))).append('\n');
        }
        out.append('\n');
    }

    private void quotes() {
        if (briefing.quotes().isEmpty()) {
            return;
        }
        section("Quotes");
        out.append(Markdown.header(List.of("speaker", "quote", "outlets", "form", "sources")));
        for (QuoteRow q : briefing.quotes()) {
            String speaker = q.speaker() == null ? "unattributed" : cell(q.speaker());
            out.append(Markdown.row(List.of(speaker, "“" + cell(q.text()) + "”", outletNames(q.articles()),
                    q.partial() ? "partial" : "full", markers(citations.cite(q.evidence())))));
        }
        out.append('\n');
    }

    private void entities() {
        if (briefing.entities().isEmpty()) {
            return;
        }
        section("Entities");
        out.append(Markdown.header(List.of("name", "type", "aliases", "articles")));
        for (Entity e : briefing.entities()) {
            out.append(Markdown.row(List.of(cell(e.name()), e.type().label(), cell(String.join(", ", e.aliases())),
                    cell(String.join(", ", e.articles())))));
        }
        out.append('\n');
    }

    private void outlets() {
        if (briefing.findings().isEmpty() && briefing.outlets().isEmpty()) {
            return;
        }
        section("Outlets compared");
        matrix();
        for (OutletProfile p : briefing.outlets()) {
            outletProfile(p);
        }
        out.append('\n');
    }

    private void matrix() {
        FindingGrid grid = new FindingGrid(briefing.story());
        List<String> header = new ArrayList<>(List.of("finding", "verdict", "strength"));
        grid.articles().forEach(a -> header.add(cell(outletName(a))));
        out.append(Markdown.header(header));
        for (Finding f : briefing.findings()) {
            List<String> row = new ArrayList<>(List.of(cell(f.id()) + ": " + cell(f.statement()), f.verdict().label(),
                    f.strength().level()));
            grid.articles().forEach(a -> row.add(mark(FindingGrid.mark(f, a))));
            out.append(Markdown.row(row));
        }
        out.append('\n');
    }

    private static String mark(FindingGrid.Mark mark) {
        return switch (mark) {
            case FindingGrid.Covers c -> "●";
            case FindingGrid.Side s -> "✕ " + cell(s.value());
            case FindingGrid.Silent s -> "";
        };
    }

    private void outletProfile(OutletProfile p) {
        out.append("- **").append(inline(p.outlet())).append("** (").append(inline(p.article())).append("): covers ")
                .append(p.covered().size()).append(p.covered().size() == 1 ? " finding" : " findings").append('\n');
        for (String id : p.exclusive()) {
            Finding f = finding(id);
            String statement = f == null ? inline(id) : inline(f.statement()) + ' ' + markers(citations.cite(f.evidence()));
            out.append("  - only it reports: ").append(statement).append('\n');
        }
        for (Evidence e : p.loaded()) {
            out.append("  - loaded language: “").append(inline(e.text())).append("” [").append(citations.cite(e)).append("]\n");
        }
    }

    private Finding finding(String id) {
        return briefing.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    private void sources() {
        if (citations.isEmpty()) {
            return;
        }
        section("Sources");
        citations.sources().forEach(this::source);
        out.append('\n');
    }

    /** {@code 5. herald-1, characters 188–198 (Valley Herald; officials said): “… **6.1 metres** …”} */
    private void source(Citations.Source s) {
        Evidence e = s.evidence();
        String hedge = e.hedge() == null ? "" : "; " + inline(e.hedge());
        out.append(s.number()).append(". ").append(inline(e.article())).append(", characters ")
                .append(e.span().start()).append('–').append(e.span().end())
                .append(" (").append(inline(s.outlet())).append(hedge).append("): “")
                .append(inline(s.before())).append("**").append(inline(e.text())).append("**").append(inline(s.after()))
                .append("”\n");
    }

    private String passages(List<Evidence> evidence) {
        return evidence.stream().map(e -> "“" + inline(e.text()) + "” [" + citations.cite(e) + "]")
                .collect(Collectors.joining("; "));
    }

    private String outlets(List<Evidence> evidence) {
        return outletNames(evidence.stream().map(Evidence::article).distinct().toList());
    }

    private String outletNames(List<String> articles) {
        return articles.stream().map(this::outletName).map(Markdown::inline).collect(Collectors.joining(", "));
    }

    private String outletName(String article) {
        Coverage member = briefing.story().member(article);
        return member == null ? article : member.article().outletOrId();
    }
}
