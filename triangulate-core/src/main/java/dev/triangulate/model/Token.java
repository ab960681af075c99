package dev.triangulate.model;

/**
 * A token with its part of speech.
 *
 * @param start first character in the article text, inclusive
 * @param end   last character, exclusive
 * @param text  the characters
 * @param pos   Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, AUX, ADJ, NUM, ADP, PUNCT, ...)
 */
public record Token(int start, int end, String text, String pos) {

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isNoun() {
        return "NOUN".equals(pos) || "PROPN".equals(pos);
    }

    public boolean isVerb() {
        return "VERB".equals(pos) || "AUX".equals(pos);
    }
}
