package dev.triangulate.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's example corpus (examples/wildfire) and report fixtures written for these tests. */
final class Examples {

    static final Path WILDFIRE = Path.of("..", "examples", "wildfire");

    /** An unrelated report, written for these tests: a story of its own. */
    static final String FERRY = """
            Title: Harbour ferry service suspended after engine fault
            Outlet: Test Gazette
            Published: 2025-09-02

            The ferry link between Port Selden and the island of Karsa was suspended on Monday after an engine fault \
            left one of its two vessels in dry dock. The operator said 1,200 daily passengers would be moved to a \
            replacement bus and boat service for at least two weeks. Repairs are expected to cost about 400,000 euros, \
            a spokesperson for the operator said.
            """;

    private Examples() {
    }

    static List<Path> wildfireFiles() {
        try (Stream<Path> files = Files.list(WILDFIRE)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
