package dev.triangulate.cli;

import dev.triangulate.model.Article;
import dev.triangulate.model.Published;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes any number of distinct reports of one invented event, for measuring reconciliation at scale.
 * Each report tells a random subset of the event's facts in its own order and words (templates and slot
 * tables from {@code dev/triangulate/bench/story-phrases.txt}): numbers with other units and modifiers,
 * dates at other granularities, quotes whole or partial, names spelt differently, a minority of
 * conflicting values, and sentences about other things. No two reports are copies, so none is left out
 * of reconciliation as syndicated.
 *
 * <p>Deterministic: report {@code i} depends only on the seed and {@code i}. Immutable and thread-safe.
 */
final class SyntheticStory {

    static final double TOLD = 0.7;
    static final double CONFLICTING = 0.08;
    private static final Pattern SLOT = Pattern.compile("\\{([a-z0-9-]+)}");
    private static final String[] OUTLET_WORDS = {"Post", "Ledger", "Courier", "Wire", "Herald", "Gazette",
        "Times", "Chronicle", "Observer", "Record", "Mail", "Echo"};

    private final Map<String, List<String>> facts = new LinkedHashMap<>();
    private final Map<String, List<String>> tables = new LinkedHashMap<>();
    private final Map<String, List<String>> conflicts = new LinkedHashMap<>();
    private final List<String> filler = new ArrayList<>();
    private final long seed;

    SyntheticStory(long seed) {
        this.seed = seed;
        read("/dev/triangulate/bench/story-phrases.txt");
    }

    /** Reports 0 to {@code n - 1}. */
    List<Article> reports(int n) {
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(report(i));
        }
        return out;
    }

    Article report(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        List<String> sentences = new ArrayList<>();
        for (List<String> templates : facts.values()) {
            if (r.nextDouble() < TOLD) {
                sentences.add(capitalised(fill(pick(templates, r), r)));
            }
        }
        int extra = 3 + r.nextInt(8);
        for (int k = 0; k < extra; k++) {
            sentences.add(capitalised(fill(pick(filler, r), r)));
        }
        Collections.shuffle(sentences.subList(1, sentences.size()), r);
        String outlet = OUTLET_WORDS[i % OUTLET_WORDS.length] + " " + (i / OUTLET_WORDS.length + 1);
        String id = "synthetic-" + (i + 1);
        LocalDate day = LocalDate.of(2025, 8, 5 + r.nextInt(2));
        return new Article(id, id, "Wildfire forces evacuations near Lisdorn", outlet, "", List.of(),
                Published.given(day, "generated"), "en", paragraphs(sentences, r));
    }

    private String fill(String template, Random r) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(fill(value(m.group(1), r), r)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String value(String slot, Random r) {
        List<String> other = conflicts.get(slot);
        if (other != null && r.nextDouble() < CONFLICTING) {
            return pick(other, r);
        }
        List<String> table = tables.get(slot);
        if (table == null) {
            throw new IllegalStateException("story-phrases.txt: no table for {" + slot + "}");
        }
        return pick(table, r);
    }

    private static String paragraphs(List<String> sentences, Random r) {
        StringBuilder sb = new StringBuilder();
        int inParagraph = 0;
        for (String s : sentences) {
            if (inParagraph > 0 && (inParagraph >= 3 || r.nextBoolean())) {
                sb.append("\n\n");
                inParagraph = 0;
            }
            sb.append(inParagraph > 0 ? " " : "").append(s);
            inParagraph++;
        }
        return sb.append('\n').toString();
    }

    private static String pick(List<String> options, Random r) {
        return options.get(r.nextInt(options.size()));
    }

    /** Reads the sections; repeated lines are kept, so a value listed twice is picked twice as often. */
    private void read(String resource) {
        try (InputStream in = SyntheticStory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> section = null;
            for (String line; (line = lines.readLine()) != null; ) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                section = t.startsWith("@") ? section(t) : section;
                if (!t.startsWith("@")) {
                    section.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private List<String> section(String header) {
        String[] parts = header.split("\\s+", 2);
        return switch (parts[0]) {
            case "@fact" -> facts.computeIfAbsent(parts[1], k -> new ArrayList<>());
            case "@table" -> tables.computeIfAbsent(parts[1], k -> new ArrayList<>());
            case "@conflict" -> conflicts.computeIfAbsent(parts[1], k -> new ArrayList<>());
            case "@filler" -> filler;
            default -> throw new IllegalStateException("story-phrases.txt: unknown section " + header);
        };
    }
}
