package dev.triangulate.server;

import java.util.Locale;

/**
 * A client-supplied file name made safe to create: the last path segment only, letters, digits, dot,
 * dash and underscore, at most 100 characters, never hidden, never empty. The name (without its
 * extensions) becomes the article id, and its extension picks the extractor. Stateless.
 */
final class UploadName {

    private static final int MAX = 100;

    private UploadName() {
    }

    static String safe(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        if (name.length() > MAX) {
            name = name.substring(name.length() - MAX);
        }
        if (name.isBlank() || name.toLowerCase(Locale.ROOT).matches("[._-]*")) {
            return "upload.txt";
        }
        return name;
    }
}
