package dev.triangulate.cli;

import dev.triangulate.ingest.fetch.FetchSettings;
import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The files, folders and URLs a command reads, and whether it may use the network: a picocli mixin shared by every verb. */
final class Inputs {

    @Parameters(arity = "1..*", paramLabel = "PATH|URL",
            description = {"Files or folders of reports (folders are read recursively) or http(s) URLs.",
                    "Formats: plain text (.txt), HTML (.html, .htm), RSS/Atom feeds (.rss, .atom, .xml),",
                    "WARC archives (.warc, .warc.gz), JSON Lines (.jsonl, news-please fields); .gz is decompressed."})
    List<String> paths = new ArrayList<>();

    @Option(names = "--fetch", description = "Allow network access: download the URLs given and the links of feed items "
            + "without full text (off by default; URLs given without it are skipped).")
    boolean fetch;

    /** The English pipeline, reading through the network when {@code --fetch} was given. */
    Triangulate pipeline() {
        Triangulate english = Triangulate.english();
        return fetch
                ? english.withInputs(dev.triangulate.ingest.Inputs.standard().withFetching(FetchSettings.standard()))
                : english;
    }

    /** The usable articles of the inputs; each unusable input is reported to {@code progress}. */
    List<Article> articles(Triangulate triangulate, Progress progress) {
        return triangulate.readSources(paths, progress).stream()
                .filter(x -> x instanceof Extraction.Ok).map(x -> ((Extraction.Ok) x).article()).toList();
    }
}
