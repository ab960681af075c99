package dev.triangulate.story;

import java.util.List;
import java.util.Objects;

/**
 * What {@link StoryStream#offer} did with one article.
 *
 * @param articleId the article offered
 * @param storyId   the story it is now a member of
 * @param opened    whether that story was opened by this article
 * @param absorbed  ids of stories merged into {@code storyId} because this article bridged them; their
 *                  members now belong to {@code storyId} and those ids are never used again
 * @param closed    stories that fell out of the time window while this article was placed; final
 */
public record StoryAssignment(String articleId, String storyId, boolean opened, List<String> absorbed,
                              List<ClosedStory> closed) {

    public StoryAssignment {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyId, "storyId");
        absorbed = List.copyOf(absorbed);
        closed = List.copyOf(closed);
    }
}
