package dev.triangulate.ingest;

import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.Published;
import dev.triangulate.model.RawDoc;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a UTF-8 plain-text article with an optional header block (see {@code docs/FORMATS.md}):
 *
 * <pre>
 * Title: Ukraine may strike deeper
 * Outlet: Example Times
 * Published: 2024-11-18
 *
 * The body starts after the first blank line...
 * </pre>
 *
 * <p>The header is recognised only when every line before the first blank line is a known
 * {@code Key: value} field, so a body that happens to start with "Washington: ..." stays body.
 * Spans index into the body. Without a header title, a short first line with no closing
 * punctuation is taken as the headline (it stays in the body), and a short line under it that names
 * an outlet ("Harbour Media Group") as the outlet.
 *
 * <p>Never throws for bad bytes: empty, binary and non-UTF-8 input come back as {@link Extraction.Skipped}.
 * Immutable and thread-safe.
 */
public final class PlainTextExtractor implements Extractor {

    private static final int MIN_WORDS = 20;
    private static final int HEADLINE_MAX_WORDS = 20;
    private static final java.util.Set<String> OUTLET_WORDS = dev.triangulate.text.Lexicon.lines("ingest/outlet-words.txt");

    /** Header keys a user may write, to the field they fill. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "title"), Map.entry("headline", "title"),
            Map.entry("outlet", "outlet"), Map.entry("source", "outlet"), Map.entry("site", "outlet"),
            Map.entry("url", "url"), Map.entry("published", "published"), Map.entry("date", "published"),
            Map.entry("author", "authors"), Map.entry("authors", "authors"), Map.entry("language", "language"));

    @Override
    public Extraction extract(RawDoc doc) {
        if (indexOf(doc.content(), (byte) 0) >= 0) {
            return new Extraction.Skipped(doc.source(), "binary file (contains NUL bytes), not text");
        }
        String text;
        try {
            text = decode(doc.content());
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(doc.content());
            return new Extraction.Skipped(doc.source(), String.format(java.util.Locale.ROOT,
                    "not UTF-8 text (byte 0x%02x at offset %d)", doc.content()[bad] & 0xff, bad));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        Header header = Header.parse(text);
        String body = header.body().strip();
        int words = body.isEmpty() ? 0 : body.split("\\s+").length;
        if (words < MIN_WORDS) {
            return new Extraction.Skipped(doc.source(), words == 0 ? "empty file" : "too short for an article: " + words + " words");
        }
        return header.article(doc, body);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        d.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return d.decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The header fields found and the body after them. */
    private record Header(Map<String, String> fields, String body) {

        static Header parse(String text) {
            int blank = text.indexOf("\n\n");
            if (blank <= 0) {
                return new Header(Map.of(), text);
            }
            Map<String, String> fields = new java.util.HashMap<>();
            for (String line : text.substring(0, blank).split("\n")) {
                int colon = line.indexOf(':');
                String key = colon > 0 ? FIELDS.get(line.substring(0, colon).strip().toLowerCase(Locale.ROOT)) : null;
                if (key == null) {
                    return new Header(Map.of(), text);
                }
                // Several author lines add up; for any other field the first line wins.
                fields.merge(key, line.substring(colon + 1).strip(), (a, b) -> "authors".equals(key) ? a + ", " + b : a);
            }
            return new Header(fields, text.substring(blank + 2));
        }

        Extraction article(RawDoc doc, String body) {
            String title = fields.getOrDefault("title", "");
            String outlet = fields.get("outlet");
            if (title.isEmpty()) {
                title = headline(body);
                if (!title.isEmpty() && outlet == null) {
                    outlet = masthead(body);
                }
            }
            Published published = Published.UNKNOWN;
            String date = fields.get("published");
            if (date != null) {
                try {
                    published = Published.given(parseDate(date), "header field 'published'");
                } catch (DateTimeParseException e) {
                    return new Extraction.Skipped(doc.source(),
                            "header 'published: " + date + "' is not a date (use YYYY-MM-DD)");
                }
            }
            List<String> authors = new ArrayList<>();
            for (String a : fields.getOrDefault("authors", "").split("\\s*(,| and )\\s*")) {
                if (!a.isBlank()) {
                    authors.add(a.strip());
                }
            }
            return new Extraction.Ok(new Article(doc.id(), doc.source(), title, outlet,
                    fields.get("url"), authors, published, fields.getOrDefault("language", "en"), body));
        }

        private static LocalDate parseDate(String s) {
            String t = s.strip();
            return LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t);
        }

        /**
         * The line under the headline when it reads like the outlet's name: at most six words, all
         * capitalised, one of them an outlet word ("Media", "News", "Gazette"...), no closing punctuation.
         */
        private static String masthead(String body) {
            String[] lines = body.split("\n", 3);
            if (lines.length < 3) {
                return null;
            }
            String line = lines[1].strip();
            String[] words = line.isEmpty() ? new String[0] : line.split("\\s+");
            if (words.length == 0 || words.length > 6 || !Character.isLetterOrDigit(line.charAt(line.length() - 1))) {
                return null;
            }
            boolean cue = false;
            for (String w : words) {
                if (!Character.isUpperCase(w.charAt(0))) {
                    return null;
                }
                cue |= OUTLET_WORDS.contains(w.toLowerCase(Locale.ROOT));
            }
            return cue ? line : null;
        }

        /** The first line when it reads like a headline: short, and not ending like a sentence. */
        private static String headline(String body) {
            int nl = body.indexOf('\n');
            if (nl < 0) {
                return "";
            }
            String first = body.substring(0, nl).strip();
            int words = first.isEmpty() ? 0 : first.split("\\s+").length;
            boolean sentenceEnd = first.endsWith(".") || first.endsWith(":") || first.endsWith(",");
            return words >= 3 && words <= HEADLINE_MAX_WORDS && !sentenceEnd ? first : "";
        }
    }
}
