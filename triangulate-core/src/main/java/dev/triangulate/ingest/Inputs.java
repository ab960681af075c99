package dev.triangulate.ingest;

import dev.triangulate.ingest.feed.FeedReader;
import dev.triangulate.ingest.fetch.FetchSettings;
import dev.triangulate.ingest.fetch.Fetched;
import dev.triangulate.ingest.fetch.Fetcher;
import dev.triangulate.ingest.html.HtmlExtractor;
import dev.triangulate.ingest.jsonl.JsonLinesReader;
import dev.triangulate.ingest.warc.WarcArchiveReader;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.RawDoc;
import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The single entry point for reading what a user gives: files, folders (recursively, in name
 * order) and http(s) URLs, in any mix of plain text, HTML, RSS/Atom feeds, WARC archives and JSON
 * Lines, gzipped or not, into extractions, one per article.
 *
 * <pre>{@code
 * Inputs.standard().read("reports/", sink);                                   // no network
 * Inputs.standard().withFetching(FetchSettings.standard()).read("https://...", sink);
 * }</pre>
 *
 * <p>The format comes from the extension ({@code ingest/extensions.txt}; {@code .gz} is decompressed
 * and the extension before it counts), from the media type for URLs, and from the first bytes for
 * extension-less files, unknown extensions named directly and URLs of unknown type. Inside a folder,
 * files of unknown extension are passed over silently. The id is the file name without all its
 * extensions. Without fetching, URLs (and feed items that only link to their article) are skipped
 * with the reason. Every unusable input or record becomes an {@link Extraction.Skipped} naming it,
 * and the rest goes on. Immutable and thread-safe.
 */
public final class Inputs {

    /** One document (page, feed, JSON Lines file, decompressed) may be this large at most. */
    public static final int MAX_DOCUMENT_BYTES = 32 << 20;
    private static final Pattern URL = Pattern.compile("(?i)^https?://.*");
    private static final String NO_FETCH = "not fetched: network access is off (use --fetch to download URLs)";

    private final Set<Format> formats;
    private final Format fallback;
    private final Fetcher fetcher;
    private final Map<Format, DocumentReader> readers;
    private final WarcArchiveReader warc;

    private Inputs(Set<Format> formats, Format fallback, Fetcher fetcher) {
        this.formats = Set.copyOf(formats);
        this.fallback = fallback;
        this.fetcher = fetcher;
        HtmlExtractor html = HtmlExtractor.standard();
        this.warc = new WarcArchiveReader(html, MAX_DOCUMENT_BYTES);
        Map<Format, DocumentReader> r = new EnumMap<>(Format.class);
        r.put(Format.TEXT, DocumentReader.of(new PlainTextExtractor()));
        r.put(Format.HTML, DocumentReader.of(html));
        r.put(Format.FEED, new FeedReader(html, this::followLink));
        r.put(Format.WARC, warc);
        r.put(Format.JSONL, new JsonLinesReader());
        this.readers = Map.copyOf(r);
    }

    /** Plain text only: {@code .txt}, {@code .text} and extension-less files; a file named directly is read as text. */
    public static Inputs plainText() {
        return new Inputs(Set.of(Format.TEXT), Format.TEXT, null);
    }

    /** Every format, no network access: URLs are skipped with the reason. */
    public static Inputs standard() {
        return new Inputs(Set.of(Format.values()), null, null);
    }

    /** The same formats, fetching URLs and feed links with these settings. */
    public Inputs withFetching(FetchSettings settings) {
        return new Inputs(formats, fallback, new Fetcher(settings));
    }

    public boolean fetches() {
        return fetcher != null;
    }

    /** Every extraction of every path, in order. */
    public List<Extraction> read(List<Path> paths) {
        List<Extraction> out = new ArrayList<>();
        for (Path p : paths) {
            read(p, out::add);
        }
        return out;
    }

    /** Reads a path or, when it starts with http:// or https://, a URL. */
    public void read(String pathOrUrl, Consumer<Extraction> sink) {
        if (URL.matcher(pathOrUrl).matches()) {
            readUrl(pathOrUrl, pathOrUrl, sink);
        } else {
            read(Path.of(pathOrUrl), sink);
        }
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
                        .filter(this::readsInFolder)
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(f -> readFile(f, byName(f), sink));
            } catch (IOException | java.io.UncheckedIOException e) {
                sink.accept(new Extraction.Skipped(path.toString(), "cannot list folder: " + e.getMessage()));
            }
            return;
        }
        readFile(path, byName(path), sink);
    }

    /**
     * Reads one file of a folder from bytes already loaded, exactly as {@link #read(Path, Consumer)}
     * reads that file inside a folder (format by extension or sniffed, gzip, size limit, id from the
     * name); a file the folder walk passes over (a hidden name, an unknown extension) yields nothing.
     * For file systems {@code java.nio} cannot open, such as a Flink job's {@code s3:} or {@code hdfs:}.
     *
     * @param source the file's path or URI; its last {@code /}-segment is the file name
     * @param raw    the whole file, as stored (gzipped or not); not changed
     */
    public void readFolderFile(String source, byte[] raw, Consumer<Extraction> sink) {
        String name = source.substring(source.lastIndexOf('/') + 1);
        Path file;
        try {
            file = Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            sink.accept(new Extraction.Skipped(source, "cannot read: not a file name"));
            return;
        }
        if (name.isEmpty() || name.startsWith(".") || !readsInFolder(file)) {
            return;
        }
        Optional<Format> named = byName(file);
        if (named.orElse(null) == Format.WARC) {
            dispatch(new RawDoc(idOf(file), source, mediaType(Format.WARC), raw), Format.WARC, sink);
            return;
        }
        byte[] bytes;
        try {
            bytes = DocumentBytes.loaded(raw);
        } catch (DocumentBytes.TooLarge e) {
            sink.accept(new Extraction.Skipped(source, e.getMessage()));
            return;
        } catch (EOFException e) {
            sink.accept(new Extraction.Skipped(source, "truncated gzip: the compressed data ends early (" + e.getMessage() + ")"));
            return;
        } catch (IOException e) {
            sink.accept(new Extraction.Skipped(source, (isGzip(file) ? "corrupt gzip: " : "cannot read: ") + e.getMessage()));
            return;
        }
        dispatch(new RawDoc(idOf(file), source, "", bytes), named, sink);
    }

    /** Whether a file inside a folder is read: known extensions, and extension-less files (sniffed). */
    private boolean readsInFolder(Path file) {
        String ext = innerExtension(file);
        return ext.isEmpty() || byName(file).isPresent();
    }

    /** The format named by the file name, or empty to sniff. */
    private Optional<Format> byName(Path file) {
        return Format.byExtension(innerExtension(file)).filter(formats::contains);
    }

    private void readFile(Path file, Optional<Format> named, Consumer<Extraction> sink) {
        if (named.orElse(null) == Format.WARC) {
            // Archives are streamed (jwarc reads gzip members itself), never loaded whole.
            warc.read(file, sink);
            return;
        }
        byte[] bytes;
        try {
            bytes = DocumentBytes.load(file);
        } catch (NoSuchFileException e) {
            sink.accept(new Extraction.Skipped(file.toString(), "no such file"));
            return;
        } catch (DocumentBytes.TooLarge e) {
            sink.accept(new Extraction.Skipped(file.toString(), e.getMessage()));
            return;
        } catch (EOFException e) {
            sink.accept(new Extraction.Skipped(file.toString(), "truncated gzip: the compressed data ends early (" + e.getMessage() + ")"));
            return;
        } catch (IOException e) {
            sink.accept(new Extraction.Skipped(file.toString(), (isGzip(file) ? "corrupt gzip: " : "cannot read: ") + e.getMessage()));
            return;
        }
        dispatch(new RawDoc(idOf(file), file.toString(), "", bytes), named, sink);
    }

    /** Reads a loaded document in the format its name gave, else the fallback, else the one its bytes show. */
    private void dispatch(RawDoc loaded, Optional<Format> named, Consumer<Extraction> sink) {
        byte[] bytes = loaded.content();
        Format format = named.or(() -> Optional.ofNullable(fallback)).orElseGet(() -> Format.sniff(bytes));
        if (!formats.contains(format)) {
            format = fallback == null ? Format.TEXT : fallback;
        }
        dispatch(new RawDoc(loaded.id(), loaded.source(), mediaType(format), bytes), format, sink);
    }

    private void dispatch(RawDoc doc, Format format, Consumer<Extraction> sink) {
        try {
            readers.get(format).read(doc, sink);
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug on one hostile input must not stop the batch.
            sink.accept(new Extraction.Skipped(doc.source(), "cannot read as " + format.name().toLowerCase(Locale.ROOT) + ": " + e));
        }
    }

    private void followLink(String url, String itemSource, Consumer<Extraction> sink) {
        if (fetcher == null) {
            sink.accept(new Extraction.Skipped(itemSource, "feed item has no full text and its link " + url + " was " + NO_FETCH));
            return;
        }
        readUrl(url, itemSource + " -> " + url, sink);
    }

    private void readUrl(String url, String source, Consumer<Extraction> sink) {
        if (fetcher == null) {
            sink.accept(new Extraction.Skipped(source, NO_FETCH));
            return;
        }
        switch (fetcher.fetch(url)) {
            case Fetched.Failed f -> sink.accept(new Extraction.Skipped(source, f.reason()));
            case Fetched.Body b -> {
                byte[] bytes = b.body();
                Format format = Format.byMediaType(b.mediaType()).filter(formats::contains)
                        .orElseGet(() -> Format.sniff(bytes));
                dispatch(new RawDoc(idOfUrl(b.finalUrl()), url, b.mediaType().isEmpty() ? mediaType(format) : b.mediaType(), bytes),
                        format, sink);
            }
        }
    }

    private static String mediaType(Format f) {
        return switch (f) {
            case TEXT -> "text/plain";
            case HTML -> "text/html";
            case FEED -> "application/rss+xml";
            case WARC -> "application/warc";
            case JSONL -> "application/jsonl";
        };
    }

    /** The file name without its extensions: {@code a/b/report.html.gz} is {@code report}. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.', 1);
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The last path segment without its extensions, else the host. */
    static String idOfUrl(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            String last = path.substring(path.lastIndexOf('/') + 1);
            int dot = last.indexOf('.', 1);
            last = dot > 0 ? last.substring(0, dot) : last;
            return last.isBlank() ? String.valueOf(uri.getHost()) : last;
        } catch (IllegalArgumentException e) {
            return url.replaceAll("[^A-Za-z0-9]+", "-");
        }
    }

    /** The extension that names the format: for {@code x.html.gz} it is {@code html}. */
    static String innerExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1) : "";
    }

    private static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
