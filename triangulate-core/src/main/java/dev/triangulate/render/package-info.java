/**
 * Renderers: {@code Briefing}s in, JSON, Markdown or self-contained HTML out, plus the one-line JSON
 * records of the {@code facts} and {@code extract} commands.
 *
 * <pre>
 * List&lt;Briefing&gt; --JsonRenderer-----&gt; {"stories":[...]}            docs/briefing.schema.json
 * List&lt;Briefing&gt; --MarkdownRenderer-&gt; GitHub-flavoured Markdown
 * List&lt;Briefing&gt; --HtmlRenderer-----&gt; one HTML page, inline CSS and SVG, no script
 * Coverage       --FactsJson.line----&gt; {"id","published","facts":[...]}  docs/facts.schema.json
 * Article        --ArticleJson.line--&gt; {"id","source",...,"text"}       docs/extract.schema.json
 * </pre>
 *
 * <p>Invariants: article text is untrusted and every renderer escapes it for its format through one
 * escape function ({@link dev.triangulate.render.Html#escape}, {@code Markdown.inline/cell}, Jackson
 * for JSON); a citation always resolves to a passage whose text is exactly the article's characters
 * at its offsets; output is a deterministic function of the input (fixed key and section order,
 * {@code \n} line ends). JSON field names are a public contract: fields are added, never renamed.
 * Renderers are stateless and thread-safe.
 */
package dev.triangulate.render;
