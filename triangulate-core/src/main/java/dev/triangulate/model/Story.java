package dev.triangulate.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reports of one real-world event, grouped.
 *
 * @param id       stable id within a run
 * @param title    a headline-like label
 * @param keywords the terms that characterise the story, most characteristic first
 * @param members  the analysed articles, oldest first
 * @param copyOf   syndicated copies: article id of a copy to the article id of the first copy seen;
 *                 a copy counts once as evidence
 */
public record Story(String id, String title, List<String> keywords, List<Coverage> members,
                    Map<String, String> copyOf) {

    public Story {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        keywords = List.copyOf(keywords);
        members = List.copyOf(members);
        copyOf = Map.copyOf(copyOf);
    }

    /** The member with this article id, or {@code null}. */
    public Coverage member(String articleId) {
        for (Coverage c : members) {
            if (c.id().equals(articleId)) {
                return c;
            }
        }
        return null;
    }

    /** The article id whose evidence this one's counts as: itself, or the original it copies. */
    public String original(String articleId) {
        return copyOf.getOrDefault(articleId, articleId);
    }
}
