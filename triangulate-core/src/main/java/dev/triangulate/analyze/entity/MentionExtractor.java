package dev.triangulate.analyze.entity;

import dev.triangulate.analyze.FactExtractor;
import dev.triangulate.model.Document;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds named mentions of people, organisations, places and other things (weapons, products,
 * events, laws) by rule and lexicon: no statistical model.
 *
 * <p>Spans exclude titles ("President Joe Biden" gives "Joe Biden"), possessive endings and
 * punctuation, and include an article before a non-person name that heads its phrase ("the Federal
 * Reserve"; its canonical name is "Federal Reserve"); demonyms ("Russian forces") are not mentions (see {@link Demonyms}). Each mention's
 * {@code canonical} is the fullest name the document uses for the same thing: a surname resolves
 * to the full name, an acronym to its long form ("ATACMS" to "Army Tactical Missile System"), a
 * plural to the singular, a designator standing before a name ("MGM-140 Army Tactical Missile
 * System") to that name.
 *
 * <pre>{@code
 * List<Mention> mentions = MentionExtractor.english().extract(document);
 * }</pre>
 *
 * <p>Immutable and thread-safe; the word lists are loaded once and shared.
 */
public final class MentionExtractor implements FactExtractor<Mention> {

    private final CandidateFinder finder;
    private final NameLexicon lexicon;
    private final DocumentCoreference coreference = new DocumentCoreference();

    private MentionExtractor(NameLexicon lexicon) {
        this.finder = new CandidateFinder(lexicon);
        this.lexicon = lexicon;
    }

    /** The extractor with the bundled English word lists. */
    public static MentionExtractor english() {
        return new MentionExtractor(NameLexicon.english());
    }

    @Override
    public List<Mention> extract(Document document) {
        List<Candidate> cands = finder.find(document);
        List<DocumentCoreference.Resolved> resolved = coreference.resolve(cands, document.sentences());
        List<Mention> out = new ArrayList<>(cands.size());
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            DocumentCoreference.Resolved r = resolved.get(i);
            int start = articleStart(document, c, r.type());
            out.add(new Mention(document.span(start, c.end()), document.text().substring(start, c.end()), r.type(), r.canonical()));
        }
        return out;
    }

    /**
     * Where the mention starts: at an article right before a non-person name that heads its noun
     * phrase ("the Federal Reserve"), else where the name starts. Not when a noun follows, as there
     * the article belongs to that noun ("the Halvorsen plant").
     */
    private int articleStart(Document document, Candidate c, EntityType type) {
        List<Token> tokens = document.sentences().get(c.sentence()).tokens();
        if (type == EntityType.PERSON || c.from() == 0 || !lexicon.isSpanArticle(tokens.get(c.from() - 1).text())
                || c.to() < tokens.size() && tokens.get(c.to()).isNoun()) {
            return c.start();
        }
        return tokens.get(c.from() - 1).start();
    }
}
