package dev.triangulate.story;

/**
 * The knobs of {@link OnlineClusterer}: thresholds, time window and decay, signal weights, sizes.
 *
 * <pre>{@code
 * ClusterSettings s = ClusterSettings.defaults().withJoinThreshold(0.3);
 * Clusterer c = new OnlineClusterer(s);
 * }</pre>
 *
 * @param joinThreshold    least similarity (cosine, after time decay) for an article to join a story
 * @param mergeThreshold   least similarity between two story centroids for a bridging article to merge them
 * @param windowDays       an article never joins a story whose dated members are all more than this many
 *                         days away from it (two earthquakes in one country a year apart stay apart)
 * @param halfLifeDays     similarity halves for every this many days between an article and a story
 * @param yearMismatch     factor on the similarity when publication dates are unknown and the article
 *                         mostly states another year than the story's members do; 1 turns it off (the
 *                         default: on ECB+ background years cost more recall than they bought precision)
 * @param wordWeight       weight of content words (TF-IDF)
 * @param entityWeight     weight of named things (canonical names, or capitalised runs when no facts)
 * @param dateWeight       weight of a stated event date (day or month)
 * @param quantityWeight   weight of a stated quantity (same thing counted, similar value)
 * @param yearWeight       weight of the year an article states most often (default 0: every report of one
 *                         year would share it; on ECB+, whose paired events are years apart, 5 gains 0.004 F1);
 *                         without publication dates it
 *                         is the event's clock (two earthquakes five years apart)
 * @param calendarWeight   weight of a stated month and day of the year, even without a year
 *                         ("November 27"): one event's reports name the same days
 * @param genericDiscount  factor on the weight of words news uses for every story ("said", "official")
 * @param articleTerms     features kept per article (the strongest ones), bounding the cost of a comparison
 * @param centroidTerms    features kept per story centroid
 * @param candidates       stories scored exactly per article, picked by shared strong features
 * @param queryTerms       strongest article features used to look up candidate stories
 * @param exemplars      most recent member vectors kept per story for scoring
 * @param neighbours     an article's similarity to a story is its mean cosine with this many closest exemplars
 *                       (a centroid alone is pulled towards words both of two similar events share)
 * @param copyThreshold    estimated shingle Jaccard above which two members are syndicated copies
 * @param blockingKeys     most keys {@link OnlineClusterer#blockingKeys} returns
 * @param reassignMargin   after the online pass each article is scored against its own story without
 *                         itself and moves to another story that beats that by more than this margin
 *                         (and reaches the join threshold); 1 turns the pass off
 */
public record ClusterSettings(double joinThreshold, double mergeThreshold, int windowDays, double halfLifeDays,
                              double yearMismatch,
                              double wordWeight, double entityWeight, double dateWeight, double quantityWeight,
                              double yearWeight, double calendarWeight, double genericDiscount, int articleTerms, int centroidTerms, int candidates,
                              int queryTerms, int exemplars, int neighbours, double copyThreshold,
                              int blockingKeys, double reassignMargin) {

    public ClusterSettings {
        requireFraction("joinThreshold", joinThreshold);
        requireFraction("mergeThreshold", mergeThreshold);
        requireFraction("copyThreshold", copyThreshold);
        requireFraction("yearMismatch", yearMismatch);
        requireFraction("genericDiscount", genericDiscount);
        requireFraction("reassignMargin", reassignMargin);
        if (windowDays < 0 || halfLifeDays <= 0) {
            throw new IllegalArgumentException("need windowDays >= 0 and halfLifeDays > 0: " + windowDays
                    + ", " + halfLifeDays);
        }
        if (wordWeight < 0 || entityWeight < 0 || dateWeight < 0 || quantityWeight < 0 || yearWeight < 0
                || calendarWeight < 0) {
            throw new IllegalArgumentException("signal weights must not be negative");
        }
        if (articleTerms < 1 || centroidTerms < 1 || candidates < 1 || queryTerms < 1 || exemplars < 1 || neighbours < 1
                || blockingKeys < 1) {
            throw new IllegalArgumentException("sizes must be positive");
        }
    }

    /** Tuned on the ECB+ development topics (see StoryEvalTest) and the seed articles. */
    public static ClusterSettings defaults() {
        return new ClusterSettings(0.24, 0.50, 30, 10.0, 1.0,
                1.0, 1.5, 1.0, 0.8,
                0.0, 1.7, 0.4, 120, 150, 24,
                40, 24, 3, 0.80, 6, 0.03);
    }

    public ClusterSettings withJoinThreshold(double t) {
        return new ClusterSettings(t, mergeThreshold, windowDays, halfLifeDays, yearMismatch, wordWeight, entityWeight,
                dateWeight, quantityWeight, yearWeight, calendarWeight, genericDiscount, articleTerms, centroidTerms,
                candidates, queryTerms, exemplars, neighbours, copyThreshold, blockingKeys, reassignMargin);
    }

    public ClusterSettings withMergeThreshold(double t) {
        return new ClusterSettings(joinThreshold, t, windowDays, halfLifeDays, yearMismatch, wordWeight, entityWeight,
                dateWeight, quantityWeight, yearWeight, calendarWeight, genericDiscount, articleTerms, centroidTerms,
                candidates, queryTerms, exemplars, neighbours, copyThreshold, blockingKeys, reassignMargin);
    }

    public ClusterSettings withWeights(double words, double entities, double dates, double quantities) {
        return new ClusterSettings(joinThreshold, mergeThreshold, windowDays, halfLifeDays, yearMismatch, words, entities,
                dates, quantities, yearWeight, calendarWeight, genericDiscount, articleTerms, centroidTerms,
                candidates, queryTerms, exemplars, neighbours, copyThreshold, blockingKeys, reassignMargin);
    }

    /** Weights of the stated year and of stated days of the year (see the record's parameters). */
    public ClusterSettings withEventTime(double year, double calendar) {
        return new ClusterSettings(joinThreshold, mergeThreshold, windowDays, halfLifeDays, yearMismatch, wordWeight,
                entityWeight, dateWeight, quantityWeight, year, calendar, genericDiscount, articleTerms, centroidTerms,
                candidates, queryTerms, exemplars, neighbours, copyThreshold, blockingKeys, reassignMargin);
    }

    public ClusterSettings withTime(int window, double halfLife) {
        return new ClusterSettings(joinThreshold, mergeThreshold, window, halfLife, yearMismatch, wordWeight, entityWeight,
                dateWeight, quantityWeight, yearWeight, calendarWeight, genericDiscount, articleTerms, centroidTerms,
                candidates, queryTerms, exemplars, neighbours, copyThreshold, blockingKeys, reassignMargin);
    }

    public ClusterSettings withExemplars(int kept, int closest) {
        return new ClusterSettings(joinThreshold, mergeThreshold, windowDays, halfLifeDays, yearMismatch, wordWeight,
                entityWeight, dateWeight, quantityWeight, yearWeight, calendarWeight, genericDiscount, articleTerms,
                centroidTerms, candidates, queryTerms, kept, closest, copyThreshold, blockingKeys, reassignMargin);
    }

    public ClusterSettings withYearMismatch(double factor) {
        return new ClusterSettings(joinThreshold, mergeThreshold, windowDays, halfLifeDays, factor, wordWeight,
                entityWeight, dateWeight, quantityWeight, yearWeight, calendarWeight, genericDiscount, articleTerms,
                centroidTerms, candidates, queryTerms, exemplars, neighbours, copyThreshold, blockingKeys, reassignMargin);
    }

    /** The margin of the reassignment pass; 1 turns it off. */
    public ClusterSettings withReassignMargin(double margin) {
        return new ClusterSettings(joinThreshold, mergeThreshold, windowDays, halfLifeDays, yearMismatch, wordWeight,
                entityWeight, dateWeight, quantityWeight, yearWeight, calendarWeight, genericDiscount, articleTerms,
                centroidTerms, candidates, queryTerms, exemplars, neighbours, copyThreshold, blockingKeys, margin);
    }

    private static void requireFraction(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1]: " + v);
        }
    }
}
