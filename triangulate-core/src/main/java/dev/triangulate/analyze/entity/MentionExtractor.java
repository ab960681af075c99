package dev.triangulate.analyze.entity;

import dev.triangulate.analyze.FactExtractor;
import dev.triangulate.model.Document;
import dev.triangulate.model.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds named mentions of people, organisations, places and other things (weapons, products,
 * events, laws) by rule and lexicon: no statistical model.
 *
 * <p>Spans exclude titles ("President Joe Biden" gives "Joe Biden"), possessive endings and
 * punctuation; demonyms ("Russian forces") are not mentions (see {@link Demonyms}). Each mention's
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
    private final DocumentCoreference coreference = new DocumentCoreference();

    private MentionExtractor(NameLexicon lexicon) {
        this.finder = new CandidateFinder(lexicon);
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
            out.add(new Mention(document.span(c.start(), c.end()), c.text(), r.type(), r.canonical()));
        }
        return out;
    }
}
