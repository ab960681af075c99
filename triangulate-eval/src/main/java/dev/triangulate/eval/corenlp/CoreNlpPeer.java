package dev.triangulate.eval.corenlp;

import dev.triangulate.eval.MeantimeCorpus.NamedSpan;
import dev.triangulate.model.EntityType;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP as the peer: the {@code tokenize,ssplit,pos,lemma,ner} pipeline with its default
 * settings (fine-grained NER and SUTime included, as a user gets it), and on request a quote pipeline
 * that adds {@code depparse}, {@code coref} and {@code quote} with attribution: the quote annotator
 * refuses to run without coreference chains, even with {@code quote.attribution.useCoref=false}
 * (measured with 4.5.10, whose models jar holds the coref models). A pipeline object is not shared
 * across threads here.
 */
final class CoreNlpPeer {

    /** A quote as CoreNLP returns it: character span, text, speaker and canonical speaker (or empty). */
    record PeerQuote(int start, int end, String text, String speaker, String canonicalSpeaker) {
    }

    private final StanfordCoreNLP pipeline;

    private CoreNlpPeer(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
    }

    static CoreNlpPeer ner() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        return new CoreNlpPeer(p);
    }

    static CoreNlpPeer quotes() {
        return quotes(false);
    }

    /**
     * The quote pipeline with its default settings; with {@code linesAreSentences} every line break
     * ends a sentence (for texts rebuilt one sentence a line, whose headlines carry no full stop).
     */
    static CoreNlpPeer quotes(boolean linesAreSentences) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        if (linesAreSentences) {
            p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        }
        return new CoreNlpPeer(p);
    }

    /** Annotates the text; returns its token count. */
    CoreDocument annotate(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        return doc;
    }

    /** The document's named entity mentions, numeric and temporal ones left out, typed as ours. */
    static List<NamedSpan> named(CoreDocument doc) {
        List<NamedSpan> out = new ArrayList<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            EntityType t = type(m.entityType());
            if (t != null) {
                out.add(new NamedSpan(m.charOffsets().first(), m.charOffsets().second(), t));
            }
        }
        return out;
    }

    static List<PeerQuote> quotes(CoreDocument doc) {
        List<PeerQuote> out = new ArrayList<>();
        for (CoreQuote q : doc.quotes()) {
            out.add(new PeerQuote(q.quoteCharOffsets().first(), q.quoteCharOffsets().second(), q.text(),
                    q.speaker().orElse(""), q.canonicalSpeaker().orElse("")));
        }
        return out;
    }

    /**
     * CoreNLP's NER labels mapped to our types: the CoNLL classes and the fine-grained place labels;
     * nationalities, religions, ideologies, titles, charges and causes of death are not named
     * mentions (null), nor are numbers, money, dates and times.
     */
    static EntityType type(String label) {
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.PLACE;
            case "MISC" -> EntityType.OTHER;
            default -> null;
        };
    }
}
