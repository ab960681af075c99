package dev.triangulate.model;

import java.util.Objects;

/**
 * A half-open character range {@code [start, end)} into the text of one article.
 *
 * <p>Every derived item (fact, finding, summary sentence) points back into the article it came
 * from through a span; a span that does not resolve to the exact source characters is a bug.
 *
 * <pre>{@code
 * Span s = new Span("reuters-1", 10, 16);
 * String cited = s.of(article.text());
 * }</pre>
 *
 * @param docId the {@link Article#id()} the range belongs to
 * @param start first character, inclusive
 * @param end   last character, exclusive
 */
public record Span(String docId, int start, int end) implements Comparable<Span> {

    public Span {
        Objects.requireNonNull(docId, "docId");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + docId);
        }
    }

    /** The characters of {@code text} this span covers. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " ends past the text (" + text.length() + ")");
        }
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return docId.equals(other.docId) && start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return docId.equals(other.docId) && start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span o) {
        int c = docId.compareTo(o.docId);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return docId + "[" + start + "," + end + ")";
    }
}
