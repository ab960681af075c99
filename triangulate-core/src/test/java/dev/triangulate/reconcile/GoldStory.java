package dev.triangulate.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One story of our reconciliation gold set: the documents reconciled together and the findings we
 * expect (format in {@code gold/README.md}).
 *
 * @param name  the file's name without extension
 * @param docs  the ECB+ document ids of the story
 * @param items the expected findings
 */
record GoldStory(String name, List<String> docs, List<Item> items) {

    /** The gold stories, in file order. */
    static final List<String> FILES = List.of("20ecb-quake", "14ecb-store-fire", "24ecb-jewel-heist",
            "35ecb-dui-arrest", "12ecb-navy-pirates", "10ecbplus-contract-offer");

    /**
     * One expected finding.
     *
     * @param verdict corroborated, single-source, conflicting or no-conflict
     * @param kind    quantity, quote or statement
     * @param subject our description, for people
     * @param sides   one value per side (one side unless conflicting / no-conflict)
     * @param docs    the documents of each side
     */
    record Item(String verdict, String kind, String subject, List<String> sides, List<Set<String>> docs) {

        Set<String> allDocs() {
            return docs.stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toSet());
        }

        @Override
        public String toString() {
            return verdict + " " + kind + " " + sides + " (" + subject + ")";
        }
    }

    static GoldStory load(String name) {
        try (InputStream in = GoldStory.class.getResourceAsStream("gold/" + name + ".tsv")) {
            if (in == null) {
                throw new IllegalStateException("no gold file gold/" + name + ".tsv");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GoldStory parse(String name, String text) {
        List<String> docs = List.of();
        List<Item> items = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].equals("docs")) {
                docs = List.of(f[1].split(","));
            } else if (f.length == 5) {
                List<String> sides = List.of(f[3].split("\\|"));
                List<Set<String>> sideDocs = Arrays.stream(f[4].split("\\|")).map(s -> Set.of(s.split(","))).toList();
                items.add(new Item(f[0].toLowerCase(Locale.ROOT), f[1], f[2], sides, sideDocs));
            } else {
                throw new IllegalArgumentException(name + ": expected 5 tab-separated fields: " + line);
            }
        }
        return new GoldStory(name, docs, items);
    }
}
