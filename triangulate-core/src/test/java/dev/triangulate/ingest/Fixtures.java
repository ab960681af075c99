package dev.triangulate.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Small documents written for the ingest tests: an article body, an HTML page, gzip. */
public final class Fixtures {

    private Fixtures() {
    }

    /** About 90 words of invented news prose. */
    public static final String BODY = """
            The harbour authority in Castlemere said on Tuesday that the new breakwater would open to \
            fishing boats in the spring, two years later than first planned.
            Engineers found that the seabed under the eastern arm was softer than the survey had shown, \
            and the council approved an extra 14 million pounds to drive deeper piles.
            Local skippers welcomed the decision but said the delay had cost them a season of safe \
            moorings, and several asked the authority to waive this year's berth fees.
            A spokesperson said the request would be considered at the next board meeting.""";

    public static String page(String title, String body) {
        StringBuilder paragraphs = new StringBuilder();
        for (String p : body.split("\n")) {
            paragraphs.append("<p>").append(p).append("</p>\n");
        }
        return """
                <!DOCTYPE html><html lang="en"><head><title>%s</title>
                <meta property="og:site_name" content="Harbour Gazette">
                <meta property="article:published_time" content="2025-03-04T09:00:00Z"></head>
                <body><nav><a href="/">Home</a></nav><article><h1>%s</h1>
                %s</article><footer>Copyright Harbour Gazette</footer></body></html>
                """.formatted(title, title, paragraphs);
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
