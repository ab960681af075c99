package dev.triangulate.ingest.html;

import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.RawDoc;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExtractorTest {

    private static final HtmlExtractor HTML = HtmlExtractor.standard();

    private static final String PAGE = """
            <!doctype html>
            <html lang="en-GB"><head>
            <meta charset="utf-8">
            <title>Harbour bridge reopens after repairs | The Coastal Courier</title>
            <meta property="og:site_name" content="The Coastal Courier">
            <meta name="author" content="Meta Person">
            <link rel="canonical" href="https://courier.example/2024/03/05/bridge-reopens">
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour bridge reopens after repairs",
             "datePublished":"2024-03-05T08:30:00+01:00","author":[{"@type":"Person","name":"Ada Lindqvist"},
             {"@type":"Person","name":"Tomas Reyes"}],"publisher":{"@type":"Organization","name":"Courier Media"}}
            </script>
            </head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article>
              <h1>Harbour bridge reopens after repairs</h1>
              <div class="share-tools"><a href="#">Share on social</a></div>
              <div class="article-body">
                <p>The old harbour bridge opened to traffic again on Tuesday, three months after cracks were found in two of its piers.</p>
                <p>Engineers replaced 40 metres of steel girders, the town council said, and the weight limit has been raised to 18 tonnes.</p>
                <h2>What changes for drivers</h2>
                <ul><li>Buses return to their old route from Monday.</li><li>Cyclists get a marked lane on the north side.</li></ul>
                <blockquote>"We are glad to have our shortest road back," a shop owner on the quay said.</blockquote>
                <div class="related-stories"><a href="/a">Ferry timetable changes</a><a href="/b">Quay parking fees</a></div>
                <p>Advertisement</p>
                <p>The repairs cost about 2.3 million euros, slightly less than first estimated.</p>
              </div>
            </article>
            <aside class="sidebar"><p>Most read: a story about something else entirely that should not appear.</p></aside>
            <footer><p>Copyright The Coastal Courier, all rights reserved.</p></footer>
            </body></html>
            """;

    private static Article article(String html) {
        return article(html.getBytes(StandardCharsets.UTF_8), "text/html");
    }

    private static Article article(byte[] bytes, String mediaType) {
        Extraction x = HTML.extract(new RawDoc("doc", "https://courier.example/x", mediaType, bytes));
        return assertInstanceOf(Extraction.Ok.class, x, () -> "skipped: " + x).article();
    }

    @Test
    void writesBodyBlocksOneParagraphPerLineInOrder() {
        List<String> lines = article(PAGE).text().lines().toList();
        assertEquals(List.of(
                "The old harbour bridge opened to traffic again on Tuesday, three months after cracks were found in two of its piers.",
                "Engineers replaced 40 metres of steel girders, the town council said, and the weight limit has been raised to 18 tonnes.",
                "What changes for drivers",
                "Buses return to their old route from Monday.",
                "Cyclists get a marked lane on the north side.",
                "\"We are glad to have our shortest road back,\" a shop owner on the quay said.",
                "The repairs cost about 2.3 million euros, slightly less than first estimated."), lines);
    }

    @Test
    void leavesOutNavigationSharingRelatedLinksAndFooter() {
        String text = article(PAGE).text();
        for (String furniture : List.of("Home", "Share on social", "Ferry timetable", "Most read", "Copyright", "Advertisement")) {
            assertFalse(text.contains(furniture), furniture);
        }
    }

    @Test
    void readsMetadataFromJsonLdAndMetaTags() {
        Article a = article(PAGE);
        assertEquals("Harbour bridge reopens after repairs", a.title());
        assertEquals(List.of("Ada Lindqvist", "Tomas Reyes"), a.authors());
        assertEquals(LocalDate.of(2024, 3, 5), a.published().date());
        assertFalse(a.published().inferred());
        assertEquals("The Coastal Courier", a.outlet());
        assertEquals("https://courier.example/2024/03/05/bridge-reopens", a.url());
        assertEquals("en", a.language());
    }

    @Test
    void stripsSiteNameFromTitleAndFindsBylineWithoutStructuredData() {
        Article a = article("""
                <html><head><title>Rain floods valley farms - Valley Herald</title></head><body>
                <div class="byline">By Mara Olsen and Pete Kwan</div>
                <div id="story-body"><p>Heavy rain on Sunday flooded farms along the lower valley, where fields were already soaked after a wet winter season.</p>
                <p>Farmers said the water rose faster than in any storm they remembered, and several roads were closed overnight.</p></div>
                </body></html>""");
        assertEquals("Rain floods valley farms", a.title());
        assertEquals(List.of("Mara Olsen", "Pete Kwan"), a.authors());
    }

    @Test
    void findsBodyByTextDensityWhenNoSelectorMatches() {
        Article a = article("""
                <html><body><div><a href="/1">One</a> <a href="/2">Two</a> <a href="/3">Three</a></div>
                <div><div><p>A small museum in the hills has reopened its doors, showing tools, letters and photographs from the mining years.</p>
                <p>Volunteers spent two winters sorting the collection, which had been kept in boxes since the building closed, the curator said.</p>
                <p>Entry is free on the first Sunday of each month, and school groups can book guided visits through the museum office.</p></div></div>
                </body></html>""");
        assertTrue(a.text().startsWith("A small museum in the hills"), a.text());
        assertFalse(a.text().contains("Three"));
    }

    @Test
    void prefersTheArticleHoldingTheHeadlineOverARicherTeaserList() {
        String teaser = "<article><h3>Another story</h3><p>" + "A teaser sentence about another story that runs on for a while. ".repeat(6) + "</p></article>";
        String html = """
                <html><head><title>Ferry fares rise in spring - Island Post</title></head><body>
                <article><h1>Ferry fares rise in spring</h1>
                <p>The island ferry operator will raise fares by eight percent from April, citing fuel costs and a new crew agreement.</p>
                <p>Residents with island cards keep the old price until the end of the year, the operator said in a short statement.</p>
                <p>The council said it would ask the regional transport board to review the increase at its next meeting.</p></article>
                <article><h3>You may also like</h3>%s%s%s</article></body></html>""".formatted(teaser, teaser, teaser);
        Article a = article(html);
        assertTrue(a.text().startsWith("The island ferry operator"), a.text());
        assertFalse(a.text().contains("teaser sentence"), a.text());
    }

    @Test
    void dropsALongCommentThreadBesideAShortArticle() {
        String reply = "<p>" + "I have owned three of these and the old one was louder, honestly. ".repeat(4) + "</p>";
        String html = """
                <html><head><title>Quieter kettle goes on sale</title></head><body><div id="content">
                <div class="story"><h1>Quieter kettle goes on sale</h1>
                <p>A kitchen maker has started selling a kettle it says runs at half the noise of its previous model.</p>
                <p>The company said the new heating plate and a softer lid hinge account for most of the change in sound.</p>
                <p>The kettle costs 49 pounds and ships in three colours from next week, according to the announcement.</p>
                <p>Reviewers who tried an early unit said the click of the switch was now the loudest thing about it.</p></div>
                <div class="comments"><div class="comment">%s%s%s%s</div></div></div></body></html>""".formatted(reply, reply, reply, reply);
        Article a = article(html);
        assertTrue(a.text().startsWith("A kitchen maker"), a.text());
        assertFalse(a.text().contains("old one was louder"), a.text());
    }

    @Test
    void takesDateFromUrlWhenPageGivesNone() {
        Extraction x = HTML.extract(new RawDoc("d", "https://news.example/2021/07/14/lake-levels", "text/html",
                "<html><body><p>Lake levels fell again this week, and boat owners were told to check their moorings.</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));
        Article a = assertInstanceOf(Extraction.Ok.class, x).article();
        assertEquals(LocalDate.of(2021, 7, 14), a.published().date());
        assertEquals("date in the URL", a.published().basis());
    }

    @Test
    void skipsEmptyInputWithReason() {
        Extraction x = HTML.extract(new RawDoc("e", "empty.html", "text/html", new byte[0]));
        assertTrue(assertInstanceOf(Extraction.Skipped.class, x).reason().contains("empty"));
    }

    @Test
    void skipsTextThatIsNotHtml() {
        Extraction x = HTML.extract(new RawDoc("t", "notes.txt", "text/plain",
                "Just a line of notes, no markup at all.".getBytes(StandardCharsets.UTF_8)));
        assertTrue(assertInstanceOf(Extraction.Skipped.class, x).reason().startsWith("not HTML"));
    }

    @Test
    void skipsHtmlWithEmptyBody() {
        Extraction x = HTML.extract(new RawDoc("b", "b.html", "text/html",
                "<html><head><title>Nothing</title></head><body>  </body></html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(assertInstanceOf(Extraction.Skipped.class, x).reason().contains("no article text"));
    }

    private static final String ACCENTED = "Café owners in Zürich say the crème brûlée costs 12 € — “too much”.";

    private static String accentedPage(String charsetMeta) {
        return "<html><head>" + charsetMeta + "</head><body><p>" + ACCENTED + "</p></body></html>";
    }

    @Test
    void decodesWindows1252DeclaredInMeta() {
        byte[] bytes = accentedPage("<meta charset=\"windows-1252\">").getBytes(Charset.forName("windows-1252"));
        assertEquals(ACCENTED, article(bytes, "text/html").text());
    }

    @Test
    void readsLatin1DeclaredPagesAsBrowsersDo() {
        String text = "Café owners in Zürich say the crème brûlée is fine.";
        byte[] bytes = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>"
                + text + "</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(text, article(bytes, "text/html").text());
    }

    @Test
    void sniffsWindows1252WithoutAnyDeclaration() {
        byte[] bytes = accentedPage("").getBytes(Charset.forName("windows-1252"));
        assertEquals(ACCENTED, article(bytes, "text/html").text());
    }

    @Test
    void decodesUtf16WithAndWithoutByteOrderMark() {
        byte[] withBom = accentedPage("").getBytes(StandardCharsets.UTF_16);
        byte[] littleEndian = accentedPage("").getBytes(StandardCharsets.UTF_16LE);
        assertEquals(ACCENTED, article(withBom, "text/html").text());
        assertEquals(ACCENTED, article(littleEndian, "text/html").text());
    }

    @Test
    void honoursUtf8ByteOrderMarkAndMediaTypeCharset() {
        byte[] body = accentedPage("").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        assertEquals(ACCENTED, article(bom, "text/html").text());
        byte[] latin = accentedPage("").getBytes(Charset.forName("windows-1252"));
        assertEquals(ACCENTED, article(latin, "text/html; charset=windows-1252").text());
    }

    @Test
    void survivesDeeplyNestedMarkup() {
        int depth = 100_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>Deep inside the nest sits one plain sentence of text.</p>"
                + "</div>".repeat(depth) + "</body></html>";
        Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> HTML.extract(new RawDoc("n", "n.html", "text/html", html.getBytes(StandardCharsets.UTF_8))));
        assertTrue(x instanceof Extraction.Ok || x instanceof Extraction.Skipped);
    }

    @Test
    void handlesFiftyMegabytePageInBoundedTime() {
        StringBuilder sb = new StringBuilder("<html><body><div class=\"article-body\">");
        String para = "<p>Paragraph of filler text about river levels, harbour traffic and the weather on the coast.</p>\n";
        while (sb.length() < 50 << 20) {
            sb.append(para);
        }
        sb.append("</div></body></html>");
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(90),
                () -> HTML.extract(new RawDoc("big", "big.html", "text/html", bytes)));
        assertTrue(assertInstanceOf(Extraction.Ok.class, x).article().text().startsWith("Paragraph of filler text"));
    }
}
