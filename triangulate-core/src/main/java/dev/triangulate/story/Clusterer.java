package dev.triangulate.story;

import dev.triangulate.model.Coverage;
import dev.triangulate.model.Story;
import java.util.List;
import java.util.Set;

/**
 * Groups analysed articles into stories. The one global step of the pipeline.
 *
 * <p>{@link #blockingKeys} lets an engine partition the work: two articles that share no key are
 * never placed in the same story by a keyed runner.
 */
public interface Clusterer {

    List<Story> cluster(List<Coverage> coverages);

    Set<String> blockingKeys(Coverage coverage);
}
