package dev.triangulate.flink;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a run of {@link TriangulateJob} needs: small and serialisable, shipped with the job so each
 * task builds its heavy stage objects itself in {@code open()}.
 *
 * @param input              folder (or file) of articles, any Flink file system URI or local path
 * @param output             folder for {@code stories/}, {@code briefings/} and {@code skipped/}
 * @param parallelism        tasks per operator; 0 keeps the environment's default
 * @param checkpointMillis   checkpoint interval
 * @param language           pipeline language; only {@code en} exists today
 */
public record JobSettings(String input, String output, int parallelism, long checkpointMillis, String language)
        implements Serializable {

    public JobSettings {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        if (parallelism < 0 || checkpointMillis <= 0) {
            throw new IllegalArgumentException("parallelism >= 0 and checkpoint interval > 0 required");
        }
        language = language == null ? "en" : language;
    }

    /** Parses {@code --input DIR --output DIR [--parallelism N] [--checkpoint-ms N]}. */
    public static JobSettings parse(String... args) {
        String input = null, output = null;
        int parallelism = 0;
        long checkpoint = 10_000;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--input" -> input = value;
                case "--output" -> output = value;
                case "--parallelism" -> parallelism = Integer.parseInt(Objects.requireNonNull(value, "--parallelism N"));
                case "--checkpoint-ms" -> checkpoint = Long.parseLong(Objects.requireNonNull(value, "--checkpoint-ms N"));
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: " + USAGE);
            }
            i++;
        }
        if (input == null || output == null) {
            throw new IllegalArgumentException("usage: " + USAGE);
        }
        return new JobSettings(input, output, parallelism, checkpoint, "en");
    }

    static final String USAGE = "--input DIR --output DIR [--parallelism N] [--checkpoint-ms N]";

    /** The pipeline for {@link #language}: built once per JVM and shared by the tasks in it. */
    dev.triangulate.pipeline.Triangulate pipeline() {
        if (!language.equals("en")) {
            throw new IllegalArgumentException("no pipeline for language " + language);
        }
        return dev.triangulate.pipeline.Triangulate.english();
    }
}
