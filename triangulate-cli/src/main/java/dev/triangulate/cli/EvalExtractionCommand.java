package dev.triangulate.cli;

import dev.triangulate.eval.Corpora;
import dev.triangulate.eval.ExtractionScoring;
import dev.triangulate.eval.PublishedScores;
import dev.triangulate.eval.ShingleMetric;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Scores main-text extraction on AEB (shingle P/R/F1) and the WCXB dev article pages",
                "(mean word F1, title/author/date accuracy), with the peers' stored outputs re-scored by",
                "the same code and their published scores. Prints a Markdown table."},
        footer = {"", "Example:", "  triangulate eval extraction --data ../shared/data"})
final class EvalExtractionCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "The shared data folder holding aeb/ and wcxb-dev-articles/.")
    Path data;

    @Override
    public Integer call() throws IOException {
        Path aebDir = data.resolve("aeb");
        Path wcxbDir = data.resolve("wcxb-dev-articles");
        if (!Files.isDirectory(aebDir) && !Files.isDirectory(wcxbDir)) {
            throw new UserError("no aeb/ or wcxb-dev-articles/ folder in " + data);
        }
        PrintStream out = System.out;
        BiFunction<byte[], String, String> ours = ExtractionScoring.triangulate();
        if (Files.isDirectory(aebDir)) {
            aeb(aebDir, ours, out);
        }
        if (Files.isDirectory(wcxbDir)) {
            wcxb(wcxbDir, ours, out);
        }
        return 0;
    }

    private static void aeb(Path dir, BiFunction<byte[], String, String> ours, PrintStream out) throws IOException {
        List<Corpora.AebPage> pages = Corpora.aeb(dir);
        out.printf("## AEB, %d pages: shingle F1 (precision / recall)%n%n| system | F1 | P | R | source |%n|---|---|---|---|---|%n", pages.size());
        row(out, "triangulate", ExtractionScoring.aeb(pages, ours), "measured here");
        Path peers = dir.resolve("peer-output");
        if (Files.isDirectory(peers)) {
            try (Stream<Path> files = Files.list(peers)) {
                for (Path f : files.sorted().toList()) {
                    row(out, f.getFileName().toString().replace(".json", ""),
                            ExtractionScoring.aebStored(pages, Corpora.peerOutput(f)), "stored output, scored here");
                }
            }
        }
        for (PublishedScores.Entry e : PublishedScores.of("aeb")) {
            out.printf(Locale.ROOT, "| %s | %.3f | | | published |%n", e.system(), e.score());
        }
        out.println();
    }

    private static void wcxb(Path dir, BiFunction<byte[], String, String> ours, PrintStream out) throws IOException {
        List<Corpora.WcxbPage> pages = Corpora.wcxb(dir);
        out.printf("## WCXB dev article pages, %d pages: mean word F1%n%n| system | word F1 | source |%n|---|---|---|%n", pages.size());
        out.printf(Locale.ROOT, "| triangulate | %.4f | measured here |%n", ExtractionScoring.wcxbWordF1(pages, ours));
        for (PublishedScores.Entry e : PublishedScores.of("wcxb")) {
            out.printf(Locale.ROOT, "| %s | %.3f | published |%n", e.system(), e.score());
        }
        ExtractionScoring.MetadataScore m = ExtractionScoring.wcxbMetadata(pages);
        out.printf(Locale.ROOT, "%nTriangulate metadata accuracy: title %.3f (%d pages), author %.3f (%d), date (same day) %.3f (%d)%n",
                m.title(), m.titlePages(), m.author(), m.authorPages(), m.date(), m.datePages());
    }

    private static void row(PrintStream out, String name, ShingleMetric.Score s, String source) {
        out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %s |%n", name, s.f1(), s.precision(), s.recall(), source);
    }
}
