package dev.triangulate.analyze.time;

import dev.triangulate.model.Article;
import dev.triangulate.model.Document;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.Published;
import dev.triangulate.model.TimeType;
import dev.triangulate.model.When;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers when an undated article was published from its own text.
 *
 * <ol>
 *   <li>A date on a "Published: ..." / "Posted on ..." line or in a dateline ("LONDON, 17 November
 *       2024 (Agency) -") among the first lines wins: basis {@code "published line: 17 November 2024"} or
 *       {@code "dateline: ..."}.</li>
 *   <li>Otherwise the latest full calendar date (day, month and year) the text mentions that is not
 *       after today: basis {@code "latest full date in the text: 17 November 2024"}. A report is
 *       written on or after the last day it reports, so the latest date is the best lower bound.</li>
 *   <li>With no full date, {@link Published#UNKNOWN}: the pipeline then asks the story's other articles.</li>
 * </ol>
 * An article that already has a date is returned as it is.
 *
 * <pre>{@code
 * Published p = new PublicationDateInference(PublicationDateInference.Settings.defaults()).infer(article);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PublicationDateInference {

    /**
     * @param clock      today's date comes from here (fixed in tests), so dates after it are implausible
     * @param headLines  how many first lines may hold a "Published:" line or a dateline
     * @param earliest   dates before this are implausible publication dates (old history in the text)
     */
    public record Settings(Clock clock, int headLines, LocalDate earliest) {

        public Settings {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(earliest, "earliest");
            if (headLines < 0) {
                throw new IllegalArgumentException("headLines must be >= 0: " + headLines);
            }
        }

        public static Settings defaults() {
            return new Settings(Clock.systemUTC(), 8, LocalDate.of(1990, 1, 1));
        }

        public Settings withClock(Clock c) {
            return new Settings(c, headLines, earliest);
        }
    }

    private static final Pattern PUBLISHED_LINE = Pattern.compile(
            "(?i)^\\W*(?:(?:first\\s+)?published|posted|date(?:d)?|released)\\b(?:\\s+on)?\\s*[:\\-–—]?\\s*(?<rest>.+)$");
    /** "CITY, <date> (Agency) -" or "CITY (Agency), <date> -": capitals, a comma, a date, a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*[\\p{Lu}][\\p{Lu}\\p{M} .'’-]{1,40}(?:\\([^)]{1,30}\\))?,\\s*(?<rest>.{6,40}?)\\s*(?:\\([^)]{1,30}\\)\\s*)?[-–—]");

    private final Settings settings;
    private final DateExtractor dates;

    public PublicationDateInference(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dates = DateExtractor.english();
    }

    /** The article's date if it has one, else one inferred from its text, else {@link Published#UNKNOWN}. */
    public Published infer(Article article) {
        if (article.published().known()) {
            return article.published();
        }
        LocalDate today = LocalDate.now(settings.clock());
        String[] lines = article.text().split("\n", settings.headLines() + 1);
        for (int i = 0; i < Math.min(lines.length, settings.headLines()); i++) {
            Published p = fromHeadLine(lines[i], today);
            if (p != null) {
                return p;
            }
        }
        return latestFullDate(article, today);
    }

    private Published fromHeadLine(String line, LocalDate today) {
        Matcher published = PUBLISHED_LINE.matcher(line);
        if (published.find()) {
            When w = firstFullDate(published.group("rest"), today);
            if (w != null) {
                return Published.inferred(w.begin(), "published line: " + w.text());
            }
        }
        Matcher dateline = DATELINE.matcher(line);
        if (dateline.find()) {
            When w = firstFullDate(dateline.group("rest"), today);
            if (w != null) {
                return Published.inferred(w.begin(), "dateline: " + w.text());
            }
        }
        return null;
    }

    private When firstFullDate(String text, LocalDate today) {
        return fullDates(text).stream().filter(w -> plausible(w.begin(), today)).findFirst().orElse(null);
    }

    private Published latestFullDate(Article article, LocalDate today) {
        When latest = null;
        for (When w : fullDates(article.text())) {
            if (plausible(w.begin(), today) && (latest == null || w.begin().isAfter(latest.begin()))) {
                latest = w;
            }
        }
        return latest == null ? Published.UNKNOWN
                : Published.inferred(latest.begin(), "latest full date in the text: " + latest.text());
    }

    /** Days stated with their year; read without an anchor, so nothing relative can sneak in. */
    private List<When> fullDates(String text) {
        Article bare = new Article("inference", "", "", "", "", List.of(), Published.UNKNOWN, "", text);
        return dates.extract(new Document(bare, List.of())).stream()
                .filter(w -> w.type() == TimeType.DATE && w.granularity() == Granularity.DAY && w.begin() != null)
                .toList();
    }

    private boolean plausible(LocalDate d, LocalDate today) {
        return !d.isAfter(today) && !d.isBefore(settings.earliest());
    }
}
