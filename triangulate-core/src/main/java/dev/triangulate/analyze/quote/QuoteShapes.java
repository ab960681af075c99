package dev.triangulate.analyze.quote;

import dev.triangulate.model.Document;

/**
 * The shape of each quoted passage of one document: a full statement (it opens its sentence, or a
 * reporting verb introduces it with a comma or colon), a partial quote inside the writer's sentence,
 * or a scare quote (a short verbless fragment). Per document, confined to one extraction call.
 */
final class QuoteShapes {

    /** How far before a capitalised quote its reporting verb may stand ("said in an interview “…”"). */
    private static final int CUE_BEFORE_STATEMENT = 6;

    /**
     * Where a passage sits: its first and last token (the marks), and its shape.
     *
     * @param startsSentence only punctuation precedes it in its sentence
     * @param full           a full statement rather than a fragment inside the writer's sentence
     * @param scare          a short verbless fragment ("victory plan")
     */
    record Shape(int open, int close, boolean startsSentence, boolean full, boolean scare) {
    }

    private final String text;
    private final TokenView view;
    private final QuoteCues cues;
    private final CueTable cueTable;

    QuoteShapes(Document document, TokenView view, QuoteCues cues, CueTable cueTable) {
        this.text = document.text();
        this.view = view;
        this.cues = cues;
        this.cueTable = cueTable;
    }


    /** The shape of passage tokens {@code [open, close]}, or {@code null} when no token covers it. */
    Shape shape(QuoteMarks.Passage p) {
        int open = view.firstEndingAfter(p.outerStart());
        int close = view.firstEndingAfter(p.outerEnd()) - 1;
        if (open >= view.size() || close < open) {
            return null;
        }
        boolean starts = startsSentence(open);
        int words = 0;
        boolean verb = false;
        for (int k = open; k <= close; k++) {
            words += Character.isLetterOrDigit(view.token(k).text().charAt(0)) ? 1 : 0;
            verb |= view.token(k).isVerb();
        }
        char before = charBefore(p.outerStart());
        boolean introduced = (before == ':' && startsUpper(p)) || (before == ',' && cueBeforeComma(open))
                || (verb && sentenceAfterCue(p, open, close));
        boolean alone = starts && endsSentence(close) && ".?!".indexOf(text.charAt(Math.max(p.start(), p.end() - 1))) >= 0;
        boolean full = p.chain() >= 0 || introduced || alone
                || (starts && (verb || words > 4 || endsPunctuated(p)) && !writerGoesOn(p, close));
        return new Shape(open, close, starts, full, !full && words <= 4 && !verb);
    }


    /** "X said in an interview “Everyone told us …”": a capitalised sentence a reporting verb just before introduces. */
    private boolean sentenceAfterCue(QuoteMarks.Passage p, int open, int close) {
        boolean capitalised = startsUpper(p) && (!view.token(open + 1 < view.size() ? open + 1 : open).isProperNoun()
                || text.startsWith("I ", p.start()));
        return capitalised && endsSentence(close) && cueTable.previousCue(open, view.sentenceStart(open), CUE_BEFORE_STATEMENT) >= 0;
    }


    /** Only punctuation follows token {@code close} in its sentence. */
    boolean endsSentence(int close) {
        for (int k = close + 1; k < view.sentenceEnd(close); k++) {
            if (!view.isPunct(k, ".,!?;")) {
                return false;
            }
        }
        return true;
    }


    /** "“Everyone must remain vigilant” to this risk, …": the writer's own words go on after the quote. */
    private boolean writerGoesOn(QuoteMarks.Passage p, int close) {
        int k = close + 1;
        if (endsPunctuated(p) || k >= view.sentenceEnd(close) || view.quoted(k) || cueTable.length(k) > 0) {
            return false;
        }
        String t = view.token(k).text();
        return Character.isLowerCase(t.charAt(0)) && !cues.pronouns().containsKey(view.lower(k));
    }


    /** Only punctuation and quoted words precede token {@code open} in its sentence. */
    private boolean startsSentence(int open) {
        for (int k = view.sentenceStart(open); k < open; k++) {
            if (!view.quoted(k) && Character.isLetterOrDigit(view.token(k).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }


    /** "He said, “We will…”": a reporting verb among the three tokens before the comma. */
    private boolean cueBeforeComma(int open) {
        int comma = open - 1;
        int start = view.sentenceStart(open);
        for (int k = comma - 1; k >= Math.max(start, comma - 3); k--) {
            if (!view.quoted(k) && cueTable.length(k) > 0) {
                return true;
            }
        }
        return false;
    }


    private char charBefore(int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 ? '\n' : text.charAt(i);
    }


    private boolean startsUpper(QuoteMarks.Passage p) {
        char c = text.charAt(p.start());
        return Character.isUpperCase(c) || Character.isDigit(c);
    }


    /** The quoted words end in {@code , ? !} (as in "“…,” he said"). */
    boolean endsPunctuated(QuoteMarks.Passage p) {
        int closeMark = p.outerEnd() - 1;
        return closeMark - 1 >= p.outerStart() && ",?!".indexOf(text.charAt(closeMark - 1)) >= 0;
    }
}
