package dev.triangulate.ingest.html;

/**
 * How {@link HtmlExtractor} behaves.
 *
 * @param rules             the heuristics as data
 * @param maxBytes          pages longer than this are cut before parsing, so one huge page cannot
 *                          take minutes or the heap (articles are far smaller)
 * @param minContainerChars a body container found by selector must hold at least this many visible
 *                          characters, else the next rule is tried
 * @param minTextChars      an extraction with fewer visible characters is skipped as "no article text"
 */
public record HtmlSettings(HtmlRules rules, int maxBytes, int minContainerChars, int minTextChars) {

    public HtmlSettings {
        java.util.Objects.requireNonNull(rules, "rules");
        if (maxBytes < 1 || minContainerChars < 0 || minTextChars < 0) {
            throw new IllegalArgumentException("sizes must be positive: " + maxBytes + ", " + minContainerChars + ", " + minTextChars);
        }
    }

    /** The shipped rules, 8 MiB of input at most. */
    public static HtmlSettings standard() {
        return new HtmlSettings(HtmlRules.standard(), 8 << 20, 250, 1);
    }
}
