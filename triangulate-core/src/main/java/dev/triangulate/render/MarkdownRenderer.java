package dev.triangulate.render;

import dev.triangulate.model.Briefing;
import java.io.IOException;
import java.util.List;

/**
 * Renders briefings as GitHub-flavoured Markdown, one {@code ##} section per story: articles,
 * consensus, disputed points (each side with its value, outlets and passages), single-source claims,
 * timeline, quotes, entities, an outlet comparison, and a numbered "Sources" list. Every cited
 * sentence ends with markers such as {@code [1][3]} that resolve to a source entry giving the article
 * id, the character offsets and the passage inside its sentence.
 *
 * <p>Article text is untrusted: every piece of it is escaped (see {@link Markdown}), so it cannot
 * inject emphasis, links, table cells or HTML. Output is deterministic. Stateless; thread-safe.
 *
 * <pre>{@code
 * new MarkdownRenderer().render(briefings, writer);
 * }</pre>
 */
public final class MarkdownRenderer implements Renderer {

    @Override
    public void render(List<Briefing> briefings, Appendable out) throws IOException {
        out.append("# Triangulate briefing\n\n");
        if (briefings.isEmpty()) {
            out.append("No stories.\n");
            return;
        }
        for (Briefing b : briefings) {
            out.append(new MarkdownStory(b).write());
        }
    }
}
