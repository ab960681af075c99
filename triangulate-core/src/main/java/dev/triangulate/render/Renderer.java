package dev.triangulate.render;

import dev.triangulate.model.Briefing;
import java.io.IOException;
import java.util.List;

/**
 * Writes briefings in one output format. Article text is untrusted: implementations escape it
 * for their format. Thread-safe.
 */
@FunctionalInterface
public interface Renderer {

    void render(List<Briefing> briefings, Appendable out) throws IOException;
}
