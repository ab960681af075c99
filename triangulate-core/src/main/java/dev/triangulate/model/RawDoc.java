package dev.triangulate.model;

import java.util.Objects;

/**
 * The bytes of one input document as a reader found them, before any text extraction.
 *
 * @param id        the article id to use (for a file: its name without extensions)
 * @param source    where it came from: a file path, a URL, or an archive record
 * @param mediaType what the reader believes the bytes are, for example {@code text/plain}
 * @param content   the raw bytes; the array is owned by this record and must not be changed
 */
public record RawDoc(String id, String source, String mediaType, byte[] content) {

    public RawDoc {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }
}
