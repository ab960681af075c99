package dev.triangulate.cli;

import dev.triangulate.model.Article;
import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.render.ArticleJson;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads the inputs and prints each article's text and metadata as JSON Lines:",
                "{\"id\",\"source\",\"url\",\"title\",\"authors\",\"published\",\"outlet\",\"language\",\"text\"}."},
        footer = {"", "Example:", "  triangulate extract --format json examples/wildfire > articles.jsonl"})
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    Inputs inputs;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        Path output = json.checked();
        ConsoleProgress progress = new ConsoleProgress(System.err, true);
        Triangulate t = inputs.pipeline();
        List<Article> articles = t.dated(inputs.articles(t, progress));
        Output.write(output, out -> {
            for (Article a : articles) {
                out.write(ArticleJson.line(a));
                out.write('\n');
            }
        });
        return JsonOutput.status(progress, articles.size());
    }
}
