package dev.triangulate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Story;
import dev.triangulate.pipeline.Triangulate;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Groups the reports into stories and prints",
                "{\"stories\":[{\"id\",\"title\",\"keywords\",\"articles\":[ids],\"copies\":{copy: original}}]}."},
        footer = {"", "Example:", "  triangulate cluster --format json reports/"})
final class ClusterCommand implements Callable<Integer> {

    @Mixin
    Inputs inputs;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() {
        Path file = output.checked();
        ConsoleProgress progress = new ConsoleProgress(System.err, true);
        Triangulate t = inputs.pipeline();
        List<Article> articles = inputs.articles(t, progress);
        List<Story> stories = t.cluster(t.analyze(articles, progress), progress);
        List<Map<String, Object>> rows = stories.stream().map(ClusterCommand::row).toList();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Output.write(file, out -> {
            out.write(json.writeValueAsString(Map.of("stories", rows)));
            out.write('\n');
        });
        return JsonOutput.status(progress, articles.size());
    }

    private static Map<String, Object> row(Story s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("keywords", s.keywords());
        m.put("articles", s.members().stream().map(Coverage::id).toList());
        m.put("copies", new java.util.TreeMap<>(s.copyOf()));
        return m;
    }
}
