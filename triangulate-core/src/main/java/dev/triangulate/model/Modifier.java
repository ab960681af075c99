package dev.triangulate.model;

/**
 * How a quantity's stated value relates to the true one. {@link #label()} is the JSON spelling.
 * Reconciliation turns a value and its modifier into an interval before comparing.
 */
public enum Modifier {
    /** Stated as is: "300 km". */
    EXACT("exact"),
    /** "about", "around", "approximately", "some", "roughly", "an estimated". */
    ABOUT("about"),
    /** "nearly", "almost", "close to", "just under". */
    NEARLY("nearly"),
    /** "over", "more than", "above", "upwards of". */
    MORE_THAN("more-than"),
    /** "at least", "no fewer than", "a minimum of". */
    AT_LEAST("at-least"),
    /** "under", "less than", "fewer than", "below". */
    LESS_THAN("less-than"),
    /** "up to", "as many as", "at most", "a maximum of". */
    UP_TO("up-to");

    private final String label;

    Modifier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
