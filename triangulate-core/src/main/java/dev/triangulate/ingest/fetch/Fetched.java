package dev.triangulate.ingest.fetch;

import java.util.Objects;

/** The outcome of fetching one URL: the body, or why there is none. */
public sealed interface Fetched {

    /** The URL asked for. */
    String url();

    /**
     * @param url       the URL asked for
     * @param finalUrl  the URL after redirects
     * @param mediaType the response's media type without parameters, or empty
     * @param charset   the charset parameter of the content type, or empty
     * @param body      the bytes (owned by this record)
     */
    record Body(String url, String finalUrl, String mediaType, String charset, byte[] body) implements Fetched {
        public Body {
            Objects.requireNonNull(body, "body");
        }
    }

    /** @param reason one line a user can act on, for example "timed out after 30 s" */
    record Failed(String url, String reason) implements Fetched {
    }
}
