package dev.triangulate.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.triangulate.ingest.DocumentReader;
import dev.triangulate.ingest.html.HtmlExtractor;
import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.Published;
import dev.triangulate.model.RawDoc;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.xml.sax.InputSource;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome. An item with embedded content (content or
 * a description of at least {@link #MIN_CONTENT_WORDS} words) becomes an article: its HTML turned to
 * text by the HTML extractor, title, link, publication date and authors from the item, outlet from
 * the feed title. An item without content is handed to the {@link LinkFollower}, which fetches its
 * link when the network is allowed and otherwise reports it skipped.
 *
 * <p>Security: document type declarations are refused, so entity expansion ("billion laughs") and
 * external entities (XXE: local files, internal URLs) cannot be used by a hostile feed; such a feed
 * is skipped with the parser's reason. Immutable and thread-safe (a parser is made per feed).
 */
public final class FeedReader implements DocumentReader {

    /** A summary shorter than this is a teaser, not the article: the link is followed instead. */
    static final int MIN_CONTENT_WORDS = 60;

    /** Reads the page behind an item's link into extractions, or says why it will not. */
    @FunctionalInterface
    public interface LinkFollower {
        void follow(String url, String itemSource, Consumer<Extraction> sink);
    }

    private final HtmlExtractor html;
    private final LinkFollower links;

    public FeedReader(HtmlExtractor html, LinkFollower links) {
        this.html = html;
        this.links = links;
    }

    @Override
    public void read(RawDoc doc, Consumer<Extraction> sink) {
        SyndFeed feed;
        try {
            feed = parse(doc.content());
        } catch (FeedException | RuntimeException e) {
            sink.accept(new Extraction.Skipped(doc.source(), "not a readable RSS or Atom feed: " + reason(e)));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.accept(new Extraction.Skipped(doc.source(), "feed has no items"));
            return;
        }
        String outlet = clean(feed.getTitle());
        String language = language(feed.getLanguage());
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            item(doc, entries.get(i), i + 1, outlet, language, ids, sink);
        }
    }

    private static SyndFeed parse(byte[] bytes) throws FeedException {
        SyndFeedInput input = new SyndFeedInput();
        // No DOCTYPE at all: this is what shuts out entity expansion and external entities.
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true);
        return input.build(new InputSource(new ByteArrayInputStream(bytes)));
    }

    private void item(RawDoc doc, SyndEntry e, int n, String outlet, String language, Set<String> ids,
                      Consumer<Extraction> sink) {
        String link = clean(e.getLink());
        String source = doc.source() + "#item-" + n;
        String text = html.fragmentText(content(e));
        if (words(text) < MIN_CONTENT_WORDS) {
            if (link.isEmpty()) {
                sink.accept(new Extraction.Skipped(source, "feed item has no content and no link"));
            } else {
                links.follow(link, source, sink);
            }
            return;
        }
        String id = unique(idOf(link).orElse(doc.id() + "-" + n), ids);
        sink.accept(new Extraction.Ok(new Article(id, source, clean(e.getTitle()), outlet, link, authors(e),
                published(e), language, text)));
    }

    /** The longest of the content blocks and the description: feeds put the full text in either. */
    private static String content(SyndEntry e) {
        String best = "";
        for (SyndContent c : e.getContents()) {
            best = longer(best, c.getValue());
        }
        return e.getDescription() == null ? best : longer(best, e.getDescription().getValue());
    }

    private static String longer(String a, String b) {
        return b != null && b.length() > a.length() ? b : a;
    }

    private static List<String> authors(SyndEntry e) {
        List<String> out = new ArrayList<>();
        for (SyndPerson p : e.getAuthors()) {
            addName(out, p.getName());
        }
        if (out.isEmpty() && e.getAuthor() != null) {
            for (String name : e.getAuthor().split("\\s*(?:,|;| and )\\s*")) {
                addName(out, name);
            }
        }
        return out;
    }

    private static void addName(List<String> out, String raw) {
        // RSS puts "mail@example.org (Name)" in author: keep the name.
        String name = clean(raw).replaceFirst("^\\S+@\\S+\\s*\\((.*)\\)$", "$1");
        if (!name.isEmpty() && !name.contains("@") && !out.contains(name)) {
            out.add(name);
        }
    }

    private static Published published(SyndEntry e) {
        Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        if (date == null) {
            return Published.UNKNOWN;
        }
        LocalDate day = date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        return Published.given(day, e.getPublishedDate() != null ? "feed item publication date" : "feed item update date");
    }

    private static String language(String lang) {
        String l = clean(lang).toLowerCase(Locale.ROOT);
        return l.matches("[a-z]{2,3}([-_].*)?") ? l.replaceFirst("[-_].*", "") : "";
    }

    private static String unique(String id, Set<String> ids) {
        String out = id;
        for (int k = 2; !ids.add(out); k++) {
            out = id + "-" + k;
        }
        return out;
    }

    /** The last path segment of the item's link without extension, when it has one. */
    static java.util.Optional<String> idOf(String link) {
        try {
            String path = java.net.URI.create(link.strip()).getPath();
            String last = path == null ? "" : path.replaceAll("/+$", "");
            last = last.substring(last.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
            return last.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(last);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
