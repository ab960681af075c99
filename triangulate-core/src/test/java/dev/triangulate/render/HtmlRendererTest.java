package dev.triangulate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Briefing;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    static String render(Briefing... briefings) throws IOException {
        StringBuilder out = new StringBuilder();
        new HtmlRenderer().render(List.of(briefings), out);
        return out.toString();
    }

    @Test
    void matchesGoldenFile() throws IOException {
        Golden.assertMatches("briefing.html", render(BriefingFixture.briefing()));
    }

    @Test
    void isSelfContained() throws IOException {
        String html = render(BriefingFixture.briefing(), HostileFixture.briefing());
        for (String external : List.of("<script", "<link", "src=", "@import", "url(", "<iframe", "<object")) {
            assertFalse(html.contains(external), external);
        }
        assertTrue(html.contains("@media print"));
    }

    @Test
    void everyCitationLinkHasATarget() throws IOException {
        String html = render(BriefingFixture.briefing(), HostileFixture.briefing());
        Matcher m = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        int links = 0;
        while (m.find()) {
            links++;
            assertTrue(html.contains(" id=\"" + m.group(1) + "\""), "anchor " + m.group(1));
        }
        assertTrue(links > 10, links + " links");
    }

    @Test
    void highlightsThePassageInsideItsSentence() throws IOException {
        assertTrue(render(BriefingFixture.briefing()).contains("<blockquote>The river crested at <mark>5.2 metres</mark>,"
                + " according to the county.</blockquote>"));
    }

    @Test
    void escapesScriptAndAttributePayloads() throws IOException {
        String html = render(HostileFixture.briefing());
        assertFalse(html.contains("<script"), "script tag");
        assertFalse(html.contains("<b>"), "raw markup");
        assertFalse(html.contains("\" onmouseover"), "attribute break-out");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&quot; onmouseover=&quot;x"));
    }

    @Test
    void linksOnlyHttpUrls() throws IOException {
        String html = render(BriefingFixture.briefing(), HostileFixture.briefing());
        assertTrue(html.contains("href=\"https://valleyherald.example/news/millbrook-flood\""));
        assertFalse(html.contains("href=\"javascript"), "javascript: link");
        assertFalse(html.contains("href=\"data:"), "data: link");
        assertTrue(html.contains("<span class=\"muted url\"> javascript:alert(1)</span>"), "shown as text");
    }

    @Test
    void drawsTheMatrixAndTheTimeline() throws IOException {
        String html = render(BriefingFixture.briefing());
        assertTrue(html.contains("<td class=\"side\" title=\"states 6.1 m\">✕ <small>6.1 m</small></td>"));
        assertTrue(html.contains("<td class=\"covers\" title=\"covers\">●</td>"));
        assertTrue(html.contains("<svg class=\"timeline-chart\""));
        assertEquals(3, html.split("<circle class=\"dot\"", -1).length - 1, "one dot per article dating the flood");
    }

    @Test
    void escapesTheFiveSignificantCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
                Html.escape("<a href=\"x\" title='y'>&</a>"));
    }

    @Test
    void acceptsOnlyAbsoluteHttpUrls() {
        assertEquals("https://a.example/x?y=1", Html.httpUrl("https://a.example/x?y=1"));
        assertEquals("HTTP://A.EXAMPLE/", Html.httpUrl("HTTP://A.EXAMPLE/"));
        for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "data:text/html,x",
                "//a.example/x", "/relative", "http://", "https://a.example/ x", "vbscript:x", "")) {
            assertEquals(null, Html.httpUrl(bad), bad);
        }
    }

    @Test
    void refusesNamesThatCouldCarryMarkup() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Html().open("p onclick=x"));
    }
}
