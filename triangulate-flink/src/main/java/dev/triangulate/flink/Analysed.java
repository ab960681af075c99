package dev.triangulate.flink;

/**
 * One analysed article on its way to story assignment. The coverage travels as {@link RecordCodec}
 * bytes: Flink serialises this record field by field, with no generic (Kryo) fallback.
 *
 * @param key      the story-assignment key it is routed by
 * @param path     the article's place in the input ({@link #place}): orders articles as the local runner
 *                 reads them, and names the article uniquely in a keyed run
 * @param coverage the {@code Coverage}, encoded
 * @param statistics in a keyed run, once placed: the {@link KeyedStories.ArticleStatistics} (processing order,
 *                 the batch-wide statistics of the article's features), encoded; empty otherwise
 */
public record Analysed(String key, String path, byte[] coverage, byte[] statistics) {

    /**
     * The place of a file's {@code record}-th article (from 0): the file's path, a NUL and the record
     * number, zero-padded. NUL sorts before every character of a path, so places sort by file as the
     * local runner's folder walk does (by path), then by record within a file.
     */
    static String place(String path, int record) {
        return path + '\u0000' + String.format(java.util.Locale.ROOT, "%010d", record);
    }

    /** The same article routed by another key. */
    Analysed withKey(String other) {
        return new Analysed(other, path, coverage, statistics);
    }
}
