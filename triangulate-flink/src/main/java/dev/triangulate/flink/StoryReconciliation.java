package dev.triangulate.flink;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Story;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.render.JsonRenderer;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * The per-story map: reconciles a story and writes its briefing with the local runner's stages
 * ({@link Triangulate#reconcile}), rendered as one JSON line: the story object of
 * {@code docs/briefing.schema.json} ({@link JsonRenderer#tree}), with {@code "revision"} added in a
 * continuous run. Stages are built in {@link #open}.
 * Each task instance is used by one thread, as Flink does.
 */
public final class StoryReconciliation extends RichMapFunction<EncodedStory, String> {

    private static final long serialVersionUID = 1L;

    private final JobSettings settings;
    private transient Triangulate pipeline;

    public StoryReconciliation(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        pipeline = settings.pipeline();
    }

    @Override
    public String map(EncodedStory encoded) {
        Story story = RecordCodec.decode(encoded.story(), Story.class);
        Briefing briefing = pipeline.reconcile(List.of(story), Progress.SILENT).getFirst();
        ObjectNode line = (ObjectNode) JsonRenderer.tree(List.of(briefing)).get("stories").get(0);
        if (encoded.revision() > 0) {
            line.put("revision", encoded.revision()); // continuous runs: the latest revision of a story wins
        }
        return line.toString();
    }
}
