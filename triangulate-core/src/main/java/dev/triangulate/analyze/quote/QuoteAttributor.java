package dev.triangulate.analyze.quote;

import dev.triangulate.analyze.quote.ClauseSubjects.Kind;
import dev.triangulate.analyze.quote.ClauseSubjects.Subject;
import dev.triangulate.analyze.quote.QuoteShapes.Shape;
import dev.triangulate.model.Document;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Span;
import java.util.List;
import java.util.Locale;

/**
 * Decides who said each quoted passage of one document (its shape comes from {@link QuoteShapes}).
 * Per document and confined to one extraction call.
 *
 * <p>Search order for a passage: a reporting clause right after it ({@link FollowingClauses});
 * for a fragment, the nearest reporting verb before it in the same sentence that is not cut off by
 * a clause boundary ({@code ; : —}, ", but", ", while"); a reporting clause moved to the next
 * sentence or a name before a colon ({@link DetachedClauses}); for a statement, the verb before it;
 * then the clause before a colon or comma that introduces it. A verb without its own subject
 * ("…, adding that …") takes the speaker of the reporting verb before it, a participle that of its
 * clause.
 */
final class QuoteAttributor {

    /** How far back (in unquoted tokens) a reporting verb may govern a quote. */
    private static final int LEFT_REACH = 40;
    /** The same for scare quotes: only a verb close by clearly attaches. */
    private static final int SCARE_REACH = 25;
    private static final int MAX_INHERIT = 3;

    /**
     * Who said a passage and with what verb; all parts may be {@code null}. {@code pronoun} is the
     * token of the pronoun the speaker was resolved from, or -1.
     */
    record Attribution(Speaker speaker, String cue, Span role, int pronoun) {
        static final Attribution NONE = new Attribution(null, null, null);

        Attribution(Speaker speaker, String cue, Span role) {
            this(speaker, cue, role, -1);
        }

        Attribution withCue(String c) {
            return new Attribution(speaker, c, role, pronoun);
        }

        boolean isEmpty() {
            return speaker == null && cue == null && role == null;
        }
    }

    private final String text;
    private final TokenView view;
    private final QuoteCues cues;
    private final ClauseSubjects subjects;
    private final CueTable cueTable;
    private final SpeakerNames names;
    private final Antecedents antecedents;
    private final DetachedClauses detached;
    private final QuoteShapes shapes;
    private final FollowingClauses following;

    QuoteAttributor(Document document, TokenView view, QuoteCues cues, ClauseSubjects subjects, List<Mention> mentions) {
        this.text = document.text();
        this.view = view;
        this.cues = cues;
        this.subjects = subjects;
        this.cueTable = new CueTable(view, cues);
        this.names = new SpeakerNames(document, view, mentions, cues.titles(), subjects);
        this.antecedents = new Antecedents(document, view, names, subjects, cues);
        this.detached = new DetachedClauses(view, cueTable, subjects);
        this.shapes = new QuoteShapes(document, view, cues, cueTable);
        this.following = new FollowingClauses(view, cueTable, subjects, shapes);
        antecedents.addSentenceSubjects();
        recordReportingSubjects();
    }

    /**
     * Every reporting verb's named subject, and the speaker a pronoun subject resolves to, so that a
     * later "he said" can find it: in text order, so a pronoun reaches back along a chain of "he said"s.
     */
    private void recordReportingSubjects() {
        for (int i = 0; i < view.size(); i++) {
            if (cueTable.length(i) > 0) {
                Subject s = subjectOf(i, view.sentenceStart(i));
                if (s != null && s.kind() == Kind.NAME) {
                    Speaker named = names.of(s.from(), s.to());
                    names.remember(named);
                    antecedents.add(i, named);
                } else if (s != null && s.kind() == Kind.PRONOUN) {
                    Speaker resolved = antecedents.resolve(s.from(), cues.pronouns().get(view.lower(s.from())));
                    if (resolved != null) {
                        antecedents.add(i, resolved);
                    }
                }
                recordAddressee(i);
            }
        }
    }

    /** "Ost asked Lind": the person asked, named after a question verb, answers next. */
    private void recordAddressee(int cue) {
        if (!cues.questionVerbs().contains(view.lower(cue))) {
            return;
        }
        Subject asked = subjects.after(view, cue, view.sentenceEnd(cue));
        if (asked != null && asked.kind() == Kind.NAME) {
            antecedents.add(asked.from(), names.of(asked.from(), asked.to()));
        }
    }

    /** The shape of a passage (see {@link QuoteShapes}), or {@code null} when no token covers it. */
    Shape shape(QuoteMarks.Passage p) {
        return shapes.shape(p);
    }

    /** The speaker and cue of a passage of shape {@code s}. */
    Attribution attribute(QuoteMarks.Passage p, Shape s) {
        int reach = s.scare() ? SCARE_REACH : LEFT_REACH;
        DetachedClauses.Clause right = following.after(p, s);
        Attribution a = right == null ? null : attribution(right.subject(), right.cue());
        if (a == null) {
            a = leftAttached(s.open(), reach); // the verb of the quote's own sentence comes first
        }
        if (a == null) {
            a = detachedAttached(p, s);
        }
        if (a == null && s.full()) {
            a = introducedBefore(s.open());
        }
        return a == null ? Attribution.NONE : notNamedInside(a, p);
    }

    /**
     * "“Pavel fired first,” he said": a pronoun's speaker is not someone the quote itself names;
     * the pronoun is resolved again past that person.
     */
    private Attribution notNamedInside(Attribution a, QuoteMarks.Passage p) {
        String quoted = text.substring(p.start(), p.end());
        if (a.pronoun() < 0 || a.speaker() == null || !Antecedents.namedIn(quoted, a.speaker().name())) {
            return a;
        }
        Speaker other = antecedents.resolve(a.pronoun(), cues.pronouns().get(view.lower(a.pronoun())), quoted);
        return new Attribution(other, a.cue(), a.role(), a.pronoun());
    }

    /**
     * A statement after a colon or comma with no reporting verb of its own sentence: the subject of
     * the clause before it ("Dane left a farewell, “…”"); when the colon or comma ended the
     * sentence before ("Velland posted the following message on Fernbook: | “…”", "To which she
     * replied, | “…”"), that sentence's reporting verb, else (after a colon) its clause subject.
     */
    private Attribution introducedBefore(int open) {
        int end = open - 1;
        if (end < 0 || view.quoted(end) || !view.isPunct(end, ":,")) {
            return null;
        }
        int start = view.sentenceStart(end);
        if (start == view.sentenceStart(open)) {
            // "Dane left a farewell, “…”"; after an earlier colon only ("…: Deputy Director of X Dane: “…”")
            Subject clause = subjects.ofClauseBefore(view, end, afterLastColon(start, end));
            return clause == null ? null : attribution(clause, (String) null);
        }
        int cue = cueTable.previousCue(end, start, LEFT_REACH);
        Attribution a = cue < 0 ? null : fromCue(cue, start, LEFT_REACH, 0);
        if (a != null || !view.isPunct(end, ":")) {
            return a;
        }
        Subject clause = subjects.ofClauseBefore(view, end, start);
        return clause == null ? null : attribution(clause, (String) null);
    }

    /** A reporting clause the sentence splitter moved to the next sentence, or a name before a colon. */
    private Attribution detachedAttached(QuoteMarks.Passage p, Shape s) {
        boolean statement = s.startsSentence() || shapes.endsPunctuated(p) || text.charAt(Math.max(p.start(), p.outerEnd() - 2)) == '.';
        DetachedClauses.Clause c = statement ? detached.following(s.close()) : null;
        if (c != null) {
            return attribution(c.subject(), c.cue());
        }
        Subject named = s.full() ? detached.beforeColon(s.open()) : null;
        return named == null ? null : new Attribution(names.of(named.from(), named.to()), null, null);
    }

    /** The token after the last colon or semicolon in {@code [start, end)}, or {@code start}. */
    private int afterLastColon(int start, int end) {
        for (int k = end - 1; k >= start; k--) {
            if (!view.quoted(k) && view.isPunct(k, ":;")) {
                return k + 1;
            }
        }
        return start;
    }

    /** The attribution with its speaker under the fullest name the document gives. */
    Attribution linked(Attribution a) {
        Speaker s = names.linked(a.speaker());
        return s == a.speaker() ? a : new Attribution(s, a.cue(), a.role());
    }

    /**
     * Whether {@code current}, a full quote opening its sentence with no reporting clause of its
     * own, goes on with the words of {@code previous}: it starts the sentence right after the one
     * where {@code previous} ends ("“…,” Lopez said. “…”"), in the same or the next paragraph.
     */
    boolean continues(Shape previous, Shape current) {
        int last = view.sentence(previous.close());
        if (detached.following(previous.close()) != null) {
            last++; // "“…?” | Ost asked. | “No.”": the reporting clause stood as a sentence of its own
        }
        int gap = view.sentence(current.open()) - last;
        return current.full() && current.startsSentence() && gap >= 0 && gap <= 1
                && view.sentence(current.open()) > view.sentence(previous.close());
    }

    private Attribution leftAttached(int open, int reach) {
        int start = view.sentenceStart(open);
        int cue = cueTable.previousCue(open, start, reach);
        return cue < 0 ? null : fromCue(cue, start, reach, 0);
    }

    /**
     * The attribution a reporting verb gives; a verb without a subject inherits the one before it. A
     * participle with no subject of its own, or after a thing ("releasing a statement saying"), speaks
     * for the subject of the clause it hangs on ("Dane opened by thanking the crew, saying").
     */
    private Attribution fromCue(int cue, int start, int reach, int depth) {
        Subject subject = subjectOf(cue, start);
        boolean participle = !cueTable.isPhrase(cue) && view.lower(cue).endsWith("ing");
        if (subject != null && !(participle && thing(subject))) {
            return attribution(subject, cue);
        }
        int earlier = depth < MAX_INHERIT ? cueTable.previousCue(cue, start, reach) : -1;
        Attribution inherited = earlier < 0 ? null : fromCue(earlier, start, reach, depth + 1);
        if (inherited != null) {
            return inherited.withCue(cueText(cue));
        }
        Subject clause = participle ? subjects.ofClauseBefore(view, cue, start) : null;
        Subject found = clause != null ? clause : subject;
        return found == null ? null : attribution(found, cue);
    }

    /** A role phrase with no title word names a thing ("a statement", "the board of directors"), not a person. */
    private boolean thing(Subject s) {
        if (s.kind() != Kind.ROLE) {
            return false;
        }
        for (int k = s.from(); k < s.to(); k++) {
            if (subjects.names().isTitleWord(view, k)) {
                return false;
            }
        }
        return true;
    }

    private Subject subjectOf(int cue, int start) {
        if (cueTable.isPhrase(cue)) {
            return after(cue, view.sentenceEnd(cue));
        }
        Subject s = subjects.before(view, cue, start);
        return s != null ? s : inverted(cue, start);
    }

    /** "“…,” said Peskov, “…”": a name or pronoun right after a verb that follows a quote or comma. */
    private Subject inverted(int cue, int start) {
        boolean opensClause = cue == start || view.quoted(cue - 1) || view.isPunct(cue - 1, ",:—–");
        int end = view.sentenceEnd(cue);
        Subject s = opensClause ? subjects.after(view, cue, end) : null;
        if (s == null || s.kind() == Kind.ROLE) {
            return null;
        }
        return s.to() >= end || view.quoted(s.to()) || view.isPunct(s.to(), ",:;.—–") ? s : null;
    }

    private Subject after(int cue, int end) {
        return subjects.after(view, cue + cueTable.length(cue) - 1, end);
    }

    private Attribution attribution(Subject s, int cue) {
        return attribution(s, cueText(cue));
    }

    private Attribution attribution(Subject s, String c) {
        return switch (s.kind()) {
            case NAME -> new Attribution(names.of(s.from(), s.to()), c, null);
            case PRONOUN -> new Attribution(antecedents.resolve(s.from(), cues.pronouns().get(view.lower(s.from()))), c, null,
                    s.from());
            case ROLE -> new Attribution(null, c, names.span(s.from(), s.to()));
        };
    }

    private String cueText(int cue) {
        int end = view.token(cue + cueTable.length(cue) - 1).end();
        return text.substring(view.token(cue).start(), end).toLowerCase(Locale.ROOT);
    }
}
