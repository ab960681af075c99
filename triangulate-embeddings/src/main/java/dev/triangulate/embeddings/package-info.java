/**
 * Optional sentence embeddings for reconciliation: {@code List<SentenceSimilarity.Pair> -> double[]}.
 *
 * <p>{@link dev.triangulate.embeddings.MiniLmSimilarity} runs the quantised all-MiniLM-L6-v2 model on ONNX
 * Runtime, offline (the model and tokenizer files come from a Maven artifact; the tokenizer's native library
 * is unpacked into {@code DJL_CACHE_DIR}, default {@code ~/.djl.ai}, which must be writable). A separate
 * module because the runtime's native libraries are large and the core must build without them.
 *
 * <p>Invariants: a sentence is embedded at most once while it stays in the bounded cache; the score of a
 * pair is the cosine of the two mean-pooled, normalised embeddings.
 */
package dev.triangulate.embeddings;
