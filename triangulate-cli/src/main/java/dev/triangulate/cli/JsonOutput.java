package dev.triangulate.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The output options of the verbs that write JSON: a picocli mixin. */
final class JsonOutput {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (the default and only format).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    /** The file to write, after checking the format. */
    Path checked() {
        if (!"json".equals(format)) {
            throw new UserError("unknown --format '" + format + "': this command writes json");
        }
        return output;
    }

    /** The exit status of a JSON verb: all used, some skipped, or nothing usable. */
    static int status(ConsoleProgress progress, int used) {
        return progress.skippedCount() == 0 ? 0 : used == 0 ? Main.FAILED : Main.SKIPPED;
    }
}
