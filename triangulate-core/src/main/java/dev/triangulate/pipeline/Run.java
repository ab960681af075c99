package dev.triangulate.pipeline;

import dev.triangulate.model.Briefing;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.Story;
import java.util.List;

/**
 * What a run produced.
 *
 * @param coverages every analysed article, in input order
 * @param stories   the stories, the most widely reported first
 * @param briefings one briefing per story, in the same order
 * @param skipped   inputs that were not used, with the reason
 */
public record Run(List<Coverage> coverages, List<Story> stories, List<Briefing> briefings,
                  List<Extraction.Skipped> skipped) {

    public Run {
        coverages = List.copyOf(coverages);
        stories = List.copyOf(stories);
        briefings = List.copyOf(briefings);
        skipped = List.copyOf(skipped);
    }
}
