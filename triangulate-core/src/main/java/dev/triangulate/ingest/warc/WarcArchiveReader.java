package dev.triangulate.ingest.warc;

import dev.triangulate.ingest.DocumentReader;
import dev.triangulate.ingest.ExtractionSink;
import dev.triangulate.ingest.Extractor;
import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.RawDoc;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC archive (plain or gzipped per record) with jwarc. Each HTML response (HTTP 200) or
 * HTML resource record becomes an article through the HTML extractor, with {@code source}
 * "archive.warc.gz#&lt;record id&gt;" and the id taken from the record's target URL. Every other record
 * (requests, metadata, images, redirects...) is counted and reported in one summary line: a notice
 * when the sink is an {@link ExtractionSink}, else an {@link Extraction.Skipped}.
 *
 * <p>A corrupt record is reported with the file and its offset; reading resumes at the next record
 * boundary found after it (the next gzip member, or the next "WARC/1." line), so one bad record does
 * not lose the rest of the archive. Files are streamed, never loaded whole. Immutable and thread-safe.
 */
public final class WarcArchiveReader implements DocumentReader {

    private static final byte[] WARC_LINE = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int SCAN_CHUNK = 64 * 1024;
    private final Extractor html;
    private final int maxRecordBytes;

    /**
     * @param html           the extractor for HTML payloads
     * @param maxRecordBytes payloads longer than this are skipped (reported as such), not extracted
     */
    public WarcArchiveReader(Extractor html, int maxRecordBytes) {
        this.html = html;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Reads an archive held in memory (one fetched from a URL, say). */
    @Override
    public void read(RawDoc doc, Consumer<Extraction> sink) {
        read(new ByteArrayChannel(doc.content()), doc.id(), doc.source(), sink);
    }

    /** Streams an archive file. */
    public void read(Path file, Consumer<Extraction> sink) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            read(channel, file.getFileName().toString(), file.toString(), sink);
        } catch (IOException e) {
            sink.accept(new Extraction.Skipped(file.toString(), "cannot read: " + e.getMessage()));
        }
    }

    private void read(SeekableByteChannel channel, String fileId, String source, Consumer<Extraction> sink) {
        Tally tally = new Tally();
        long start = 0;
        while (start >= 0) {
            start = readFrom(channel, start, source, tally, sink);
        }
        if (tally.articles == 0 && tally.passed.isEmpty() && tally.corrupt == 0) {
            sink.accept(new Extraction.Skipped(source, "empty WARC archive: no records"));
        } else if (!tally.passed.isEmpty()) {
            // Requests, images and metadata belong in an archive: a count to tell, not a failure.
            ExtractionSink.notice(sink, source, tally.summary());
        }
    }

    /** Reads records from {@code start}; returns where to resume after a corrupt record, or -1 at the end. */
    private long readFrom(SeekableByteChannel channel, long start, String source, Tally tally, Consumer<Extraction> sink) {
        long lastGood = -1;
        boolean gzip = false;
        WarcRecord current = null;
        try {
            channel.position(start);
            WarcReader reader = new WarcReader(channel);
            gzip = reader.compression() == WarcCompression.GZIP;
            while (true) {
                current = null;
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) {
                    return -1;
                }
                current = record.get();
                record(current, source, tally, sink);
                lastGood = current.position();
            }
        } catch (IOException | RuntimeException e) {
            // jwarc reports where the last good record began, not where the bad one does: find it.
            long bad = current != null ? current.position() : lastGood < 0 ? start : resync(channel, lastGood + 1, gzip);
            bad = bad < 0 ? Math.max(start, lastGood + 1) : bad;
            tally.corrupt++;
            sink.accept(new Extraction.Skipped(source + "#offset-" + bad,
                    "corrupt WARC record at offset " + bad + ": " + oneLine(e)));
            return resync(channel, bad + 1, gzip);
        }
    }

    private void record(WarcRecord record, String source, Tally tally, Consumer<Extraction> sink) throws IOException {
        String recordSource = source + "#" + recordId(record);
        if (record instanceof WarcResponse response && isHttp(response)) {
            HttpResponse http = response.http();
            if (http.status() == 200 && isHtml(http.contentType())) {
                extract(response.target(), recordSource, http.bodyDecoded().stream(), tally, sink);
                return;
            }
            tally.pass(http.status() == 200 ? "non-HTML response" : "HTTP " + http.status() + " response");
            return;
        }
        if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
            extract(resource.target(), recordSource, resource.body().stream(), tally, sink);
            return;
        }
        tally.pass(record.type());
    }

    private void extract(String target, String recordSource, InputStream body, Tally tally,
                         Consumer<Extraction> sink) throws IOException {
        byte[] bytes = body.readNBytes(maxRecordBytes + 1);
        if (bytes.length > maxRecordBytes) {
            sink.accept(new Extraction.Skipped(recordSource, "HTML payload larger than the " + maxRecordBytes / 1024 + " KiB limit"));
            return;
        }
        tally.articles++;
        sink.accept(withUrl(html.extract(new RawDoc(idOf(target, recordSource), recordSource, "text/html", bytes)), target));
    }

    /** The page's own canonical URL wins; else the URL the crawler captured. */
    private static Extraction withUrl(Extraction x, String target) {
        if (x instanceof Extraction.Ok ok && ok.article().url().isBlank() && target != null) {
            Article a = ok.article();
            return new Extraction.Ok(new Article(a.id(), a.source(), a.title(), a.outlet(), target.strip(), a.authors(),
                    a.published(), a.language(), a.text()));
        }
        return x;
    }

    private static boolean isHttp(WarcResponse r) {
        MediaType t = r.contentType();
        return t != null && t.base().toString().toLowerCase(Locale.ROOT).startsWith("application/http");
    }

    private static boolean isHtml(MediaType t) {
        String base = t == null ? "" : t.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String recordId(WarcRecord r) {
        String id = r.headers().first("WARC-Record-ID").orElse("");
        return id.replaceAll("^<|>$", "");
    }

    /** The last path segment of the target URL without extension, else its host, else the record id. */
    static String idOf(String target, String recordSource) {
        try {
            URI uri = URI.create(target.strip());
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            String last = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
            if (!last.isBlank()) {
                return last;
            }
            if (uri.getHost() != null) {
                return uri.getHost();
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // Not a URL: fall back to the record id.
        }
        String id = recordSource.substring(recordSource.lastIndexOf('#') + 1);
        return id.replaceFirst("^urn:uuid:", "");
    }

    /** The next record start after {@code from}: a gzip member header or a "WARC/1." line; -1 if none. */
    private static long resync(SeekableByteChannel channel, long from, boolean gzip) {
        try {
            byte[] needle = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : WARC_LINE;
            ByteBuffer buffer = ByteBuffer.allocate(SCAN_CHUNK + needle.length);
            long base = from;
            channel.position(from);
            while (true) {
                buffer.clear();
                int n = readFully(channel, buffer);
                if (n < needle.length) {
                    return -1;
                }
                byte[] a = buffer.array();
                for (int i = 0; i + needle.length <= n; i++) {
                    if (matches(a, i, needle) && (gzip || base + i == 0 || a[i == 0 ? 0 : i - 1] == '\n')) {
                        return base + i;
                    }
                }
                base += n - needle.length + 1;
                channel.position(base);
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static int readFully(SeekableByteChannel channel, ByteBuffer buffer) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private static boolean matches(byte[] a, int at, byte[] needle) {
        for (int j = 0; j < needle.length; j++) {
            if (a[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** What one archive held. Confined to one read. */
    private static final class Tally {
        int articles;
        int corrupt;
        final Map<String, Integer> passed = new TreeMap<>();

        void pass(String kind) {
            passed.merge(kind, 1, Integer::sum);
        }

        String summary() {
            int total = passed.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder sb = new StringBuilder().append(total).append(total == 1 ? " record" : " records")
                    .append(" without an HTML page passed over (");
            passed.forEach((k, v) -> sb.append(v).append(' ').append(k).append(", "));
            sb.setLength(sb.length() - 2);
            return sb.append(')').toString();
        }
    }
}
