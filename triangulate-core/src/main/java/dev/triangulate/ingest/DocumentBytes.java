package dev.triangulate.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Loads the bytes of one input document within {@link Inputs#MAX_DOCUMENT_BYTES}, gunzipped when they are
 * gzip, so that one huge or hostile file is refused with a reason instead of exhausting memory.
 *
 * <p>Stateless; thread-safe.
 */
final class DocumentBytes {

    private DocumentBytes() {
    }

    /** The file's bytes, gunzipped when it is gzip (by name or by magic bytes), within the size limit. */
    static byte[] load(Path file) throws IOException {
        long size = Files.size(file);
        if (size > Inputs.MAX_DOCUMENT_BYTES) {
            throw new TooLarge(size);
        }
        return loaded(Files.readAllBytes(file));
    }

    /** The bytes of a file, gunzipped when they are gzip (magic bytes), within the size limit. */
    static byte[] loaded(byte[] raw) throws IOException {
        if (raw.length > Inputs.MAX_DOCUMENT_BYTES) {
            throw new TooLarge(raw.length);
        }
        boolean magic = raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
        return magic ? gunzip(raw) : raw;
    }

    private static byte[] gunzip(byte[] raw) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > Inputs.MAX_DOCUMENT_BYTES) {
                    throw new TooLarge(-1);
                }
            }
            return out.toByteArray();
        } catch (ZipException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A document over the size limit; the message is the reason shown to the user. */
    static final class TooLarge extends IOException {
        TooLarge(long size) {
            super(size < 0
                    ? "decompresses to more than the " + (Inputs.MAX_DOCUMENT_BYTES >> 20) + " MiB limit for one document"
                    : String.format(Locale.ROOT, "%.1f MiB is more than the %d MiB limit for one document", size / 1048576.0, Inputs.MAX_DOCUMENT_BYTES >> 20));
        }
    }
}
