package dev.triangulate.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.model.Briefing;
import java.io.IOException;
import java.util.List;

/**
 * Renders briefings as one pretty-printed JSON document, {@code {"stories":[...]}}: the public
 * contract other tools read, specified by {@code docs/briefing.schema.json}.
 *
 * <p>Every evidence object carries {@code article}, {@code start}, {@code end} and {@code text}, where
 * {@code text} is exactly the article's characters in {@code [start, end)}. Keys come in a fixed
 * order; output is deterministic, uses {@code \n} line ends and leaves non-ASCII characters as they
 * are (the caller encodes the {@link Appendable} as UTF-8). Stateless; thread-safe.
 *
 * <pre>{@code
 * new JsonRenderer().render(briefings, writer);
 * }</pre>
 */
public final class JsonRenderer implements Renderer {

    @Override
    public void render(List<Briefing> briefings, Appendable out) throws IOException {
        out.append(Json.pretty(tree(briefings)));
    }

    /** The document as a tree, for callers that embed it (a server response, a test). */
    public static ObjectNode tree(List<Briefing> briefings) {
        ArrayNode stories = Json.array();
        briefings.forEach(b -> stories.add(BriefingJson.story(b)));
        ObjectNode root = Json.object();
        root.set("stories", stories);
        return root;
    }
}
