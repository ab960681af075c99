package dev.triangulate.analyze.quote;

import dev.triangulate.analyze.FactExtractor;
import dev.triangulate.analyze.quote.QuoteAttributor.Attribution;
import dev.triangulate.analyze.quote.QuoteShapes.Shape;
import dev.triangulate.model.Document;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Quote;
import dev.triangulate.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds direct quotes and who said them.
 *
 * <p>Contract: {@link #extract} never throws on any segmented text; every {@link Quote#span()}
 * covers the quoted words without the marks (and without surrounding space or a trailing comma),
 * and {@link Quote#text()} equals those characters; quotes come in text order; the output is a
 * pure function of the document and the mentions.
 *
 * <ul>
 *   <li>Marks: curly, straight and single quotes and guillemets; apostrophes never pair. Nested
 *       quotes are part of the outer quote. A quote running over paragraphs (no closing mark, the
 *       next paragraph opening again) gives one quote per paragraph, all with the same speaker.</li>
 *   <li>{@code partial} is {@code false} for a full statement (it opens its sentence, or follows
 *       "said:" or "said,"), {@code true} for a fragment inside the writer's sentence, including
 *       scare quotes, which get a speaker only when a reporting verb clearly attaches.</li>
 *   <li>Speaker: the subject of the reporting verb after or before the quote ("X said", "said X",
 *       "X, the …, said", "according to X", a verb without subject inheriting the one before it),
 *       with titles stripped; as the canonical name of the overlapping mention when mentions are
 *       given, else as written; a person named short takes the fullest name the article wrote
 *       ("Doug" → "Doug McDermott"). "He/she said" resolves to the nearest earlier reporting or
 *       sentence subject that fits (given names tell he from she; a resolved "he said" is itself
 *       an antecedent; the person asked in "X asked Y" answers next; nobody the quote names),
 *       then an earlier person mention. A participle with no subject of its own ("…, saying",
 *       "a statement saying") speaks for its clause's subject; a statement after a colon or comma
 *       with no verb of its own takes the clause before it. A reporting clause the
 *       sentence splitter moved to the next sentence ("“…?” | Arians asked.") and a name alone
 *       before a colon ("Haldeman: “…”") also name the speaker. A speaker known only by role ("an official said") stays
 *       {@code null}; {@link #attribute} returns that role phrase.</li>
 *   <li>A full quote without a reporting clause that opens the sentence right after another
 *       quote's ("“…,” Lopez said. “…”") keeps that quote's speaker, with a {@code null} cue.</li>
 * </ul>
 *
 * <pre>{@code
 * QuoteExtractor quotes = QuoteExtractor.english();
 * List<Quote> found = quotes.extract(document, mentions);      // mentions from the entity stage
 * FactExtractor<Quote> alone = quotes.withoutMentions();       // names from capitalisation only
 * }</pre>
 *
 * <p>Immutable and thread-safe; each call keeps its state on the stack. Cost is linear in the text.
 */
public final class QuoteExtractor {

    private final QuoteCues cues;
    private final QuoteMarks marks = new QuoteMarks();
    private final ClauseSubjects subjects;

    public QuoteExtractor(QuoteCues cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
        this.subjects = new ClauseSubjects(cues);
    }

    /** The extractor with the bundled English cue lists. */
    public static QuoteExtractor english() {
        return new QuoteExtractor(QuoteCues.english());
    }

    /** The quotes of {@code document}; speakers named by {@code mentions} get their canonical names. */
    public List<Quote> extract(Document document, List<Mention> mentions) {
        return attribute(document, mentions).stream().map(AttributedQuote::quote).toList();
    }

    /**
     * The stage for use without an entity stage: {@code extract(document, List.of())}, finding
     * speaker names as capitalised runs next to the reporting verb.
     */
    public FactExtractor<Quote> withoutMentions() {
        return document -> extract(document, List.of());
    }

    /** As {@link #extract}, with the role phrase of each speaker known only by role. */
    public List<AttributedQuote> attribute(Document document, List<Mention> mentions) {
        Objects.requireNonNull(document, "document");
        List<QuoteMarks.Passage> passages = marks.find(document.text());
        TokenView view = new TokenView(document, passages, mentions);
        QuoteAttributor attributor = new QuoteAttributor(document, view, cues, subjects, List.copyOf(mentions));
        List<Shape> shapes = new ArrayList<>();
        List<Attribution> found = new ArrayList<>();
        for (QuoteMarks.Passage p : passages) {
            Shape s = attributor.shape(p);
            shapes.add(s);
            found.add(s == null ? Attribution.NONE : attributor.linked(attributor.attribute(p, s)));
        }
        shareAlongChains(passages, found);
        inheritFollowingQuotes(attributor, shapes, found);
        return quotes(document, passages, shapes, found);
    }

    /** The pieces of a quote that runs over paragraphs have one speaker, named in any piece. */
    private static void shareAlongChains(List<QuoteMarks.Passage> passages, List<Attribution> found) {
        Map<Integer, Attribution> byChain = new HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            int chain = passages.get(i).chain();
            if (chain >= 0 && !found.get(i).isEmpty()) {
                byChain.putIfAbsent(chain, found.get(i));
            }
        }
        for (int i = 0; i < passages.size(); i++) {
            Attribution shared = byChain.get(passages.get(i).chain());
            if (shared != null && found.get(i).isEmpty()) {
                found.set(i, shared);
            }
        }
    }

    /**
     * A full quote with no reporting clause of its own that opens the sentence after a quoted
     * speaker's ("“…,” Lopez said. “…”", or the next paragraph) continues that speaker: the way
     * news runs a long statement. The cue stays {@code null}: no verb introduces it.
     */
    private static void inheritFollowingQuotes(QuoteAttributor attributor, List<Shape> shapes, List<Attribution> found) {
        for (int i = 1; i < found.size(); i++) {
            Attribution before = found.get(i - 1);
            Shape previous = shapes.get(i - 1);
            Shape current = shapes.get(i);
            if (found.get(i).isEmpty() && before.speaker() != null && previous != null && current != null
                    && attributor.continues(previous, current)) {
                found.set(i, new Attribution(before.speaker(), null, null));
            }
        }
    }

    private static List<AttributedQuote> quotes(Document document, List<QuoteMarks.Passage> passages,
                                                List<Shape> shapes, List<Attribution> found) {
        List<AttributedQuote> out = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            QuoteMarks.Passage p = passages.get(i);
            Attribution a = found.get(i);
            Span span = document.span(p.start(), p.end());
            String name = a.speaker() == null ? null : a.speaker().name();
            Span named = a.speaker() == null ? null : a.speaker().span();
            boolean partial = shapes.get(i) != null && !shapes.get(i).full();
            String role = name == null && a.role() != null ? a.role().of(document.text()).strip().replaceAll("\\s+", " ") : null;
            Quote q = new Quote(span, span.of(document.text()), name, named, a.cue(), partial, role);
            out.add(new AttributedQuote(q, a.role()));
        }
        return out;
    }
}
