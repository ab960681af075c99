package dev.triangulate.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Escaping of untrusted text for GitHub-flavoured Markdown. Every character that can start
 * emphasis, code, a link, a table cell, raw HTML or an entity is neutralised, so article text
 * renders as the literal characters it is. Stateless; thread-safe.
 */
final class Markdown {

    /**
     * Backslash-escaped: CommonMark treats a backslash before ASCII punctuation as the literal
     * character. {@code $} is included because GitHub renders {@code $...$} as math.
     */
    private static final String BACKSLASHED = "\\`*_[]|~#$";

    private Markdown() {
    }

    /** Text inside a paragraph or list item: line breaks become spaces. */
    static String inline(String s) {
        return escape(s, " ");
    }

    /** Text inside a table cell: line breaks become {@code <br>}, which GFM tables allow. */
    static String cell(String s) {
        return escape(s, "<br>");
    }

    private static String escape(String s, String lineBreak) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r' -> {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                        out.append(lineBreak);
                    }
                }
                case '\n', '\u2028', '\u2029', '\u0085' -> out.append(lineBreak);
                default -> {
                    if (BACKSLASHED.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Citation markers: {@code [1][3]}, or empty for no passages. */
    static String markers(List<Integer> numbers) {
        return numbers.stream().map(n -> "[" + n + "]").collect(Collectors.joining());
    }

    /** One row of a table; cells must already be escaped. */
    static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    static String header(List<String> titles) {
        return row(titles) + row(titles.stream().map(t -> "---").toList());
    }
}
