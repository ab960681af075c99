package dev.triangulate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.triangulate.pipeline.Triangulate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in a real headless Chromium (the Debian package at /usr/bin/chromium, driven by
 * Playwright without downloading a browser). Skips with a notice where that browser is not installed.
 */
class WebUiTest {

    private static final Path CHROMIUM = Chromium.EXECUTABLE;

    /** A hostile report written for this test: markup in the title and body must show as text. */
    private static final String HOSTILE = """
            Title: <img src=x onerror="window.__pwned='title'">Quarry blast rattles Denholm
            Outlet: <script>window.__pwned='outlet'</script>Test Herald
            Published: 2025-10-14

            A blast at the Denholm quarry on Tuesday shook houses up to 8 kilometres away, the county council said. \
            <script>window.__pwned='body'</script> Inspectors found that 2,400 kilograms of explosive were used, \
            twice the permitted amount. <img src=x onerror="window.__pwned='img'"> Residents can report damage at \
            javascript:window.__pwned='link' until 30 October, the council said in a statement.
            """;

    @TempDir
    static Path dir;
    static Server server;
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "skipped: no Chromium at " + CHROMIUM + " (apt-get install -y chromium) - the web UI browser test did not run");
        server = Server.start(new ServerSettings(dir, ServerSettings.LOCAL, 0, null, ServerSettings.DEFAULT_MAX_UPLOAD,
                List.of(Examples.WILDFIRE)), Triangulate.english());
        server.corpus().ingest(List.of(Files.writeString(dir.resolve("quarry.txt"), HOSTILE)));
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
        if (server != null) {
            server.close();
        }
    }

    @Test
    void opensAStoryAndShowsTheCitedPassageInItsArticle() {
        try (Page page = browser.newPage()) {
            page.navigate(base() + "/");
            Locator stories = page.locator("li.story");
            stories.first().waitFor();
            assertTrue(stories.count() >= 3, "stories listed: " + stories.count());
            Locator fire = stories.filter(new Locator.FilterOptions().setHasText("Coast Wire"));
            assertTrue(fire.locator(".n-corroborated").textContent().matches("[1-9]\\d* corroborated"));
            fire.locator("a").click();
            page.locator("h1").filter(new Locator.FilterOptions().setHasText("")).first().waitFor();
            Locator cite = page.locator(".finding button.cite").first();
            cite.waitFor();
            String cited = cite.getAttribute("title");
            cite.click();
            Locator mark = page.locator("#article mark.passage");
            mark.waitFor();
            assertEquals(cited, mark.textContent());
            assertTrue(page.locator("#article").isVisible());
        }
    }

    @Test
    void showsConflictingFindingsWithBothSides() {
        try (Page page = browser.newPage()) {
            page.navigate(base() + "/");
            page.locator("li.story").filter(new Locator.FilterOptions().setHasText("Coast Wire")).locator("a").click();
            page.locator(".finding").first().waitFor();
            Locator conflicts = page.locator(".finding.conflicting");
            Assumptions.assumeTrue(conflicts.count() > 0, "the example story has no conflicting finding in this pipeline version");
            assertTrue(conflicts.first().locator(".side").count() >= 2);
        }
    }

    @Test
    void showsMarkupInAReportAsTextAndRunsNothing() {
        try (Page page = browser.newPage()) {
            List<String> dialogs = new ArrayList<>();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            page.navigate(base() + "/");
            Locator quarry = page.locator("li.story").filter(new Locator.FilterOptions().setHasText("Quarry blast"));
            quarry.waitFor();
            assertTrue(quarry.locator("a").textContent().contains("<img src=x onerror="), quarry.locator("a").textContent());
            quarry.locator("a").click();
            Locator cite = page.locator("button.cite[data-article='quarry']").first();
            cite.waitFor();
            cite.click();
            page.locator("#article mark.passage").waitFor();
            String text = page.locator("#article-text").textContent();
            assertTrue(text.contains("<script>window.__pwned='body'</script>"), text);
            assertTrue(text.contains("javascript:window.__pwned='link'"), text);
            assertEquals(0, page.locator("main img, main script, main a[href^='javascript']").count());
            assertEquals("undefined", String.valueOf(page.evaluate("() => typeof window.__pwned")));
            assertFalse(dialogs.iterator().hasNext(), dialogs.toString());
        }
    }

    @Test
    void uploadsReportsFromTheFormAndShowsTheIngestReport() throws Exception {
        Path ferry = Files.writeString(Files.createDirectories(dir.resolve("to-upload")).resolve("ferry.txt"), Examples.FERRY);
        Path note = Files.writeString(dir.resolve("to-upload").resolve("note.txt"), "Too short to be a report.");
        try (Page page = browser.newPage()) {
            page.navigate(base() + "/");
            page.locator("li.story").first().waitFor();
            assertTrue(page.locator("#upload-token").isHidden(), "no token field on a loopback server");
            page.locator("#upload-file").setInputFiles(new Path[] {ferry, note});
            page.locator("#upload button[type=submit]").click();
            Locator report = page.locator("#upload-report");
            report.locator(".added").waitFor();
            assertTrue(report.locator(".added").textContent().contains("ferry"), report.textContent());
            assertTrue(report.locator(".skipped li").textContent().contains("note.txt"), report.textContent());
            assertTrue(report.locator(".skipped li").textContent().contains("too short"), report.textContent());
            page.locator("li.story").filter(new Locator.FilterOptions().setHasText("Harbour ferry")).waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "upload.png")));
        }
        assertTrue(server.store().article("ferry").isPresent());
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }
}
