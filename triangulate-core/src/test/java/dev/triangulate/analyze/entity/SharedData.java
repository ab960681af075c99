package dev.triangulate.analyze.entity;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates {@code ../shared/data} for evaluations, skipping the test with a notice when it is absent. */
final class SharedData {

    private SharedData() {
    }

    static Path folder(String name) {
        String root = System.getProperty("triangulate.shared.data", "../../shared/data");
        Path p = Path.of(root, name);
        Assumptions.assumeTrue(Files.isDirectory(p), "skipped: evaluation data not found at " + p.toAbsolutePath());
        return p;
    }
}
