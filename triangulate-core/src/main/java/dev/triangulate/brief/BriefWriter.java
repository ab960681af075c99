package dev.triangulate.brief;

import dev.triangulate.model.Briefing;
import dev.triangulate.model.Comparison;
import dev.triangulate.model.Story;

/** Writes the briefing of a reconciled story. A pure function; thread-safe. */
@FunctionalInterface
public interface BriefWriter {

    Briefing write(Story story, Comparison comparison);
}
