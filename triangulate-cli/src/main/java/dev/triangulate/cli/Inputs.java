package dev.triangulate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The files and folders a command reads: a picocli mixin shared by every verb. */
final class Inputs {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders of reports (.txt; folders are read recursively).")
    List<Path> paths = new ArrayList<>();
}
