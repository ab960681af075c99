package dev.triangulate.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an HTML page into characters. Order of evidence, as browsers do: a byte-order
 * mark, the charset of the HTTP media type, a {@code <meta charset>} or {@code http-equiv} declaration
 * in the first bytes, then sniffing (UTF-16 without a mark by its zero bytes, strict UTF-8, and
 * Windows-1252 as the last resort, which also covers ISO-8859-1 as browsers treat it).
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlDecoder {

    /** The decoded page and how its encoding was chosen. */
    record Decoded(String text, Charset charset, String basis) {
    }

    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEDIA_CHARSET = Pattern.compile(
            "charset\\s*=\\s*\"?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlDecoder() {
    }

    static Decoded decode(byte[] bytes, String mediaType) {
        Decoded bom = byBom(bytes);
        if (bom != null) {
            return bom;
        }
        Charset declared = charsetIn(MEDIA_CHARSET, mediaType == null ? "" : mediaType);
        if (declared != null) {
            return new Decoded(new String(bytes, declared), declared, "media type charset");
        }
        Charset utf16 = utf16ByZeros(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16, "zero-byte pattern of UTF-16");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Charset meta = charsetIn(META_CHARSET, head);
        if (meta != null && !isUtf16(meta)) {
            return new Decoded(decodeDeclared(bytes, meta), meta, "meta charset declaration");
        }
        return sniff(bytes);
    }

    private static Decoded byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "byte-order mark");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "byte-order mark");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "byte-order mark");
        }
        return null;
    }

    /** ASCII markup in UTF-16 has a zero in every other byte; which half tells the byte order. */
    private static Charset utf16ByZeros(byte[] b) {
        int n = Math.min(b.length, 512) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Pages often declare Latin-1 but are Windows-1252 or even UTF-8: trust strict UTF-8 first. */
    private static String decodeDeclared(byte[] bytes, Charset declared) {
        if (!declared.equals(StandardCharsets.UTF_8) && hasHighBytes(bytes)) {
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                return utf8;
            }
        }
        if (declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)) {
            return new String(bytes, WINDOWS_1252);
        }
        return new String(bytes, declared);
    }

    private static boolean hasHighBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Decoded sniff(byte[] bytes) {
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, "valid UTF-8");
        }
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "not UTF-8, read as Windows-1252");
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset charsetIn(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A UTF-16 page cannot declare itself in ASCII bytes, so such a meta tag is wrong by construction. */
    private static boolean isUtf16(Charset c) {
        return c.name().startsWith("UTF-16");
    }
}
