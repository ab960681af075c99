package dev.triangulate.cli;

import dev.triangulate.pipeline.Run;
import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.render.HtmlRenderer;
import dev.triangulate.render.JsonRenderer;
import dev.triangulate.render.MarkdownRenderer;
import dev.triangulate.render.Renderer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"Groups the reports into stories and writes one reconciled, cited",
                "briefing per story: consensus summary, disputed points, single-source",
                "claims, timeline, quotes, entities and a per-outlet comparison."},
        footer = {"", "Examples:", "  triangulate brief examples/wildfire -o briefing.html",
                "  triangulate brief --format json reports/ > briefing.json"})
final class BriefCommand implements Callable<Integer> {

    enum Format { html, md, json }

    @Mixin
    Inputs inputs;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "html, md or json. Default: from the -o file's extension, else md.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "No progress display (skipped inputs are still reported).")
    boolean quiet;

    @Override
    public Integer call() {
        ConsoleProgress progress = new ConsoleProgress(System.err, quiet);
        Run run = inputs.pipeline().briefSources(inputs.paths, progress);
        progress.finish();
        if (run.coverages().isEmpty()) {
            System.err.println("triangulate: no usable reports in " + inputs.paths);
            return Main.FAILED;
        }
        Renderer renderer = switch (effectiveFormat()) {
            case html -> new HtmlRenderer();
            case md -> new MarkdownRenderer();
            case json -> new JsonRenderer();
        };
        Output.write(output, out -> renderer.render(run.briefings(), out));
        if (output != null && !quiet) {
            System.err.println("triangulate: " + run.coverages().size() + " reports, " + run.stories().size()
                    + " stories -> " + output);
        }
        return run.skipped().isEmpty() ? 0 : Main.SKIPPED;
    }

    private Format effectiveFormat() {
        if (format != null) {
            return format;
        }
        String name = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Format.json;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.html;
        }
        return Format.md;
    }
}
