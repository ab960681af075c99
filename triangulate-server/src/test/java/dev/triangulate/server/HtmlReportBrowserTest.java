package dev.triangulate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Evidence;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.render.HtmlRenderer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The self-contained HTML report of {@code triangulate brief -o x.html}, built by the real pipeline
 * from examples/wildfire (and the seed reports under {@code triangulate.shared.data} when present),
 * opened from file: in the Debian headless Chromium with the network cut off. Screenshots of the
 * screen (desktop, phone) and print renderings go to target/screenshots. Skips with a notice where
 * /usr/bin/chromium is not installed.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Chromium.EXECUTABLE;
    private static final int DESKTOP = 1280;
    private static final int PHONE = 420;
    /** A4 less 15 mm margins each side, in CSS pixels: the width a printed page gives the report. */
    private static final int A4_PRINTABLE = 680;
    private static final Pattern WHERE = Pattern.compile("^(.+?) · .* characters (\\d+)–(\\d+)");

    /** Two reports of one made-up event, written for this test, with markup and script payloads everywhere. */
    private static final String HOSTILE_A = """
            Title: <img src=x onerror="window.__pwned='title';alert('title')">Spillway opened at Corrin dam
            Outlet: <script>window.__pwned='outlet';alert('outlet')</script>Test Herald
            URL: javascript:window.__pwned='url'
            Published: 2025-10-14

            Engineers opened the spillway of the Corrin dam on Monday, 13 October, after the reservoir rose to 96 percent \
            of capacity, the water authority said. <script>window.__pwned='body'</script> About 1,200 residents \
            downstream were told to move to higher ground. <img src=x onerror="window.__pwned='img';alert(1)"> \
            Residents can check the flood map at javascript:window.__pwned='link' until 20 October, the authority said.
            """;
    private static final String HOSTILE_B = """
            Title: Corrin dam releases water as reservoir nears capacity<svg onload="window.__pwned='svg'">
            Outlet: Test Gazette
            URL: https://gazette.example/corrin-dam?a=1&b=2
            Published: 2025-10-14

            The water authority opened the spillway at the Corrin dam on 13 October with the reservoir at 96 percent \
            of capacity. <a href="javascript:window.__pwned='a'">Read more</a> Around 1,200 people living \
            downstream were asked to leave, the authority said. <iframe src="javascript:window.__pwned='frame'"></iframe>
            """;

    @TempDir
    static Path dir;
    static Playwright playwright;
    static Browser browser;
    static final Map<String, Report> REPORTS = new LinkedHashMap<>();

    /** A rendered report: the HTML file and the briefings it was rendered from. */
    record Report(String name, Path file, List<Briefing> briefings) {
    }

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            // Surefire counts a class aborted in @BeforeAll as zero tests, so say it where people look.
            System.out.println("HtmlReportBrowserTest skipped: no Chromium at " + CHROMIUM + " (apt-get install -y chromium)");
        }
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "skipped: no Chromium at " + CHROMIUM + " (apt-get install -y chromium) - the HTML report browser test did not run");
        report("wildfire", Examples.WILDFIRE);
        Path seeds = seeds();
        if (Files.isDirectory(seeds)) {
            report("seeds", seeds);
        } else {
            System.out.println("HtmlReportBrowserTest: no seed reports at " + seeds.toAbsolutePath() + "; only examples/wildfire is checked");
        }
        Path hostile = Files.createDirectories(dir.resolve("hostile"));
        Files.writeString(hostile.resolve("herald.txt"), HOSTILE_A);
        Files.writeString(hostile.resolve("gazette.txt"), HOSTILE_B);
        report("hostile", hostile);
        Files.createDirectories(Path.of("target", "screenshots"));
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    static Stream<String> reports() {
        return REPORTS.keySet().stream().filter(n -> !n.equals("hostile"));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void loadsNothingFromTheNetworkAndDrawsTheMatrixAndTimeline(String name) {
        Report report = REPORTS.get(name);
        try (OfflinePage p = OfflinePage.open(browser, report.file(), DESKTOP)) {
            for (int i = 0; i < report.briefings().size(); i++) {
                Briefing b = report.briefings().get(i);
                Locator story = p.page.locator("#s" + i);
                if (!b.findings().isEmpty()) {
                    Locator matrix = story.locator("table.matrix");
                    assertVisible(matrix, name + " s" + i + " matrix");
                    assertEquals(b.findings().size(), matrix.locator("tbody tr").count(), "one row per finding");
                    assertEquals(b.story().members().size() + 1, matrix.locator("thead th").count(), "one column per article");
                }
                assertTimeline(story, b, name + " s" + i);
            }
            p.screenshot("report-" + name + "-desktop.png");
            assertEquals(List.of(), p.blocked, "requests beyond the report file");
            assertEquals(List.of(), p.dialogs);
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void fitsADesktopAndAPhoneScreenWithoutSidewaysScrolling(String name) {
        try (OfflinePage p = OfflinePage.open(browser, REPORTS.get(name).file(), DESKTOP)) {
            assertEquals(0, p.horizontalOverflow(), "overflow at " + DESKTOP + " px");
            assertEquals(List.of(), p.scrollingSideways("main, section, table, .table-wrap"), "at " + DESKTOP + " px");
            p.resize(PHONE);
            assertEquals(0, p.horizontalOverflow(), "overflow at " + PHONE + " px");
            // A table of up to five articles (six columns) must read on a phone without scrolling inside it either.
            assertEquals(List.of(), p.narrowTablesScrollingSideways(6), "at " + PHONE + " px");
            assertTrue(p.page.locator("table.matrix").first().isVisible());
            p.screenshot("report-" + name + "-narrow.png");
            assertEquals(List.of(), p.blocked);
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void printsOnA4WithoutOverflowAndMakesAPdf(String name) throws IOException {
        try (OfflinePage p = OfflinePage.open(browser, REPORTS.get(name).file(), A4_PRINTABLE)) {
            String target = firstCitation(p).getAttribute("href");
            firstCitation(p).click();
            p.print();
            assertEquals(0, p.horizontalOverflow(), "printed page wider than A4");
            assertEquals(List.of(), p.scrollingSideways(".table-wrap, .chart-wrap"), "clipped in print");
            assertEquals("none", p.computed(target, "outline-style"), "the on-screen :target highlight is not printed");
            assertVisible(p.page.locator("svg.timeline-chart").first(), "printed timeline");
            p.screenshot("report-" + name + "-print.png");
            byte[] pdf = p.page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true));
            Files.write(Path.of("target", "screenshots", "report-" + name + ".pdf"), pdf);
            assertTrue(pdf.length > 10_000 && new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), pdf.length + " bytes");
            assertEquals(List.of(), p.blocked);
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aCitationJumpsToTheExactPassageOfItsArticle(String name) {
        Report report = REPORTS.get(name);
        try (OfflinePage p = OfflinePage.open(browser, report.file(), DESKTOP)) {
            Locator cite = firstCitation(p);
            String href = cite.getAttribute("href");
            cite.click();
            assertEquals(href.substring(1), p.targetId());
            assertInViewport(p.page, p.page.locator(href));
            assertPassageIsTheArticlesCharacters(report, p.page.locator(href));
            Locator dot = p.page.locator("svg.timeline-chart a").first();
            String dotHref = dot.getAttribute("href");
            dot.click();
            assertEquals(dotHref.substring(1), p.targetId(), "a timeline mark links to its passage");
            assertPassageIsTheArticlesCharacters(report, p.page.locator(dotHref));
        }
    }

    @Test
    void aReportOfHostileArticlesShowsTheMarkupAsTextAndRunsNothing() {
        try (OfflinePage p = OfflinePage.open(browser, REPORTS.get("hostile").file(), DESKTOP)) {
            for (Locator cite : p.page.locator("sup.cite a").all()) {
                cite.click();
            }
            p.page.locator("svg.timeline-chart a").all().forEach(Locator::click);
            String text = p.page.locator("main").innerText();
            assertTrue(text.contains("<script>window.__pwned='body'</script>"), "the payload shows as text");
            assertTrue(text.contains("<img src=x onerror="), "the title payload shows as text");
            assertEquals(0, p.page.locator("script, img, iframe, a[href^='javascript'], [onerror], [onload]").count());
            assertEquals("undefined", String.valueOf(p.page.evaluate("() => typeof window.__pwned")));
            p.screenshot("report-hostile-desktop.png");
            assertEquals(List.of(), p.dialogs);
            assertEquals(List.of(), p.blocked);
        }
    }

    @Test
    void printsWhereALinkPointsAndNotOnScreen() {
        try (OfflinePage p = OfflinePage.open(browser, REPORTS.get("hostile").file(), DESKTOP)) {
            String link = "a[href^='https://gazette.example/']";
            assertEquals("none", p.computed(link, "::after", "content"), "screen");
            p.print();
            // Chromium reports the rule (attr(href)) or its value, depending on the version.
            String printed = p.computed(link, "::after", "content");
            assertTrue(printed.contains("attr(href)") || printed.contains("https://gazette.example/corrin-dam"), printed);
        }
    }

    /** The harness itself: a page that does reach for the network is caught, so a pass above means something. */
    @Test
    void theNetworkGuardCatchesARequestingPage() throws IOException {
        Path leaky = Files.writeString(dir.resolve("leaky.html"), """
                <!DOCTYPE html><html><head><link rel="stylesheet" href="http://192.0.2.1/a.css">
                <style>body { background: url(file:///nonexistent/b.png) }</style></head>
                <body><img src="https://192.0.2.1/c.png"><p>leaky</p></body></html>
                """);
        try (OfflinePage p = OfflinePage.open(browser, leaky, DESKTOP)) {
            p.page.waitForCondition(() -> p.blocked.size() >= 3);
            assertTrue(p.blocked.stream().anyMatch(r -> r.contains("a.css")), p.blocked.toString());
            assertTrue(p.blocked.stream().anyMatch(r -> r.contains("b.png")), p.blocked.toString());
            assertTrue(p.blocked.stream().anyMatch(r -> r.contains("c.png")), p.blocked.toString());
        }
    }

    private static void report(String name, Path input) throws IOException {
        List<Briefing> briefings = Triangulate.english().brief(List.of(input), Progress.SILENT).briefings();
        Path file = dir.resolve(name + ".html");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new HtmlRenderer().render(briefings, out);
        }
        REPORTS.put(name, new Report(name, file, briefings));
    }

    private static Path seeds() {
        String shared = System.getProperty("triangulate.shared.data");
        return Path.of(shared == null || shared.isBlank() || shared.contains("${") ? "../../shared/data" : shared, "seeds");
    }

    private static Locator firstCitation(OfflinePage p) {
        return p.page.locator("#s0 sup.cite a").first();
    }

    /** One mark per article that dates an event to the day, each inside the drawing. */
    private static void assertTimeline(Locator story, Briefing b, String where) {
        long expected = b.timeline().stream().filter(t -> t.day() != null)
                .mapToLong(t -> t.evidence().stream().map(Evidence::article).distinct()
                        .filter(a -> b.story().member(a) != null).count())
                .sum();
        Locator chart = story.locator("svg.timeline-chart");
        if (expected == 0) {
            assertEquals(0, chart.count(), where + ": no chart without dated events");
            return;
        }
        assertVisible(chart, where + " timeline");
        Locator dots = chart.locator("circle.dot");
        assertEquals(expected, dots.count(), where + ": timeline marks");
        BoundingBox box = chart.boundingBox();
        for (Locator dot : dots.all()) {
            BoundingBox d = dot.boundingBox();
            assertTrue(d.width > 0 && d.x >= box.x && d.x + d.width <= box.x + box.width + 0.5, where + ": mark inside the chart");
        }
    }

    private static void assertVisible(Locator element, String what) {
        assertTrue(element.isVisible(), what + " visible");
        BoundingBox box = element.boundingBox();
        assertTrue(box != null && box.width > 0 && box.height > 0, what + " has a size: " + (box == null ? "none" : box.width + "x" + box.height));
    }

    private static void assertInViewport(Page page, Locator element) {
        BoundingBox box = element.boundingBox();
        int height = page.viewportSize().height;
        assertTrue(box.y >= -1 && box.y < height, "scrolled into view: top at " + box.y + " of " + height);
    }

    /** The highlighted passage is exactly the article's characters at the offsets the entry states. */
    private static void assertPassageIsTheArticlesCharacters(Report report, Locator source) {
        Matcher m = WHERE.matcher(source.locator(".where").textContent());
        assertTrue(m.find(), source.locator(".where").textContent());
        String text = report.briefings().stream().map(b -> b.story().member(m.group(1))).filter(c -> c != null)
                .findFirst().orElseThrow().article().text();
        assertEquals(text.substring(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), source.locator("mark").textContent());
    }
}
