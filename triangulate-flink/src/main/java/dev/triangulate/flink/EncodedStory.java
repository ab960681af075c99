package dev.triangulate.flink;

/**
 * One story on its way to reconciliation, encoded with {@link RecordCodec}.
 *
 * @param rank  its place among the stories of its key, the most widely reported first
 * @param story the {@code Story}, encoded
 */
public record EncodedStory(int rank, byte[] story) {
}
