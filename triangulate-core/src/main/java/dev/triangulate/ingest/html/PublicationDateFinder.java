package dev.triangulate.ingest.html;

import dev.triangulate.model.Published;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Finds the day a page was first published, most reliable evidence first: a full date in the URL
 * path; a declared publication date (JSON-LD {@code datePublished} or {@code dateCreated}, the
 * publication meta tags of {@link HtmlRules#dateMetaNames()}, {@code itemprop=datePublished} and
 * {@code time[pubdate]} markup); the date shown by the headline unless marked as an update; other
 * {@code time} elements; then revision dates (JSON-LD {@code dateModified}, revision meta tags); and
 * last the first date on the page.
 *
 * <p>Declared publication dates come before shown dates because pages show the date of their last
 * update by the headline far more often than they mislabel first publication in metadata. The day is
 * the one written in a date-time ("2024-05-01T23:30:00-04:00" is 1 May), not shifted to UTC: that is
 * the publisher's own calendar day.
 *
 * <p>Immutable and thread-safe.
 */
final class PublicationDateFinder {

    private static final List<String> DECLARED_MARKUP = List.of("[itemprop=datePublished]", "time[pubdate]");
    private static final List<String> OTHER_MARKUP = List.of("article time[datetime]", "time[datetime]");
    private final HtmlRules rules;
    private final VisibleDateFinder shownDates;

    PublicationDateFinder(HtmlRules rules) {
        this.rules = rules;
        this.shownDates = new VisibleDateFinder(rules.updateCue());
    }

    Published find(Document doc, JsonLd ld, Map<String, String> meta, String url) {
        Stream<Supplier<Optional<Published>>> steps = Stream.of(
                () -> given(DateText.inUrl(url), "date in the URL"),
                () -> shown(shownDates.byHeadline(doc).filter(shown -> !shown.revision()), "date shown by the headline"),
                () -> fromJsonLd(ld, List.of("datePublished", "dateCreated")),
                () -> fromMeta(meta, rules.dateMetaNames()),
                () -> fromMarkup(doc, DECLARED_MARKUP),
                () -> shown(shownDates.byHeadline(doc), "date shown by the headline"),
                () -> fromMarkup(doc, OTHER_MARKUP),
                () -> fromJsonLd(ld, List.of("dateModified")),
                () -> fromMeta(meta, rules.revisionMetaNames()),
                () -> shown(shownDates.onPage(doc), "first date on the page"));
        return steps.map(Supplier::get).flatMap(Optional::stream).findFirst().orElse(Published.UNKNOWN);
    }

    private static Optional<Published> shown(Optional<VisibleDateFinder.Shown> shown, String basis) {
        return shown.map(s -> Published.given(s.day(), s.revision() ? basis + " (marked as an update)" : basis));
    }

    private static Optional<Published> given(Optional<LocalDate> day, String basis) {
        return day.map(d -> Published.given(d, basis));
    }

    private static Optional<Published> fromJsonLd(JsonLd ld, List<String> keys) {
        for (String key : keys) {
            Optional<LocalDate> d = DateText.parse(ld.anyText(key));
            if (d.isPresent()) {
                return given(d, "JSON-LD " + key);
            }
        }
        return Optional.empty();
    }

    private static Optional<Published> fromMeta(Map<String, String> meta, List<String> names) {
        for (String name : names) {
            Optional<LocalDate> d = DateText.parse(meta.get(name));
            if (d.isPresent()) {
                return given(d, "meta " + name);
            }
        }
        return Optional.empty();
    }

    private static Optional<Published> fromMarkup(Document doc, List<String> queries) {
        for (String q : queries) {
            for (Element e : doc.select(q)) {
                String value = e.hasAttr("datetime") ? e.attr("datetime")
                        : e.hasAttr("content") ? e.attr("content") : e.text();
                Optional<LocalDate> d = DateText.parse(value);
                if (d.isPresent()) {
                    return given(d, "markup " + q);
                }
            }
        }
        return Optional.empty();
    }
}
