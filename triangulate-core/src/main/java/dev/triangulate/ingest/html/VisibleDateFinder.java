package dev.triangulate.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the date a reader sees next to the headline, preferring one not marked as an update: the first day written out in words or in ISO
 * form in the text that follows the first {@code h1} (or the start of the body), within a short
 * window. Pages show the date that matters to them there ("Updated August 19, 2025"), which may differ
 * from what their metadata says. Without a headline, or a date by it, the top of the page is scanned
 * as a last resort. Numeric days are read only when their order is certain (see {@link DateText}):
 * 08/09/2025 is ignored.
 *
 * <p>Immutable and thread-safe.
 */
final class VisibleDateFinder {

    private static final int HEADLINE_WINDOW = 1500;
    private static final int PAGE_WINDOW = 20_000;
    private static final int MAX_NODE_CHARS = 200;
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "nav", "select");
    private static final Pattern WORDED = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}|\\d{1,2}(st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\d{4}[-./]\\d\\d?[-./]\\d\\d?|\\d\\d?[./]\\d\\d?[./]\\d{4}");

    private static final int CUE_CHARS = 40;
    private final Pattern updateCue;

    VisibleDateFinder(Pattern updateCue) {
        this.updateCue = updateCue;
    }

    /**
     * A day shown on the page.
     *
     * @param day      the day
     * @param revision {@code true} when words before it mark it as an update ("Last updated")
     */
    record Shown(LocalDate day, boolean revision) {
    }

    /** The first worded day in the text right after the first headline. */
    Optional<Shown> byHeadline(Document doc) {
        Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
        return h1 == null ? Optional.empty() : scanFrom(h1, HEADLINE_WINDOW);
    }

    /** The first worded day anywhere near the top of the page: the last resort. */
    Optional<Shown> onPage(Document doc) {
        return doc.body() == null ? Optional.empty() : scanFrom(doc.body(), PAGE_WINDOW);
    }

    private Optional<Shown> scanFrom(Element start, int window) {
        LocalDate[] found = new LocalDate[1];
        LocalDate[] revised = new LocalDate[1];
        int[] seen = new int[1];
        StringBuilder recent = new StringBuilder();
        NodeFilter filter = new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && SKIPPED.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    String text = t.text().strip();
                    seen[0] += text.length();
                    recent.append(' ').append(text);
                    String context = recent.substring(Math.max(0, recent.length() - text.length() - CUE_CHARS));
                    if (text.length() <= MAX_NODE_CHARS && WORDED.matcher(text).find()) {
                        boolean isRevision = updateCue.matcher(context).find();
                        DateText.parse(text).ifPresent(d -> {
                            if (!isRevision) {
                                found[0] = d;
                            } else if (revised[0] == null) {
                                revised[0] = d;
                            }
                        });
                    }
                }
                return found[0] != null || seen[0] > window ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        };
        // Walk the headline, then everything after it in document order, until the window is used up.
        for (Node n = start; n != null && found[0] == null && seen[0] <= window; n = next(n)) {
            NodeTraversor.filter(filter, n);
        }
        if (found[0] != null) {
            return Optional.of(new Shown(found[0], false));
        }
        return Optional.ofNullable(revised[0]).map(d -> new Shown(d, true));
    }

    /** The next node in document order after {@code n}'s subtree. */
    private static Node next(Node n) {
        for (Node cur = n; cur != null; cur = cur.parent()) {
            Node sib = cur.nextSibling();
            if (sib != null) {
                return sib;
            }
        }
        return null;
    }
}
