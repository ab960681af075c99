package dev.triangulate.render;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A tiny HTML writer that escapes by default: text and attribute values always pass through
 * {@link #escape}; only this package's own constant markup (the style sheet) goes in unescaped,
 * through {@link #trusted}. Tag and attribute names are checked, so they can never carry input.
 * Mutable: one per document, on one thread.
 *
 * <pre>{@code
 * Html h = new Html();
 * h.open("p", "class", "note").text(untrusted).close("p");
 * }</pre>
 */
final class Html {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

    private final StringBuilder out = new StringBuilder(8192);

    /** The one escape function for text and attribute values: {@code & < > " '}. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\0' -> b.append('\uFFFD');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The URL if it is an absolute http or https URL that parses, else {@code null}: anything else
     * ({@code javascript:}, {@code data:}, relative, malformed) is shown as text, never linked.
     */
    static String httpUrl(String url) {
        if (url == null || url.isBlank() || !url.equals(url.strip())) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? url : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Opens an element; {@code attributes} are name, value pairs, values escaped, a null value omits the pair. */
    Html open(String tag, String... attributes) {
        out.append('<').append(name(tag));
        attributes(attributes);
        out.append('>');
        return this;
    }

    /**
     * An element without content, self-closed: {@code meta}, or an SVG {@code line}, which HTML
     * parsers would otherwise leave open around the elements that follow it.
     */
    Html empty(String tag, String... attributes) {
        out.append('<').append(name(tag));
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Html close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    /** Markup this package owns (never input): the style sheet, the doctype. */
    Html trusted(String markup) {
        out.append(markup);
        return this;
    }

    private void attributes(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + pairs.length + " given");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                out.append(' ').append(name(pairs[i])).append("=\"").append(escape(pairs[i + 1])).append('"');
            }
        }
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tag or attribute name: " + name);
        }
        return name;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
