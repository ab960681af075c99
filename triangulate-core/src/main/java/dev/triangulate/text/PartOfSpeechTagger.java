package dev.triangulate.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;

/**
 * Universal Dependencies part-of-speech tags from OpenNLP's English EWT model, decoded greedily:
 * each token takes the most probable tag the model's tag dictionary allows, given the tags before
 * it. OpenNLP's own tagger keeps a beam of three sequences and sorts every probability vector,
 * which cost about three times the CPU for the same tags on nearly every token (see
 * docs/BENCHMARKS.md, issue 4). The model is loaded once and shared; context generators keep a
 * cache, so each thread gets its own.
 */
public final class PartOfSpeechTagger {

    private static final String MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String MAXENT_ENTRY = "pos.model";

    private final MaxentModel maxent;
    private final SequenceValidator<String> validator;
    private final ThreadLocal<POSContextGenerator> contexts;

    private PartOfSpeechTagger(POSModel model) {
        POSTaggerFactory factory = model.getFactory();
        this.maxent = model.getArtifact(MAXENT_ENTRY);
        this.validator = factory.getSequenceValidator();
        this.contexts = ThreadLocal.withInitial(factory::getPOSContextGenerator);
    }

    /** The bundled English model, loaded on first use and shared by every caller. */
    public static PartOfSpeechTagger english() {
        return Holder.ENGLISH;
    }

    public String[] tag(String[] tokens) {
        POSContextGenerator generator = contexts.get();
        String[] tags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            double[] probabilities = maxent.eval(generator.getContext(i, tokens, tags, null));
            tags[i] = best(i, tokens, tags, probabilities);
        }
        return tags;
    }

    /** The most probable outcome the validator accepts after the tags so far; the most probable of all if none is. */
    private String best(int index, String[] tokens, String[] tags, double[] probabilities) {
        int chosen = -1;
        int fallback = 0;
        for (int o = 0; o < probabilities.length; o++) {
            if (probabilities[o] > probabilities[fallback]) {
                fallback = o;
            }
            if ((chosen < 0 || probabilities[o] > probabilities[chosen])
                    && validator.validSequence(index, tokens, tags, maxent.getOutcome(o))) {
                chosen = o;
            }
        }
        return maxent.getOutcome(chosen < 0 ? fallback : chosen);
    }

    private static final class Holder {
        static final PartOfSpeechTagger ENGLISH = load();

        private static PartOfSpeechTagger load() {
            try (InputStream in = PartOfSpeechTagger.class.getClassLoader().getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("part-of-speech model " + MODEL + " is not on the class path");
                }
                return new PartOfSpeechTagger(new POSModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read part-of-speech model " + MODEL, e);
            }
        }
    }
}
