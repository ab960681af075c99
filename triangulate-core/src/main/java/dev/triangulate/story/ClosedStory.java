package dev.triangulate.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A story a {@link StoryStream} will not change any more: its members and label, without the articles.
 *
 * @param id       the id the stream gave it when it opened ({@code s1, s2, ...} in opening order)
 * @param title    the headline of its most central member that has one, else a label of names and words
 * @param keywords the terms that characterise it, most characteristic first
 * @param articles member article ids, in arrival order
 * @param copyOf   syndicated copies: article id of a copy to the id of the first copy seen
 * @param first    earliest member publication date, or {@code null} when no member had one
 * @param last     latest member publication date, or {@code null}
 */
public record ClosedStory(String id, String title, List<String> keywords, List<String> articles,
                          Map<String, String> copyOf, LocalDate first, LocalDate last) {

    public ClosedStory {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        keywords = List.copyOf(keywords);
        articles = List.copyOf(articles);
        copyOf = Map.copyOf(copyOf);
    }
}
