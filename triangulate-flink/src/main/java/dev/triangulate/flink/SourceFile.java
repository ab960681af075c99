package dev.triangulate.flink;

/**
 * One input file as read by the source: where it came from and its raw bytes, not yet decoded.
 *
 * @param path  the file's path as the Flink file system names it ({@code file:/data/a.txt}, {@code s3://...})
 * @param bytes the whole file; owned by this record and never changed
 */
public record SourceFile(String path, byte[] bytes) {
}
