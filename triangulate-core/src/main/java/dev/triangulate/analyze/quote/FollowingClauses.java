package dev.triangulate.analyze.quote;

import dev.triangulate.analyze.quote.ClauseSubjects.Subject;
import dev.triangulate.analyze.quote.QuoteShapes.Shape;
import java.util.Set;

/**
 * The reporting clause written right after a quote, in its sentence: "“…,” Peskov said", "“…,” said
 * Peskov", "“…?” asked Dmitry Peskov, the Kremlin spokesman". Per document, confined to one
 * extraction call.
 */
final class FollowingClauses {

    /** How far after a quote its reporting verb may come ("“…,” Dmitry Peskov, the Kremlin spokesman, said"). */
    private static final int RIGHT_REACH = 12;
    /** Tags that show a clause of its own between a quote and a later subject. */
    private static final Set<String> CLAUSE_WORDS = Set.of("SCONJ", "VERB", "AUX", "PRON");

    private final TokenView view;
    private final CueTable cueTable;
    private final ClauseSubjects subjects;
    private final QuoteShapes shapes;

    FollowingClauses(TokenView view, CueTable cueTable, ClauseSubjects subjects, QuoteShapes shapes) {
        this.view = view;
        this.cueTable = cueTable;
        this.subjects = subjects;
        this.shapes = shapes;
    }

    /** The reporting clause right after the passage of shape {@code s}, or {@code null}. */
    DetachedClauses.Clause after(QuoteMarks.Passage p, Shape s) {
        int end = view.sentenceEnd(s.close());
        int j = s.close() + 1;
        boolean comma = j < end && view.isPunct(j, ",—–");
        j += comma ? 1 : 0;
        if (!comma && !shapes.endsPunctuated(p) && !s.startsSentence()) {
            return null;
        }
        for (int k = j; k < end && k < j + RIGHT_REACH; k++) {
            if (view.quoted(k) || (view.isPunct(k, ".;:!?()") && !subjects.names().titleStop(view, k))) {
                return null;
            }
            if (cueTable.length(k) > 0) {
                boolean inverted = k == j || cueTable.isPhrase(k);
                Subject subject = inverted ? subjects.after(view, k + cueTable.length(k) - 1, end) : subjects.before(view, k, j);
                int clauseStart = subject == null ? k : inverted ? k : subject.from();
                return subject == null || !opensClause(j, clauseStart) ? null : new DetachedClauses.Clause(subject, k);
            }
            if ("VERB".equals(view.pos(k))) {
                return null; // the clause after the quote says something else
            }
        }
        return null;
    }

    /**
     * "“…,” and both analysts and sources said": the subject must open the clause after the quote
     * (a coordinated subject such as "chairman and CEO Craig Menear" is fine).
     */
    private boolean opensClause(int from, int subjectOrCue) {
        if (from < subjectOrCue && "CCONJ".equals(view.pos(from))) {
            return false;
        }
        for (int k = from; k < subjectOrCue; k++) {
            if (CLAUSE_WORDS.contains(view.pos(k))) {
                return false;
            }
        }
        return true;
    }
}
