package dev.triangulate.ingest.html;

import dev.triangulate.model.Published;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicationDateFinderTest {

    private static final PublicationDateFinder DATES = new PublicationDateFinder(HtmlRules.standard());

    private static Published find(String html, Map<String, String> meta, String url) {
        Document doc = Jsoup.parse(html);
        return DATES.find(doc, JsonLd.of(doc), meta, url);
    }

    @Test
    void declaredPublicationBeatsADateShownAsAnUpdate() {
        Published p = find("""
                <html><head><script type="application/ld+json">
                {"@type":"BlogPosting","datePublished":"2023-04-02T10:00:00+02:00","dateModified":"2025-01-09"}
                </script></head><body><h1>Growing tomatoes on a balcony</h1>
                <p>By Mara Quist · Last updated January 9, 2025</p><p>Start with a deep pot.</p></body></html>
                """, Map.of(), "https://garden.example/tomatoes");
        assertEquals(LocalDate.of(2023, 4, 2), p.date());
        assertEquals("JSON-LD datePublished", p.basis());
    }

    @Test
    void aPlainDateByTheHeadlineBeatsMetadata() {
        Published p = find("""
                <html><body><h1>Council approves the new library</h1><p>March 3, 2024</p>
                <p>The vote was close.</p></body></html>
                """, Map.of("article:published_time", "2024-02-28T09:00:00Z"), "https://town.example/library");
        assertEquals(LocalDate.of(2024, 3, 3), p.date());
    }

    @Test
    void anUpdateShownWithoutAnyDeclaredDateIsStillUsed() {
        Published p = find("""
                <html><body><h1>Council approves the new library</h1><p>Updated 4 March 2024</p>
                <p>The vote was close.</p></body></html>
                """, Map.of(), "https://town.example/library");
        assertEquals(LocalDate.of(2024, 3, 4), p.date());
        assertEquals("date shown by the headline (marked as an update)", p.basis());
    }

    @Test
    void revisionMetaTagsAreTheLastDeclaredResort() {
        Published p = find("<html><body><p>No dates shown here at all.</p></body></html>",
                Map.of("article:modified_time", "2022-06-30T08:00:00Z"), "https://x.example/a");
        assertEquals(LocalDate.of(2022, 6, 30), p.date());
        assertEquals("meta article:modified_time", p.basis());
    }

    @Test
    void readsANumericDayShownByTheHeadline() {
        Published p = find("""
                <html><body><h1>Which mower suits which lawn</h1><p>17.05.2021</p>
                <p>Measure the lawn first.</p></body></html>
                """, Map.of(), "https://mower.example/blog/lawn");
        assertEquals(LocalDate.of(2021, 5, 17), p.date());
    }
}
