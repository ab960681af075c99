package dev.triangulate.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags from OpenNLP's English EWT model. The model is
 * loaded once and shared; OpenNLP taggers are not thread-safe, so each thread gets its own.
 */
public final class PartOfSpeechTagger {

    private static final String MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadLocal<POSTaggerME> taggers;

    private PartOfSpeechTagger(POSModel model) {
        this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.UD));
    }

    /** The bundled English model, loaded on first use and shared by every caller. */
    public static PartOfSpeechTagger english() {
        return Holder.ENGLISH;
    }

    public String[] tag(String[] tokens) {
        return tokens.length == 0 ? new String[0] : taggers.get().tag(tokens);
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
