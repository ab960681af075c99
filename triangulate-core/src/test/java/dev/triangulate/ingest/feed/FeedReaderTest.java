package dev.triangulate.ingest.feed;

import static dev.triangulate.ingest.Fixtures.BODY;
import static dev.triangulate.ingest.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.ingest.html.HtmlExtractor;
import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.RawDoc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    private static final String HTML_BODY = "<p>" + BODY.replace("\n", "</p><p>") + "</p>";
    private final List<String> followed = new ArrayList<>();
    private final FeedReader reader = new FeedReader(HtmlExtractor.standard(),
            (url, source, sink) -> {
                followed.add(url);
                sink.accept(new Extraction.Skipped(source, "not fetched in this test"));
            });

    private List<Extraction> read(String xml) {
        List<Extraction> out = new ArrayList<>();
        reader.read(new RawDoc("harbour-feed", "feeds/harbour.rss", "application/rss+xml", utf8(xml)), out::add);
        return out;
    }

    @Test
    void rssItemWithEncodedContentBecomesAnArticle() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>Harbour Gazette</title><link>https://gazette.example/</link><language>en-gb</language>
                <item><title>Breakwater opens late</title><link>https://gazette.example/news/breakwater</link>
                <pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate><dc:creator>Morag Fenwick</dc:creator>
                <description>Short teaser.</description>
                <content:encoded><![CDATA[%s]]></content:encoded></item>
                </channel></rss>""".formatted(HTML_BODY);
        List<Extraction> got = read(rss);
        Article a = assertInstanceOf(Extraction.Ok.class, got.getFirst()).article();
        assertEquals("Breakwater opens late", a.title());
        assertEquals("breakwater", a.id());
        assertEquals("Harbour Gazette", a.outlet());
        assertEquals("https://gazette.example/news/breakwater", a.url());
        assertEquals(LocalDate.of(2025, 3, 4), a.published().date());
        assertEquals(List.of("Morag Fenwick"), a.authors());
        assertEquals("en", a.language());
        assertTrue(a.text().contains("softer than the survey") && !a.text().contains("<p>"), a.text());
        assertTrue(a.text().contains("\n"), "one paragraph per line");
    }

    @Test
    void atomEntryWithContentBecomesAnArticle() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Coastal Wire</title><id>urn:x:feed</id>
                <updated>2025-03-05T10:00:00Z</updated>
                <entry><title>Skippers ask for fee waiver</title><id>urn:x:1</id>
                <link rel="alternate" href="https://wire.example/skippers"/>
                <published>2025-03-05T08:00:00Z</published><updated>2025-03-05T09:00:00Z</updated>
                <author><name>Idris Pellow</name></author>
                <content type="html">%s</content></entry></feed>""".formatted(HTML_BODY.replace("<", "&lt;").replace(">", "&gt;"));
        Article a = assertInstanceOf(Extraction.Ok.class, read(atom).getFirst()).article();
        assertEquals("Coastal Wire", a.outlet());
        assertEquals(List.of("Idris Pellow"), a.authors());
        assertEquals(LocalDate.of(2025, 3, 5), a.published().date());
        assertEquals("https://wire.example/skippers", a.url());
    }

    @Test
    void itemWithOnlyATeaserHasItsLinkFollowed() {
        String rss = """
                <rss version="2.0"><channel><title>Harbour Gazette</title>
                <item><title>Berth fees</title><link>https://gazette.example/news/fees</link>
                <description>The board will look at berth fees.</description></item>
                </channel></rss>""";
        List<Extraction> got = read(rss);
        assertEquals(List.of("https://gazette.example/news/fees"), followed);
        assertEquals("feeds/harbour.rss#item-1", got.getFirst().source());
    }

    @Test
    void refusesEntityExpansion() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [
                 <!ENTITY a "ha">
                 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
                 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
                 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
                 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
                 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
                ]>
                <rss version="2.0"><channel><title>&i;</title>
                <item><title>x</title><description>&i;</description></item></channel></rss>""";
        List<Extraction> got = read(laughs);
        assertEquals(1, got.size());
        Extraction.Skipped s = assertInstanceOf(Extraction.Skipped.class, got.getFirst());
        assertEquals("feeds/harbour.rss", s.source());
        assertTrue(s.reason().toLowerCase().contains("doctype"), s.reason());
    }

    @Test
    void refusesExternalEntities(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-TOKEN");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY leak SYSTEM "%s">]>
                <rss version="2.0"><channel><title>Leak</title>
                <item><title>&leak;</title><description>&leak; %s</description></item></channel></rss>"""
                .formatted(secret.toUri(), "word ".repeat(80));
        List<Extraction> got = read(xxe);
        assertEquals(1, got.size());
        Extraction.Skipped s = assertInstanceOf(Extraction.Skipped.class, got.getFirst());
        assertFalse(s.toString().contains("TOP-SECRET-TOKEN"));
    }

    @Test
    void brokenXmlIsSkippedWithTheReason() {
        Extraction.Skipped s = assertInstanceOf(Extraction.Skipped.class, read("<rss><channel><item>").getFirst());
        assertTrue(s.reason().startsWith("not a readable RSS or Atom feed"), s.reason());
    }
}
