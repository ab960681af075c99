package dev.triangulate.server;

import java.util.List;

/**
 * An article with the passages the briefings cite in it ({@code GET /api/articles/{id}}).
 *
 * @param id        article id
 * @param title     headline, or empty
 * @param outlet    outlet, or empty
 * @param url       canonical URL, or empty
 * @param published ISO day as read, or {@code null}
 * @param text      the article text; every span indexes into it
 * @param stories   ids of the stories it belongs to
 * @param evidence  cited passages, by start
 */
public record ArticlePage(String id, String title, String outlet, String url, String published, String text,
                          List<String> stories, List<Passage> evidence) {

    public ArticlePage {
        stories = List.copyOf(stories);
        evidence = List.copyOf(evidence);
    }

    /** One cited passage: {@code text.substring(start, end)} is what the finding rests on. */
    public record Passage(int start, int end, String story, String finding, String verdict, String statement) {
    }
}
