package dev.triangulate.flink;

/**
 * One analysed article on its way to story assignment. The coverage travels as {@link RecordCodec}
 * bytes: Flink serialises this record field by field, with no generic (Kryo) fallback.
 *
 * @param key      the story-assignment key it is routed by
 * @param path     the source file's path; orders articles as the local runner reads them
 * @param coverage the {@code Coverage}, encoded
 */
public record Analysed(String key, String path, byte[] coverage) {
}
