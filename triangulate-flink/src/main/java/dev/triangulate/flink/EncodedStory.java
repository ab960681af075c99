package dev.triangulate.flink;

/**
 * One story on its way to reconciliation, encoded with {@link RecordCodec}.
 *
 * @param rank     its place among the stories of its key, the most widely reported first; in a keyed run
 *                 before {@link StoryNaming}, the processing order of its first article
 * @param story    the {@code Story}, encoded
 * @param revision 0 in a bounded run; in a continuous run, the re-assignment that produced it (1, 2, ...)
 */
public record EncodedStory(int rank, byte[] story, int revision) {
}
