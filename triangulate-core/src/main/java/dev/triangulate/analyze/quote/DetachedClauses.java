package dev.triangulate.analyze.quote;

import dev.triangulate.analyze.quote.ClauseSubjects.Kind;
import dev.triangulate.analyze.quote.ClauseSubjects.Subject;
import java.util.Set;

/**
 * Reporting clauses cut off from their quote, and speakers named before a colon.
 *
 * <ul>
 *   <li>A sentence splitter often ends the sentence at the quote ("“…?” | Arians asked.", "“…,”
 *       Const. | Fanning said."): when the quote ends its sentence and the next sentence is a short
 *       reporting clause and nothing more, that clause names the speaker.</li>
 *   <li>Transcripts and e-mails write the speaker, alone, before a colon ("Haldeman: “Yes, sir.”").</li>
 * </ul>
 * Per document, confined to one extraction call.
 */
final class DetachedClauses {

    /** A reporting clause after a sentence break: its subject and cue token. */
    record Clause(Subject subject, int cue) {
    }

    /** A reporting clause standing as a sentence of its own opens it: its verb comes among the first words. */
    private static final int MAX_CLAUSE = 16;
    private static final Set<String> CLAUSE_WORDS = Set.of("VERB", "AUX", "SCONJ");
    /** Tags that open a modifier of the reporting verb rather than its object. */
    private static final Set<String> MODIFIERS = Set.of("ADP", "ADV");

    private final TokenView view;
    private final CueTable cues;
    private final ClauseSubjects subjects;

    DetachedClauses(TokenView view, CueTable cues, ClauseSubjects subjects) {
        this.view = view;
        this.cues = cues;
        this.subjects = subjects;
    }

    /** The reporting clause in the sentence after the quote closing at token {@code close}, or {@code null}. */
    Clause following(int close) {
        int end = view.sentenceEnd(close);
        for (int k = close + 1; k < end; k++) {
            if (!view.isPunct(k, ",.!?") && !subjects.names().titleStop(view, k) && !subjects.names().isTitleWord(view, k)) {
                return null; // the writer's sentence goes on after the quote
            }
        }
        if (end >= view.size() || view.quoted(end)) {
            return null;
        }
        int stop = view.sentenceEnd(end);
        for (int k = end; k < stop && k < end + MAX_CLAUSE; k++) {
            if (cues.length(k) > 0) {
                return clause(k, end, stop);
            }
            if (view.quoted(k) || CLAUSE_WORDS.contains(view.pos(k))) {
                return null;
            }
        }
        return null;
    }

    private Clause clause(int cue, int start, int stop) {
        boolean inverted = cue == start || cues.isPhrase(cue);
        Subject s = inverted ? subjects.after(view, cue + cues.length(cue) - 1, stop) : subjects.before(view, cue, start);
        if (s == null || s.kind() == Kind.PRONOUN) {
            return null;
        }
        int rest = Math.max(cue + cues.length(cue), s.to());
        if (rest < stop && MODIFIERS.contains(view.pos(rest))) {
            return new Clause(s, cue); // "Lind shouted in the hall during …", "Ost said later"
        }
        for (int k = rest; k < stop && !view.isPunct(k, ","); k++) {
            if (view.quoted(k) || CLAUSE_WORDS.contains(view.pos(k)) || "that".equals(view.lower(k))) {
                return null; // "Smith said the deal was off": a statement of its own, not a reporting clause
            }
        }
        return new Clause(s, cue); // what follows a comma is an aside: "Ost asked Lind, who …"
    }

    /** "Haldeman: “…”", "Secretary of the Air Force James Roche: “…”": the name alone before the colon. */
    Subject beforeColon(int open) {
        int colon = open - 1;
        int start = view.sentenceStart(open);
        if (colon <= start || view.quoted(colon) || !view.isPunct(colon, ":")) {
            return null;
        }
        int clauseStart = colon - 1;
        while (clauseStart > start && !view.isPunct(clauseStart - 1, ":") && !view.quoted(clauseStart - 1)) {
            clauseStart--;
        }
        Subject s = subjects.before(view, colon, clauseStart);
        if (s == null || s.kind() != Kind.NAME) {
            return null;
        }
        for (int k = clauseStart; k < s.from(); k++) {
            if (!view.isPunct(k, ",.") && !subjects.names().inName(view, k, s.to()) && !subjects.names().isTitleWord(view, k)) {
                return null; // "… sent out the following message on Twitter:" is the writer's sentence
            }
        }
        return s;
    }
}
