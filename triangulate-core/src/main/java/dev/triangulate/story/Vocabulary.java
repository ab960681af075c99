package dev.triangulate.story;

/**
 * How a feature id reads: its namespaced key ({@code w:rehab}) and its readable form ("rehab").
 * Labels and keywords need it; scoring does not.
 */
interface Vocabulary {

    /** The namespaced key of {@code id}, or {@code null} when it is no longer known. */
    String key(int id);

    /** The readable form of {@code id}; only asked for ids whose {@link #key} is known. */
    String surface(int id);
}
