package dev.triangulate.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.model.Article;

/**
 * One extracted article as one JSON line, the output of the {@code extract} command:
 * {@code {"id","source","url","title","authors","published","publishedInferred","publishedBasis",
 * "outlet","language","text"}}, specified by {@code docs/extract.schema.json}. {@code published} is
 * an ISO-8601 day or null. Stateless; thread-safe.
 *
 * <pre>{@code
 * writer.write(ArticleJson.line(article));
 * writer.write('\n');
 * }</pre>
 */
public final class ArticleJson {

    private ArticleJson() {
    }

    /** One line of JSON without a line break; line breaks inside the text are escaped. */
    public static String line(Article article) {
        return Json.line(tree(article));
    }

    public static ObjectNode tree(Article a) {
        ObjectNode node = Json.object();
        node.put("id", a.id());
        node.put("source", a.source());
        node.put("url", a.url());
        node.put("title", a.title());
        node.set("authors", Json.strings(a.authors()));
        node.set("published", Json.date(a.published().date()));
        node.put("publishedInferred", a.published().inferred());
        node.put("publishedBasis", a.published().basis());
        node.put("outlet", a.outlet());
        node.put("language", a.language());
        node.put("text", a.text());
        return node;
    }
}
