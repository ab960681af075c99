package dev.triangulate.ingest;

import dev.triangulate.text.Lexicon;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The input formats {@link Inputs} reads, and how one is recognised: by file extension (the table
 * in {@code ingest/extensions.txt}), by media type, or by sniffing the first bytes.
 */
public enum Format {
    TEXT, HTML, FEED, WARC, JSONL;

    private static final int SNIFF_BYTES = 2048;
    private static final Map<String, Format> EXTENSIONS = extensions();

    /** The format named by an extension ("html", "warc"), if any. */
    public static Optional<Format> byExtension(String extension) {
        return Optional.ofNullable(EXTENSIONS.get(extension.toLowerCase(Locale.ROOT)));
    }

    /** The format of a media type such as {@code text/html}, if it names one. */
    public static Optional<Format> byMediaType(String mediaType) {
        String m = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (m.contains("html")) {
            return Optional.of(HTML);
        }
        if (m.contains("rss") || m.contains("atom") || m.contains("rdf")) {
            return Optional.of(FEED);
        }
        if (m.contains("warc")) {
            return Optional.of(WARC);
        }
        if (m.contains("jsonl") || m.contains("ndjson") || m.contains("json-seq")) {
            return Optional.of(JSONL);
        }
        return m.equals("text/plain") ? Optional.of(TEXT) : Optional.empty();
    }

    /** The format the first bytes look like; plain text when nothing else fits. */
    public static Format sniff(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .replace("\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("warc/")) {
            return WARC;
        }
        String xml = head.replaceFirst("^<\\?xml[^>]*>\\s*", "").replaceFirst("^(<!--.*?-->\\s*)+", "");
        if (xml.startsWith("<rss") || xml.startsWith("<feed") || xml.startsWith("<rdf:rdf")
                || xml.startsWith("<!doctype rss") || xml.startsWith("<!doctype feed")) {
            return FEED;
        }
        if (head.startsWith("<") && head.matches("(?s).*<\\s*(!doctype\\s+html|html|head|body|p|div|article)[\\s>/].*")) {
            return HTML;
        }
        if (head.startsWith("{")) {
            return JSONL;
        }
        return TEXT;
    }

    private static Map<String, Format> extensions() {
        Map<String, Format> out = new HashMap<>();
        for (String line : Lexicon.lines("ingest/extensions.txt")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 2) {
                out.put(parts[0], Format.valueOf(parts[1]));
            }
        }
        return Map.copyOf(out);
    }
}
