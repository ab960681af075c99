package dev.triangulate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code triangulate eval ...}: measurements on the shared evaluation data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures Triangulate on the shared evaluation data and prints ours beside the peers' scores.",
        subcommands = {EvalExtractionCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
