package dev.triangulate.cli;

import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The files and folders a command reads: a picocli mixin shared by every verb. */
final class Inputs {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders of reports (.txt, .html; folders are read recursively).")
    List<Path> paths = new ArrayList<>();

    /** The usable articles of the inputs; each unusable input is reported to {@code progress}. */
    List<Article> articles(Triangulate triangulate, Progress progress) {
        return triangulate.read(paths, progress).stream()
                .filter(x -> x instanceof Extraction.Ok).map(x -> ((Extraction.Ok) x).article()).toList();
    }
}
