package dev.triangulate.cli;

import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
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
        description = {"Prints the checkable facts of each article as JSON Lines:",
                "{\"id\",\"published\",\"facts\":[...]}, each fact with kind (entity, quantity, date,",
                "quote), start, end and the exact text."},
        footer = {"", "Example:", "  triangulate facts --format json --published 2024-11-18 report.txt"})
final class FactsCommand implements Callable<Integer> {

    @Mixin
    Inputs inputs;

    @Mixin
    JsonOutput json;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for inputs that give none (relative dates are resolved against it).")
    LocalDate published;

    @Override
    public Integer call() {
        Path output = json.checked();
        ConsoleProgress progress = new ConsoleProgress(System.err, true);
        Triangulate t = inputs.pipeline();
        List<Article> articles = inputs.articles(t, progress).stream()
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
        return JsonOutput.status(progress, articles.size());
    }
}
