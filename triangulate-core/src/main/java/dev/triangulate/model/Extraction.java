package dev.triangulate.model;

import java.util.Objects;

/**
 * The outcome of turning one {@link RawDoc} (or one record of it) into an article: either an
 * article, or the reason it was skipped. A skip is an expected outcome, not an error.
 */
public sealed interface Extraction {

    /** Where the input came from, for reporting. */
    String source();

    record Ok(Article article) implements Extraction {
        public Ok {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String source() {
            return article.source();
        }
    }

    /**
     * @param source the file, URL or record that was skipped
     * @param reason one line a user can act on, for example "not UTF-8 text (byte 0xff at offset 12)"
     */
    record Skipped(String source, String reason) implements Extraction {
        public Skipped {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
