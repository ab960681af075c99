package dev.triangulate.ingest.jsonl;

import static dev.triangulate.ingest.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.RawDoc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    private static List<Extraction> read(String lines) {
        List<Extraction> out = new ArrayList<>();
        new JsonLinesReader().read(new RawDoc("crawl", "data/crawl.jsonl", "application/jsonl", utf8(lines)), out::add);
        return out;
    }

    @Test
    void readsNewsPleaseFields() {
        String line = """
                {"title":"Ferry timetable cut","maintext":"The island ferry will sail twice a day from May.\\nThe operator blamed crew shortages.","date_publish":"2025-04-02 07:15:00","authors":["Ana Ruiz","Tom Hale"],"source_domain":"islandpost.example","url":"https://islandpost.example/news/ferry-cut.html","language":"en"}
                """;
        Article a = assertInstanceOf(Extraction.Ok.class, read(line).getFirst()).article();
        assertEquals("ferry-cut", a.id());
        assertEquals("data/crawl.jsonl:1", a.source());
        assertEquals("Ferry timetable cut", a.title());
        assertEquals(LocalDate.of(2025, 4, 2), a.published().date());
        assertEquals(List.of("Ana Ruiz", "Tom Hale"), a.authors());
        assertEquals("islandpost.example", a.outlet());
        assertEquals("en", a.language());
        assertTrue(a.text().startsWith("The island ferry"));
    }

    @Test
    void badLinesAreReportedByNumberAndTheRestGoesOn() {
        String lines = """
                {"id":"first","maintext":"Crews repaired the pier overnight."}
                {"id":"broken", "maintext": 
                ["an array, not an object"]

                {"id":"no-text","title":"Empty"}
                {"id":"bad-date","maintext":"Text.","date_publish":"last Tuesday"}
                {"maintext":"No id and no url here."}
                """;
        List<Extraction> got = read(lines);
        assertEquals("first", assertInstanceOf(Extraction.Ok.class, got.get(0)).article().id());
        assertEquals(List.of("data/crawl.jsonl:2", "data/crawl.jsonl:3", "data/crawl.jsonl:5", "data/crawl.jsonl:6"),
                got.subList(1, 5).stream().map(x -> assertInstanceOf(Extraction.Skipped.class, x).source()).toList());
        assertEquals("crawl-7", assertInstanceOf(Extraction.Ok.class, got.get(5)).article().id());
    }
}
