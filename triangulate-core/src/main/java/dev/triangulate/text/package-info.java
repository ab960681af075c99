/**
 * Text segmentation: {@code Article -> Document} (sentences, tokens, part-of-speech tags), and the
 * {@link dev.triangulate.text.Lexicon} that loads word lists kept as data.
 *
 * <p>Invariants: sentences are in order, do not overlap, carry no leading or trailing white space,
 * and never cross a line break; every token lies inside its sentence.
 */
package dev.triangulate.text;
