package dev.triangulate.flink;

/**
 * One analysed article on its way to story assignment. The coverage travels as {@link RecordCodec}
 * bytes: Flink serialises this record field by field, with no generic (Kryo) fallback.
 *
 * @param key      the story-assignment key it is routed by
 * @param path     the source file's path; orders articles as the local runner reads them, and names
 *                 the article uniquely in a keyed run
 * @param coverage the {@code Coverage}, encoded
 * @param blocks   the clusterer's blocking keys of the article in a keyed run; empty otherwise
 */
public record Analysed(String key, String path, byte[] coverage, String[] blocks) {

    /** The same article routed by another key. */
    Analysed withKey(String other) {
        return new Analysed(other, path, coverage, blocks);
    }
}
