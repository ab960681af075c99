package dev.triangulate.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the word lists that keep heuristics as data, from class-path resources under
 * {@code dev/triangulate/}. One entry per line; blank lines and lines starting with {@code #} are skipped.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /** The entries of {@code dev/triangulate/<path>}, in file order. Fails fast when missing: that is a packaging bug. */
    public static Set<String> lines(String path) {
        String resource = "/dev/triangulate/" + path;
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> out = new LinkedHashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
