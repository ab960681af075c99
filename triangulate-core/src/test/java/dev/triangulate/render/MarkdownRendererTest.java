package dev.triangulate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.Briefing;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    static String render(Briefing... briefings) throws IOException {
        StringBuilder out = new StringBuilder();
        new MarkdownRenderer().render(List.of(briefings), out);
        return out.toString();
    }

    @Test
    void matchesGoldenFile() throws IOException {
        Golden.assertMatches("briefing.md", render(BriefingFixture.briefing()));
    }

    @Test
    void resolvesEveryCitationMarkerToANumberedSource() throws IOException {
        String md = render(BriefingFixture.briefing());
        String sources = md.substring(md.indexOf("### Sources"));
        Set<Integer> cited = new TreeSet<>();
        Matcher m = Pattern.compile("\\[(\\d+)]").matcher(md.substring(0, md.indexOf("### Sources")));
        while (m.find()) {
            cited.add(Integer.parseInt(m.group(1)));
        }
        assertFalse(cited.isEmpty());
        for (int n : cited) {
            assertTrue(sources.contains("\n" + n + ". "), "source " + n + " listed");
        }
        assertTrue(sources.contains("\n5. herald-1, characters 188–198 (Valley Herald; officials said): “The river crested at"
                + " **6.1 metres**, officials said.”"), sources);
    }

    @Test
    void listsEachSideOfADisputeWithItsOutletsAndPassages() throws IOException {
        String md = render(BriefingFixture.briefing());
        assertTrue(md.contains("  - 6.1 m — Valley Herald: “6.1 metres” ["));
        assertTrue(md.contains("  - 5.2 m — Riverside Post: “5.2 metres” ["));
    }

    @Test
    void marksInferredPublicationDates() throws IOException {
        assertTrue(render(BriefingFixture.briefing()).contains("| 2025-03-04 (inferred: latest full date in the story) |"));
    }

    @Test
    void escapesMarkdownAndHtmlInArticleText() throws IOException {
        String md = render(HostileFixture.briefing());
        assertFalse(md.contains("<script>"), "raw script tag");
        assertFalse(md.contains("<b>"), "raw HTML");
        assertFalse(md.contains("[link](http"), "live link");
        assertTrue(md.contains("\\| pipe \\| \\*star\\* \\_under\\_ \\`tick\\` \\[link\\](http://x.example) "
                + "&lt;b&gt;bold&lt;/b&gt; \\~strike\\~ \\#hash"));
        assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void keepsLineBreaksInsideTableCells() throws IOException {
        String md = render(HostileFixture.briefing());
        assertTrue(md.contains("\\#hash<br>second line”"), "quote cell keeps its line break as <br>");
        for (String line : md.split("\n")) {
            if (line.startsWith("| ")) {
                assertTrue(line.endsWith(" |"), "table row broken: " + line);
            }
        }
    }

    @Test
    void escapesEveryMarkdownSignificantCharacter() {
        assertEquals("a\\|b\\*c\\_d\\`e\\[f\\]g&lt;h&gt;i j", Markdown.inline("a|b*c_d`e[f]g<h>i\nj"));
        assertEquals("x<br>y<br>z", Markdown.cell("x\r\ny\rz"));
        assertEquals("\\$40 \\\\ &amp;", Markdown.inline("$40 \\ &"));
    }

    @Test
    void rendersAnEmptyBatch() throws IOException {
        assertEquals("# Triangulate briefing\n\nNo stories.\n", render());
    }
}
