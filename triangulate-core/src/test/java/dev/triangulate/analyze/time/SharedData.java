package dev.triangulate.analyze.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the shared evaluation data: the {@code triangulate.shared.data} system property (set by
 * surefire), else a {@code shared/data} folder in the module directory or one of its ancestors
 * (worktrees sit deeper than the main checkout).
 */
final class SharedData {

    private SharedData() {
    }

    /** The file or folder at {@code relative} under the shared data, or {@code null} when absent. */
    static Path path(String relative) {
        String prop = System.getProperty("triangulate.shared.data");
        if (prop != null && !prop.isBlank() && Files.exists(Paths.get(prop, relative))) {
            return Paths.get(prop, relative);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
