package dev.triangulate.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.model.Article;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Document;
import dev.triangulate.model.Entity;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Published;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Span;
import dev.triangulate.model.Story;
import dev.triangulate.model.Verdict;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Random briefings over random text full of markup and Markdown characters: every renderer
 * finishes, cites exact characters, writes no markup it did not mean to, and is deterministic.
 */
class RendererContractTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ALPHABET = "ab c<>&\"'|*_`[]#$~\\/:;=\n\r\t.!?()-0123456789é€\u2028\u0000";
    private static final Set<String> OUR_TAGS = Set.of("html", "head", "meta", "title", "style", "body", "main",
            "article", "h1", "h2", "p", "section", "table", "thead", "tbody", "tr", "th", "td", "a", "span", "ul", "ol",
            "li", "strong", "sup", "div", "q", "time", "blockquote", "mark", "small", "svg", "line", "text", "circle");
    private static final Pattern TAG = Pattern.compile("<(/?)([^\\s>/]*)");

    @Test
    void rendersThousandsOfRandomBriefingsSafelyAndDeterministically() throws IOException {
        Random random = new Random(20250304L);
        for (int i = 0; i < 1500; i++) {
            Briefing b = briefing(random);
            String json = render(new JsonRenderer(), b);
            String markdown = render(new MarkdownRenderer(), b);
            String html = render(new HtmlRenderer(), b);
            if (i % 10 == 0) {
                assertEquals(json, render(new JsonRenderer(), b));
                assertEquals(markdown, render(new MarkdownRenderer(), b));
                assertEquals(html, render(new HtmlRenderer(), b));
            }
            checkJson(b, json, i % 25 == 0);
            checkMarkdown(markdown);
            checkHtml(html);
        }
    }

    private static String render(Renderer renderer, Briefing b) throws IOException {
        StringBuilder out = new StringBuilder();
        renderer.render(List.of(b), out);
        return out.toString();
    }

    private static void checkJson(Briefing b, String json, boolean validate) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        List<JsonNode> evidence = new ArrayList<>();
        JsonRendererTest.collectEvidence(root, evidence);
        for (JsonNode e : evidence) {
            String text = b.story().member(e.get("article").asText()).article().text();
            assertEquals(text.substring(e.get("start").asInt(), e.get("end").asInt()), e.get("text").asText());
        }
        if (validate) {
            assertEquals(List.of(), Schemas.errors("briefing.schema.json", root));
        }
    }

    private static void checkMarkdown(String md) {
        for (int at = md.indexOf('<'); at >= 0; at = md.indexOf('<', at + 1)) {
            assertTrue(md.startsWith("<br>", at), "raw markup in Markdown: " + md.substring(at, Math.min(md.length(), at + 20)));
        }
        for (String line : md.split("\n")) {
            assertTrue(!line.startsWith("|") || line.endsWith(" |"), "broken table row: " + line);
        }
    }

    private static void checkHtml(String html) {
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String name = m.group(2);
            assertTrue(OUR_TAGS.contains(name) || name.equals("!DOCTYPE"), "markup not written by the renderer: <" + name);
        }
    }

    private static Briefing briefing(Random r) {
        List<Coverage> members = new ArrayList<>();
        int articles = 1 + r.nextInt(3);
        for (int i = 0; i < articles; i++) {
            members.add(new Coverage(document(article("a" + i, r)), List.of()));
        }
        Story story = new Story("s", randomText(r, 12), List.of(randomText(r, 5)), members,
                articles > 1 && r.nextBoolean() ? Map.of("a1", "a0") : Map.of());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < r.nextInt(5); i++) {
            findings.add(finding("f" + i, members, r));
        }
        Briefing.TimelineEntry entry = new Briefing.TimelineEntry(randomText(r, 6),
                r.nextBoolean() ? null : LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2000)), randomText(r, 30),
                evidence(members, r));
        Briefing.QuoteRow quote = new Briefing.QuoteRow(randomText(r, 20), r.nextBoolean() ? null : randomText(r, 8),
                r.nextBoolean(), List.of("a0"), evidence(members, r));
        Evidence name = evidence(members, r).getFirst();
        Entity entity = new Entity("e", randomText(r, 8), EntityType.OTHER, List.of(randomText(r, 5)),
                List.of(new Mention(name.span(), name.text(), EntityType.OTHER, null)));
        List<Briefing.OutletProfile> outlets = members.stream().map(c -> new Briefing.OutletProfile(c.id(),
                randomText(r, 6), List.of("f0"), List.of(randomText(r, 3)), evidence(members, r))).toList();
        return new Briefing(story, List.of(new Briefing.Cited(randomText(r, 25), evidence(members, r))), findings,
                List.of(entry), List.of(quote), List.of(entity), outlets);
    }

    private static Finding finding(String id, List<Coverage> members, Random r) {
        List<Evidence> evidence = evidence(members, r);
        Verdict verdict = switch (r.nextInt(3)) {
            case 0 -> new Verdict.Corroborated(1 + r.nextInt(4));
            case 1 -> new Verdict.SingleSource(evidence.getFirst().article());
            default -> new Verdict.Conflicting(List.of(new Verdict.Side(randomText(r, 5), evidence(members, r)),
                    new Verdict.Side(randomText(r, 5), evidence(members, r))));
        };
        return new Finding(id, FactKind.values()[r.nextInt(FactKind.values().length)], randomText(r, 6),
                randomText(r, 4), randomText(r, 30), verdict, evidence, randomText(r, 10));
    }

    private static List<Evidence> evidence(List<Coverage> members, Random r) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i <= r.nextInt(3); i++) {
            Coverage c = members.get(r.nextInt(members.size()));
            String text = c.article().text();
            int start = r.nextInt(text.length() + 1);
            int end = start + r.nextInt(text.length() - start + 1);
            Span span = new Span(c.id(), start, end);
            evidence.add(new Evidence(span, span.of(text), r.nextBoolean() ? null : randomText(r, 4),
                    r.nextBoolean() ? null : randomText(r, 4)));
        }
        return evidence;
    }

    private static Article article(String id, Random r) {
        Published published = switch (r.nextInt(3)) {
            case 0 -> Published.UNKNOWN;
            case 1 -> Published.given(LocalDate.of(2024, 1, 1).plusDays(r.nextInt(400)), randomText(r, 5));
            default -> Published.inferred(LocalDate.of(2024, 1, 1).plusDays(r.nextInt(400)), randomText(r, 5));
        };
        String url = r.nextBoolean() ? "https://x.example/" + randomText(r, 6) : randomText(r, 10);
        return new Article(id, randomText(r, 5), randomText(r, 10), randomText(r, 6), url, List.of(randomText(r, 5)),
                published, "en", randomText(r, 1 + r.nextInt(300)));
    }

    /** Sentences at line breaks, without tokens: enough for the passage windows, and fast. */
    private static Document document(Article a) {
        List<Sentence> sentences = new ArrayList<>();
        String text = a.text();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) {
                    sentences.add(new Sentence(sentences.size(), new Span(a.id(), start, i), List.of()));
                }
                start = i + 1;
            }
        }
        return new Document(a, sentences);
    }

    private static String randomText(Random r, int max) {
        int length = r.nextInt(max + 1);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
