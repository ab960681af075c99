package dev.triangulate.flink;

import dev.triangulate.story.OnlineClusterer;
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
 * @param monitorMillis      0 reads the input once (bounded); otherwise the folder is watched for new
 *                           files at this interval, and stories are re-assigned and emitted as revisions
 *                           at most once per interval (the job runs until cancelled)
 * @param keyed              partition story assignment into the components of the batch's link graph and
 *                           cluster them in parallel (see {@link KeyedStories}; bounded input only); false
 *                           runs it on one key. The command line's default for a bounded run.
 * @param checkpointDir      where checkpoints go (a file-system URI); null leaves it to the cluster's
 *                           configuration, whose default keeps them in the JobManager's heap (5 MB at most:
 *                           too small for story-assignment state beyond a few hundred articles)
 */
public record JobSettings(String input, String output, int parallelism, long checkpointMillis, String language,
                          long monitorMillis, boolean keyed, String checkpointDir)
        implements Serializable {

    public JobSettings {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        if (parallelism < 0 || checkpointMillis <= 0 || monitorMillis < 0) {
            throw new IllegalArgumentException("parallelism >= 0, checkpoint interval > 0 and monitor interval >= 0 required");
        }
        if (keyed && monitorMillis > 0) {
            throw new IllegalArgumentException("--keyed works on a bounded input only; drop --monitor-interval-ms or --keyed");
        }
        language = language == null ? "en" : language;
    }

    /** A bounded, single-key run. */
    public JobSettings(String input, String output, int parallelism, long checkpointMillis, String language) {
        this(input, output, parallelism, checkpointMillis, language, 0, false, null);
    }

    public JobSettings withMonitorInterval(long millis) {
        return new JobSettings(input, output, parallelism, checkpointMillis, language, millis, keyed, checkpointDir);
    }

    public JobSettings withKeyed(boolean on) {
        return new JobSettings(input, output, parallelism, checkpointMillis, language, monitorMillis, on, checkpointDir);
    }

    public JobSettings withCheckpointDir(String uri) {
        return new JobSettings(input, output, parallelism, checkpointMillis, language, monitorMillis, keyed, uri);
    }

    /** True when the folder is watched and the job never ends by itself. */
    public boolean continuous() {
        return monitorMillis > 0;
    }

    /** Parses the arguments of {@link #USAGE}. */
    public static JobSettings parse(String... args) {
        String input = null, output = null, checkpointDir = null;
        int parallelism = 0;
        long checkpoint = 10_000, monitor = 0;
        Boolean keyed = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--input" -> input = value;
                case "--output" -> output = value;
                case "--parallelism" -> parallelism = number(args[i], value).intValue();
                case "--checkpoint-ms" -> checkpoint = number(args[i], value);
                case "--monitor-interval-ms" -> monitor = number(args[i], value);
                case "--checkpoint-dir" -> checkpointDir = Objects.requireNonNull(value, "--checkpoint-dir URI");
                case "--keyed", "--single-key" -> {
                    if (keyed != null && keyed != args[i].equals("--keyed")) {
                        throw new IllegalArgumentException("--keyed and --single-key exclude each other");
                    }
                    keyed = args[i].equals("--keyed");
                    continue;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: " + USAGE);
            }
            i++;
        }
        if (input == null || output == null) {
            throw new IllegalArgumentException("usage: " + USAGE);
        }
        // keyed by default where it can run: a continuous run has no end of input to merge at
        boolean partitioned = keyed != null ? keyed : monitor == 0;
        return new JobSettings(input, output, parallelism, checkpoint, "en", monitor, partitioned, checkpointDir);
    }

    private static Long number(String option, String value) {
        try {
            return Long.parseLong(Objects.requireNonNull(value));
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got " + value);
        }
    }

    static final String USAGE = "--input DIR --output DIR [--parallelism N] [--checkpoint-ms N]"
            + " [--monitor-interval-ms N] [--keyed | --single-key] [--checkpoint-dir URI]";

    /** The pipeline for {@link #language}: built once per JVM and shared by the tasks in it. */
    dev.triangulate.pipeline.Triangulate pipeline() {
        requireEnglish();
        return dev.triangulate.pipeline.Triangulate.english();
    }

    /** The local runner's readers ({@code Triangulate.english()} reads through {@code Inputs.standard()}), without network access. */
    dev.triangulate.ingest.Inputs inputs() {
        return dev.triangulate.ingest.Inputs.standard();
    }

    /** The local runner's clusterer ({@code Triangulate.english()} uses its defaults), for a keyed run's features and vectors. */
    OnlineClusterer clusterer() {
        requireEnglish();
        return OnlineClusterer.defaults();
    }

    private void requireEnglish() {
        if (!language.equals("en")) {
            throw new IllegalArgumentException("no pipeline for language " + language);
        }
    }
}
