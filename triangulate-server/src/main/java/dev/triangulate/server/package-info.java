/**
 * {@code triangulate serve}: an embedded store, continuous ingestion, a REST API and a web UI in one
 * process.
 *
 * <p>Flow: an upload ({@code POST /api/articles}) is kept as a file under the data folder's
 * {@code uploads/} and read by the pipeline's own readers; {@link dev.triangulate.server.Corpus}
 * analyses the new articles, clusters all articles again, and reconciles and briefs only the stories
 * whose membership changed; the {@link dev.triangulate.server.Store} (SQLite, WAL, FTS5, versioned
 * schema) receives each ingest in one transaction. Every read of the API goes to the store on its own
 * connection, so reads never wait for an ingest and always see a committed state. Watched folders
 * ({@link dev.triangulate.server.FolderWatch}) and polled feeds ({@link dev.triangulate.server.FeedPoll})
 * feed the same corpus from one scheduler thread ({@link dev.triangulate.server.Ingestion}).
 *
 * <p>Durability: an ingest is acknowledged only after its transaction commits (WAL, synchronous=FULL);
 * each article's analysis is stored with it ({@link dev.triangulate.server.AnalysisCodec}) and loaded on
 * start, and the start reconciles again any story that does not match the articles.
 *
 * <p>Invariants: no pipeline logic here (the server calls {@link dev.triangulate.pipeline.Triangulate}
 * only); story and briefing JSON is the core's ({@link dev.triangulate.render.JsonRenderer}); every
 * error the API returns is {@code {"error":{"code","message"}}}; the web UI puts article text on the
 * page only as text nodes, under a Content-Security-Policy that allows scripts from this origin only;
 * writes need a token unless the server listens on loopback only ({@link dev.triangulate.server.WriteAccess}).
 */
package dev.triangulate.server;
