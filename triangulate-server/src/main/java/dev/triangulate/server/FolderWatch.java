package dev.triangulate.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One watched folder, scanned by polling (it works on every file system, network mounts included,
 * where {@code WatchService} misses changes). Each {@link #scan} lists the folder's files (recursively,
 * hidden ones and editors' temporary files left out) and ingests those that are new or changed and
 * have kept the same size and modification time since the previous scan: the debounce, so a file still
 * being written is not read half-written. A file is handled once per version: one that fails is
 * reported in the {@link IngestionStatus} and tried again only when it changes.
 *
 * <p>Not thread-safe: the scheduler runs its scans one after another.
 */
final class FolderWatch implements Runnable {

    private final Path folder;
    private final Corpus corpus;
    private final IngestionStatus status;
    /** Size and modification time seen at the previous scan. */
    private Map<Path, Version> seen = new HashMap<>();
    /** The version of each file that was handed to the corpus. */
    private final Map<Path, Version> handled = new HashMap<>();

    private record Version(long size, long modified) {
    }

    FolderWatch(Path folder, Corpus corpus, IngestionStatus status) {
        this.folder = folder.toAbsolutePath().normalize();
        this.corpus = corpus;
        this.status = status;
    }

    String name() {
        return folder.toString();
    }

    @Override
    public void run() {
        try {
            scan();
        } catch (RuntimeException e) {
            status.failed(name(), name(), "scan failed: " + e.getMessage());
        }
    }

    /** One scan: ingests the files that are ready. */
    void scan() {
        Map<Path, Version> now;
        try {
            now = list();
        } catch (IOException | UncheckedIOException e) {
            status.failed(name(), name(), "cannot list the folder: " + e.getMessage());
            return;
        }
        List<Path> ready = new ArrayList<>();
        now.forEach((file, version) -> {
            if (version.equals(seen.get(file)) && !version.equals(handled.get(file))) {
                ready.add(file);
            }
        });
        seen = now;
        if (ready.isEmpty()) {
            status.idle(name());
            return;
        }
        ready.sort(null);
        ready.forEach(f -> handled.put(f, now.get(f)));
        status.ran(name(), corpus.ingest(ready));
    }

    private Map<Path, Version> list() throws IOException {
        Map<Path, Version> out = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            throw new IOException("no such folder");
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(FolderWatch::candidate).forEach(f -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        out.put(f, new Version(a.size(), a.lastModifiedTime().toMillis()));
                    }
                } catch (IOException e) {
                    // Deleted or renamed between listing and reading: the next scan sees what is there.
                }
            });
        }
        return out;
    }

    /** Not hidden, not a temporary or partial file of an editor or a download. */
    private static boolean candidate(Path file) {
        String name = Objects.toString(file.getFileName(), "");
        return !name.startsWith(".") && !name.endsWith("~") && !name.endsWith(".tmp") && !name.endsWith(".part")
                && !name.endsWith(".crdownload");
    }
}
