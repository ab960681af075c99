package dev.triangulate.ingest;

import dev.triangulate.model.Extraction;
import dev.triangulate.model.RawDoc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives (files and folders, recursively) into extractions, one per
 * article, reading each file once. A path that cannot be read becomes a {@link Extraction.Skipped}
 * naming it; the rest goes on. Folders are walked in name order so runs are repeatable.
 *
 * <p>Which extractor reads a file is decided by its extension through the {@code extractors}
 * map (".txt" to the plain-text extractor, and so on); files with other extensions inside a
 * folder are passed over silently, but a file named directly is read as plain text.
 */
public final class Inputs {

    private final Map<String, Extractor> extractors;
    private final Extractor fallback;

    public Inputs(Map<String, Extractor> extractors, Extractor fallback) {
        this.extractors = Map.copyOf(extractors);
        this.fallback = fallback;
    }

    /** Plain text only: {@code .txt}, {@code .text} and extension-less files. */
    public static Inputs plainText() {
        PlainTextExtractor text = new PlainTextExtractor();
        return new Inputs(Map.of("txt", text, "text", text, "", text), text);
    }

    /** Every extraction of every path, in order. */
    public List<Extraction> read(List<Path> paths) {
        List<Extraction> out = new ArrayList<>();
        for (Path p : paths) {
            read(p, out::add);
        }
        return out;
    }

    public void read(Path path, Consumer<Extraction> sink) {
        if (!Files.exists(path)) {
            sink.accept(new Extraction.Skipped(path.toString(), "no such file or folder"));
            return;
        }
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> extractors.containsKey(extension(f)))
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(f -> readFile(f, extractors.get(extension(f)), sink));
            } catch (IOException | java.io.UncheckedIOException e) {
                sink.accept(new Extraction.Skipped(path.toString(), "cannot list folder: " + e.getMessage()));
            }
            return;
        }
        readFile(path, extractors.getOrDefault(extension(path), fallback), sink);
    }

    private static void readFile(Path file, Extractor extractor, Consumer<Extraction> sink) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            sink.accept(new Extraction.Skipped(file.toString(), "no such file"));
            return;
        } catch (IOException e) {
            sink.accept(new Extraction.Skipped(file.toString(), "cannot read: " + e.getMessage()));
            return;
        }
        sink.accept(extractor.extract(new RawDoc(idOf(file), file.toString(), "text/plain", bytes)));
    }

    /** The file name without its extensions: {@code a/b/report.html.gz} is {@code report}. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.', 1);
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1) : "";
    }
}
