package dev.triangulate.server;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A local HTML file opened in a browser page with the network cut off: every request other than the
 * file itself is aborted and recorded, and every dialog is dismissed and recorded, so a test can
 * assert that a page fetched nothing and ran nothing. Also measures layout (overflow, boxes) with
 * small scripts evaluated by the test, never by the page. One per page; not thread-safe.
 */
final class OfflinePage implements AutoCloseable {

    final Page page;
    final String url;
    /** Requests the page tried to make beyond the file itself, aborted. */
    final List<String> blocked = new ArrayList<>();
    final List<String> dialogs = new ArrayList<>();

    private OfflinePage(Page page, Path file) {
        this.page = page;
        this.url = file.toUri().toString();
        page.onDialog(d -> {
            dialogs.add(d.type() + ": " + d.message());
            d.dismiss();
        });
        // Playwright routes network schemes; file: loads of anything but the page itself are caught
        // by the request listener, so both paths feed one list.
        page.route("**/*", route -> {
            if (route.request().url().equals(url)) {
                route.resume();
            } else {
                blocked.add("routed " + route.request().url());
                route.abort();
            }
        });
        page.onRequest(r -> {
            if (!r.url().equals(url) && !r.url().startsWith("http")) {
                blocked.add("requested " + r.url());
            }
        });
    }

    /** Opens the file at the given viewport width in screen media. */
    static OfflinePage open(Browser browser, Path file, int width) {
        OfflinePage p = new OfflinePage(browser.newPage(), file);
        p.page.setViewportSize(width, 900);
        p.page.navigate(p.url);
        return p;
    }

    void resize(int width) {
        page.setViewportSize(width, 900);
    }

    void print() {
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
    }

    /** How many CSS pixels the document is wider than the viewport (0 when it fits). */
    int horizontalOverflow() {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth")).intValue();
    }

    /** Elements matching the selector whose own content is wider than their box (they scroll sideways). */
    List<String> scrollingSideways(String selector) {
        Object found = page.evaluate("s => [...document.querySelectorAll(s)]"
                + ".filter(e => e.scrollWidth > e.clientWidth + 1)"
                + ".map(e => e.tagName + '.' + e.className + ' ' + e.scrollWidth + '>' + e.clientWidth)", selector);
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    /** Table boxes that scroll sideways although their table has at most {@code columns} columns. */
    List<String> narrowTablesScrollingSideways(int columns) {
        Object found = page.evaluate("n => [...document.querySelectorAll('.table-wrap')]"
                + ".filter(w => w.querySelector('tr').children.length <= n && w.scrollWidth > w.clientWidth + 1)"
                + ".map(w => w.querySelector('table').className + ' ' + w.scrollWidth + '>' + w.clientWidth)", columns);
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    /** The id of the element that is the current :target, or an empty string. */
    String targetId() {
        return String.valueOf(page.evaluate("() => document.querySelector(':target')?.id ?? ''"));
    }

    String computed(String selector, String property) {
        return computed(selector, null, property);
    }

    /** A computed style property of the first element matching the selector, or of its pseudo-element ({@code ::after}). */
    String computed(String selector, String pseudo, String property) {
        return String.valueOf(page.evaluate("([s, e, p]) => getComputedStyle(document.querySelector(s), e || null).getPropertyValue(p)",
                java.util.Arrays.asList(selector, pseudo, property)));
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "screenshots", name)));
    }

    @Override
    public void close() {
        page.close();
    }
}
