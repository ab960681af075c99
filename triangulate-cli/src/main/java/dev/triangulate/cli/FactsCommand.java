package dev.triangulate.cli;

import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.Published;
import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.render.FactsJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "facts", mixinStandardHelpOptions = true,
        description = {"Prints the checkable facts of each article as JSON Lines: {\"id\",\"published\",\"facts\":[...]},",
                "each fact with kind (entity, quantity, date, quote), start, end and the exact text."},
        footer = {"", "Example:", "  triangulate facts --format json --published 2024-11-18 report.txt"})
final class FactsCommand implements Callable<Integer> {

    @Mixin
    Inputs inputs;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (JSON Lines, the default and only format).",
            defaultValue = "json")
    String format;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for inputs that give none (relative dates are resolved against it).")
    LocalDate published;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        FormatCheck.jsonOnly(format);
        ConsoleProgress progress = new ConsoleProgress(System.err, true);
        Triangulate t = inputs.pipeline();
        List<Article> articles = t.readSources(inputs.paths, progress).stream()
                .filter(x -> x instanceof Extraction.Ok).map(x -> ((Extraction.Ok) x).article())
                .map(a -> published == null || a.published().known() ? a
                        : a.withPublished(Published.given(published, "--published option")))
                .toList();
        List<Coverage> coverages = t.analyze(articles, progress);
        Output.write(output, out -> {
            for (Coverage c : coverages) {
                out.write(FactsJson.line(c));
                out.write('\n');
            }
        });
        return progress.skippedCount() == 0 ? 0 : articles.isEmpty() ? Main.FAILED : Main.SKIPPED;
    }
}
