package dev.triangulate.analyze.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs quotation marks in plain text, paragraph (line) by paragraph, in one linear pass.
 *
 * <p>Marks come in three families: double ({@code “ ” "}), single ({@code ‘ ’ '}) and angle
 * ({@code « »}). Whether a mark can open or close follows from the glyph and its neighbours, so
 * apostrophes ("Russia’s", "don’t", "the ’90s", "forces' ability") never pair. A closing mark
 * closes the innermost open mark of its family; an opening mark of a family already open
 * replaces the dangling one. Only outermost passages are returned: a quote inside a quote is
 * part of the speaker's words.
 *
 * <p>A quote that runs over paragraphs (no closing mark at the end of a paragraph, the next
 * paragraph opening with a mark of the same family) yields one passage per paragraph, linked by
 * a shared {@code chain} number: a span never includes the marks of the next paragraph. An
 * unclosed mark that is not continued is dropped, and the quotes inside it come out on their own.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteMarks {

    private static final int DOUBLE = 0;
    private static final int SINGLE = 1;
    private static final int ANGLE = 2;

    /**
     * A quoted passage.
     *
     * @param outerStart the opening mark
     * @param outerEnd   after the closing mark, or the paragraph end for an unclosed piece of a chain
     * @param start      the first quoted character (marks, surrounding space and a trailing comma excluded)
     * @param end        after the last quoted character
     * @param paragraph  the index of its paragraph (non-blank line), from 0
     * @param chain      shared by the pieces of one quote that runs over paragraphs, else -1
     */
    record Passage(int outerStart, int outerEnd, int start, int end, int paragraph, int chain) {
    }

    private record Mark(int pos, int family, boolean canOpen, boolean canClose) {
    }

    private record Open(Mark mark, int chain) {
    }

    /** The outermost quoted passages of {@code text}, in text order. */
    List<Passage> find(String text) {
        List<Passage> out = new ArrayList<>();
        int paragraph = 0;
        int incomingChain = -1;
        int chains = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                Paragraph p = new Paragraph(text, lineStart, lineEnd, paragraph, incomingChain);
                p.scan();
                incomingChain = -1;
                if (p.dangling != null && continues(text, lineEnd, p.dangling.mark().family())) {
                    int chain = p.dangling.chain() >= 0 ? p.dangling.chain() : chains++;
                    p.addPassage(p.dangling.mark().pos(), lineEnd, lineEnd, chain);
                    incomingChain = chain;
                }
                out.addAll(p.outermost());
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** Whether the next non-blank line starts with an opening mark of {@code family}. */
    private static boolean continues(String text, int from, int family) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        Mark m = classify(text, i, i == 0 ? '\n' : text.charAt(i - 1), lineStartBefore(text, i));
        return m != null && m.family() == family && m.canOpen();
    }

    private static boolean lineStartBefore(String text, int i) {
        return i == 0 || text.charAt(i - 1) == '\n';
    }

    /** The marks and pairs of one paragraph; mutable, confined to one call of {@link #find}. */
    private static final class Paragraph {
        private final String text;
        private final int start;
        private final int end;
        private final int index;
        private final int incomingChain;
        private final List<Passage> passages = new ArrayList<>();
        private final List<Open> stack = new ArrayList<>();
        private Open dangling;

        Paragraph(String text, int start, int end, int index, int incomingChain) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.index = index;
            this.incomingChain = incomingChain;
        }

        void scan() {
            List<Mark> marks = marks();
            int lastSingleClose = -1;
            for (Mark m : marks) {
                if (m.family() == SINGLE && m.canClose()) {
                    lastSingleClose = m.pos();
                }
            }
            boolean first = true;
            for (Mark m : marks) {
                accept(m, first ? incomingChain : -1, lastSingleClose);
                first = false;
            }
            dangling = stack.isEmpty() ? null : stack.get(0);
        }

        private List<Mark> marks() {
            List<Mark> marks = new ArrayList<>();
            for (int i = start; i < end; i++) {
                char prev = i == start ? '\n' : text.charAt(i - 1);
                Mark m = classify(text, i, prev, i == start);
                if (m != null && (m.canOpen() || m.canClose())) {
                    marks.add(m);
                }
            }
            return marks;
        }

        private void accept(Mark m, int chain, int lastSingleClose) {
            int open = openIndex(m.family());
            if (open >= 0 && m.canClose() && !possessiveBeforeLaterClose(m, lastSingleClose)) {
                Open o = stack.get(open);
                addPassage(o.mark().pos(), m.pos() + 1, m.pos(), o.chain());
                truncate(open);
            } else if (m.canOpen()) {
                if (open >= 0) {
                    truncate(open); // the earlier mark of this family never closed
                }
                stack.add(new Open(m, chain));
            }
        }

        /** "the Ukrainians’ weapons" inside single quotes: a later closing mark is the real one. */
        private boolean possessiveBeforeLaterClose(Mark m, int lastSingleClose) {
            int p = m.pos();
            return m.family() == SINGLE && p < lastSingleClose && p > start
                    && Character.toLowerCase(text.charAt(p - 1)) == 's'
                    && p + 2 < end && text.charAt(p + 1) == ' ' && Character.isLowerCase(text.charAt(p + 2));
        }

        private int openIndex(int family) {
            for (int i = stack.size() - 1; i >= 0; i--) {
                if (stack.get(i).mark().family() == family) {
                    return i;
                }
            }
            return -1;
        }

        private void truncate(int from) {
            while (stack.size() > from) {
                stack.remove(stack.size() - 1);
            }
        }

        void addPassage(int open, int outerEnd, int contentEnd, int chain) {
            int s = open + 1;
            int e = contentEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
                e--;
            }
            if (hasWordCharacter(s, e) && (e - s > 1 || Character.isDigit(text.charAt(s)))) {
                passages.add(new Passage(open, outerEnd, s, e, index, chain));
            }
        }

        private boolean hasWordCharacter(int s, int e) {
            for (int i = s; i < e; i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        List<Passage> outermost() {
            passages.sort(Comparator.comparingInt(Passage::outerStart));
            List<Passage> out = new ArrayList<>();
            int coveredTo = -1;
            for (Passage p : passages) {
                if (p.outerStart() >= coveredTo) {
                    out.add(p);
                    coveredTo = p.outerEnd();
                }
            }
            return out;
        }
    }

    /** The mark at {@code i}, or {@code null} when the character is no quotation mark. */
    private static Mark classify(String text, int i, char prev, boolean atLineStart) {
        char c = text.charAt(i);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
        boolean opensHere = atLineStart || opensAfter(prev);
        return switch (c) {
            case '“' -> new Mark(i, DOUBLE, true, !Character.isWhitespace(prev) && !opensAfter(prev) && !isWordChar(next));
            case '”' -> new Mark(i, DOUBLE, opensHere && isWordChar(next), true);
            case '"' -> new Mark(i, DOUBLE, opensHere && !Character.isWhitespace(next),
                    !Character.isWhitespace(prev) && !isWordChar(next));
            case '‘' -> new Mark(i, SINGLE, !(isWordChar(prev) && isWordChar(next)) && !decadeAfter(text, i), false);
            case '’' -> new Mark(i, SINGLE, false, !isWordChar(next));
            case '\'' -> new Mark(i, SINGLE, opensHere && isWordChar(next) && !decadeAfter(text, i),
                    !Character.isWhitespace(prev) && !isWordChar(next));
            case '«' -> new Mark(i, ANGLE, true, false);
            case '»' -> new Mark(i, ANGLE, false, true);
            default -> null;
        };
    }

    private static boolean opensAfter(char prev) {
        return Character.isWhitespace(prev) || "([{—–-/“‘\"'«".indexOf(prev) >= 0;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** "’90s", "'24": two digits after the mark make it an apostrophe of a shortened year. */
    private static boolean decadeAfter(String text, int i) {
        if (i + 2 >= text.length() || !Character.isDigit(text.charAt(i + 1)) || !Character.isDigit(text.charAt(i + 2))) {
            return false;
        }
        return i + 3 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 3)) || text.charAt(i + 3) == 's';
    }
}
