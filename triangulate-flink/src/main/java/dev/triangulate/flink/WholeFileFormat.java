package dev.triangulate.flink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.SingletonResultIterator;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * A file-source format that reads each file whole, as one {@link SourceFile}: an article is decoded
 * and analysed as a unit, never split. Files are not splittable; after a restore, a file whose record
 * was already emitted yields nothing. Stateless; thread-safe.
 *
 * <pre>{@code
 * FileSource.forBulkFileFormat(new WholeFileFormat(), new Path("articles/")).build();
 * }</pre>
 */
public final class WholeFileFormat implements BulkFormat<SourceFile, FileSourceSplit> {

    private static final long serialVersionUID = 1L;

    @Override
    public Reader<SourceFile> createReader(Configuration config, FileSourceSplit split) {
        return new WholeFileReader(split, false);
    }

    @Override
    public Reader<SourceFile> restoreReader(Configuration config, FileSourceSplit split) {
        boolean emitted = split.getReaderPosition().map(p -> p.getRecordsAfterOffset() > 0).orElse(false);
        return new WholeFileReader(split, emitted);
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<SourceFile> getProducedType() {
        return TypeInformation.of(SourceFile.class);
    }

    /** Emits the split's file once, then reports the end of the split. */
    private static final class WholeFileReader implements Reader<SourceFile> {

        private final FileSourceSplit split;
        private boolean done;

        WholeFileReader(FileSourceSplit split, boolean done) {
            this.split = split;
            this.done = done;
        }

        @Override
        public RecordIterator<SourceFile> readBatch() throws IOException {
            if (done) {
                return null;
            }
            done = true;
            SingletonResultIterator<SourceFile> batch = new SingletonResultIterator<>();
            // Position after this record: no byte offset, one record to skip on restore.
            batch.set(new SourceFile(split.path().toString(), readAll()), CheckpointedPosition.NO_OFFSET, 1);
            return batch;
        }

        private byte[] readAll() throws IOException {
            var path = split.path();
            try (FSDataInputStream in = path.getFileSystem().open(path)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(split.length(), 1 << 24));
                in.transferTo(out);
                return out.toByteArray();
            }
        }

        @Override
        public void close() {
        }
    }
}
