package dev.triangulate.render;

import dev.triangulate.model.Briefing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders briefings as ONE self-contained HTML page: inline CSS, no external resources, no
 * JavaScript. Per story the sections of {@link MarkdownRenderer}, citations as superscript links
 * to numbered passages (each shown highlighted inside its sentence), a findings-by-outlet matrix,
 * and the timeline drawn as inline SVG. Verdict badges differ in border and shade as well as
 * colour, so they stay apart when printed in grey; {@code @media print} drops screen-only styling
 * (the highlight of the jumped-to passage), sets A4 pages and prints where links point. Wide tables
 * and the chart scroll inside their own box, so the page itself never scrolls sideways, down to a
 * phone's width (checked in headless Chromium by triangulate-server's HtmlReportBrowserTest).
 *
 * <p>Article text, titles and URLs are untrusted: every one passes through the single escape
 * function of {@link Html}, and a URL becomes a link only when it is absolute http or https.
 * Output is deterministic. Stateless; thread-safe.
 *
 * <pre>{@code
 * new HtmlRenderer().render(briefings, writer);
 * }</pre>
 */
public final class HtmlRenderer implements Renderer {

    private static final String STYLE = load("briefing.css");

    @Override
    public void render(List<Briefing> briefings, Appendable out) throws IOException {
        Html h = new Html();
        h.trusted("<!DOCTYPE html>\n").open("html", "lang", "en").newline();
        head(h, briefings);
        h.open("body").open("main").newline();
        if (briefings.isEmpty()) {
            h.element("p", "No stories.", "class", "muted").newline();
        }
        for (int i = 0; i < briefings.size(); i++) {
            new HtmlStory(h, briefings.get(i), i).write();
        }
        h.close("main").close("body").close("html").newline();
        out.append(h.toString());
    }

    private static void head(Html h, List<Briefing> briefings) {
        String title = briefings.size() == 1 && !briefings.getFirst().story().title().isBlank()
                ? briefings.getFirst().story().title() + " — Triangulate briefing"
                : "Triangulate briefing";
        h.open("head").newline()
                .empty("meta", "charset", "utf-8").newline()
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline()
                .element("title", title).newline()
                .open("style").trusted(STYLE).close("style").newline()
                .close("head").newline();
    }

    private static String load(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource dev/triangulate/render/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/triangulate/render/" + name, e);
        }
    }
}
