package dev.triangulate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code triangulate} command. Exit status: 0 when every input was used, 3 when the run finished
 * but some inputs were skipped, 1 when nothing could be produced, 2 for a usage mistake.
 */
@Command(name = "triangulate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Reads many news reports of one event, lines up their facts across",
                "outlets and says what is corroborated, what only one outlet reports,",
                "and where outlets conflict, citing the exact characters of every source.", ""},
        subcommands = {BriefCommand.class, ExtractCommand.class, FactsCommand.class, ClusterCommand.class,
                BenchCommand.class, EvalCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 all inputs used; 3 finished but some inputs were skipped;",
                "1 nothing could be produced; 2 usage mistake.",
                "Run 'triangulate help <command>' for a command's options."})
public final class Main implements Runnable {

    public static final int SKIPPED = 3;
    public static final int FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof UserError u) {
                line.getErr().println("triangulate: " + u.getMessage());
                return FAILED;
            }
            throw e;
        });
        return cl.execute(args);
    }
}
