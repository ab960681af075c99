package dev.triangulate.cli;

import dev.triangulate.model.Extraction;
import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.render.ArticleJson;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads the inputs and prints each article's text and metadata as JSON Lines:",
                "{\"id\",\"source\",\"url\",\"title\",\"authors\",\"published\",\"outlet\",\"language\",\"text\"}."},
        footer = {"", "Example:", "  triangulate extract --format json examples/wildfire > articles.jsonl"})
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    Inputs inputs;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (JSON Lines, the default and only format).",
            defaultValue = "json")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        FormatCheck.jsonOnly(format);
        ConsoleProgress progress = new ConsoleProgress(System.err, true);
        Triangulate t = inputs.pipeline();
        List<Extraction> read = t.readSources(inputs.paths, progress);
        List<dev.triangulate.model.Article> articles = read.stream()
                .filter(x -> x instanceof Extraction.Ok).map(x -> ((Extraction.Ok) x).article()).toList();
        Output.write(output, out -> {
            for (dev.triangulate.model.Article a : t.dated(articles)) {
                out.write(ArticleJson.line(a));
                out.write('\n');
            }
        });
        return progress.skippedCount() == 0 ? 0 : articles.isEmpty() ? Main.FAILED : Main.SKIPPED;
    }
}
