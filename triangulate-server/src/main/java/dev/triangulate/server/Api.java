package dev.triangulate.server;

import dev.triangulate.model.EntityType;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The REST API's routes, specified by {@code docs/openapi.yaml}. Every error is JSON,
 * {@code {"error":{"code","message"}}}, with its HTTP status. Every response carries a strict
 * Content-Security-Policy (scripts and styles from this origin only), which is the second line of
 * defence for the web UI after rendering article text as text. Stateless beyond its collaborators;
 * thread-safe.
 */
final class Api {

    private static final int DEFAULT_LIMIT = 100;
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Store store;
    private final Corpus corpus;
    private final Ingestion ingestion;
    private final WriteAccess access;
    private final long maxUploadBytes;

    Api(Store store, Corpus corpus, Ingestion ingestion, WriteAccess access, long maxUploadBytes) {
        this.store = store;
        this.corpus = corpus;
        this.ingestion = ingestion;
        this.access = access;
        this.maxUploadBytes = maxUploadBytes;
    }

    void install(Javalin app) {
        app.before(this::guard);
        app.get("/api/status", this::status);
        app.get("/api/stories", this::stories);
        app.get("/api/stories/{id}", this::story);
        app.get("/api/articles/{id}", this::article);
        app.get("/api/entities", this::entities);
        app.get("/api/entities/{name}", this::entity);
        app.post("/api/articles", this::ingest);
        app.get("/api/ingestion", this::ingestion);
        app.post("/api/feeds", this::addFeed);
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), codeOf(e.getStatus()), e.getMessage()));
        app.exception(Store.StoreException.class, (e, ctx) -> error(ctx, 500, "store_failed", e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal", e.getClass().getSimpleName() + ": " + e.getMessage()));
        app.error(404, ctx -> {
            if (ctx.attribute("error") == null) {
                error(ctx, 404, "not_found", "no such resource: " + ctx.path());
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute("error") == null) {
                error(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path());
            }
        });
    }

    /** Security headers on every response; size and token checks before a write is read. */
    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD || ctx.method() == HandlerType.OPTIONS) {
            return;
        }
        if (!access.allows(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "token_required", "writes need the server's token as 'Authorization: Bearer TOKEN'");
        }
        long length = ctx.req().getContentLengthLong();
        if (length > maxUploadBytes) {
            throw tooLarge(length);
        }
    }

    private ApiError tooLarge(long length) {
        return new ApiError(413, "too_large", "request body of " + (length < 0 ? "more than " + maxUploadBytes : length)
                + " bytes; the limit is " + maxUploadBytes);
    }

    private void status(Context ctx) {
        long[] counts = store.counts();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "ok");
        out.put("articles", counts[0]);
        out.put("stories", counts[1]);
        out.put("schemaVersion", store.schemaVersion());
        out.put("ingesting", corpus.busy());
        out.put("opening", corpus.opening());
        out.put("writeTokenRequired", access.required());
        out.put("maxUploadBytes", maxUploadBytes);
        ctx.json(out);
    }

    private void ingestion(Context ctx) {
        ctx.json(Map.of("sources", ingestion.status().snapshot()));
    }

    /** Polls one more feed: {@code ?url=...}; 201 when added, 200 when it was polled already. */
    private void addFeed(Context ctx) {
        String url = ctx.queryParam("url");
        if (url == null || url.isBlank()) {
            throw ApiError.badRequest("give the feed as ?url=https://...");
        }
        boolean added;
        try {
            added = ingestion.poll(url);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        ctx.status(added ? 201 : 200).json(Map.of("feed", url.strip(), "added", added));
    }

    private void stories(Context ctx) {
        StoryQuery q = new StoryQuery(ctx.queryParam("entity"), ctx.queryParam("outlet"), day(ctx, "from"), day(ctx, "to"),
                ctx.queryParam("q"), limit(ctx));
        List<StorySummary> list = store.stories(q);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", list.size());
        out.put("stories", list);
        ctx.json(out);
    }

    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        String json = store.briefing(id).orElseThrow(() -> ApiError.notFound("no story with id '" + id + "'"));
        ctx.contentType("application/json").result(json);
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(store.article(id).orElseThrow(() -> ApiError.notFound("no article with id '" + id + "'")));
    }

    private void entities(Context ctx) {
        List<EntitySummary> list = store.entities(new EntityQuery(ctx.queryParam("q"), entityType(ctx), limit(ctx)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", list.size());
        out.put("entities", list);
        ctx.json(out);
    }

    private void entity(Context ctx) {
        String name = ctx.pathParam("name");
        ctx.json(store.entity(name).orElseThrow(() -> ApiError.notFound("no entity named '" + name + "'")));
    }

    private static EntityType entityType(Context ctx) {
        String v = ctx.queryParam("type");
        if (v == null || v.isBlank()) {
            return null;
        }
        for (EntityType t : EntityType.values()) {
            if (t.label().equalsIgnoreCase(v.strip())) {
                return t;
            }
        }
        throw ApiError.badRequest("'type' must be one of " + String.join(", ", Arrays.stream(EntityType.values()).map(EntityType::label).toList())
                + ", got '" + v + "'");
    }

    private void ingest(Context ctx) throws IOException {
        List<Corpus.Upload> uploads = ctx.isMultipartFormData() ? parts(ctx) : List.of(raw(ctx));
        if (uploads.isEmpty()) {
            throw ApiError.badRequest("no file: send a multipart form with 'file' parts, or the raw text with ?filename=NAME");
        }
        IngestReport report = corpus.upload(uploads);
        if (report.added().isEmpty() && report.skipped().stream().allMatch(IngestReport.Skip::duplicate)) {
            ctx.status(200).json(report); // a retried upload: every text is stored already, nothing to do
            return;
        }
        if (report.added().isEmpty()) {
            String reasons = String.join("; ", report.skipped().stream().map(s -> s.reason()).toList());
            ctx.attribute("error", true);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("error", Map.of("code", "not_ingested", "message", "nothing stored: " + reasons));
            out.put("report", report);
            ctx.status(422).json(out);
            return;
        }
        ctx.status(201).json(report);
    }

    private List<Corpus.Upload> parts(Context ctx) throws IOException {
        List<Corpus.Upload> out = new ArrayList<>();
        for (UploadedFile f : ctx.uploadedFiles()) {
            if (f.size() > maxUploadBytes) {
                throw tooLarge(f.size());
            }
            try (InputStream in = f.content()) {
                out.add(new Corpus.Upload(f.filename(), in.readNBytes((int) maxUploadBytes + 1)));
            }
        }
        return out;
    }

    /** The raw body, read up to one byte past the limit: a chunked body has no length to check up front. */
    private Corpus.Upload raw(Context ctx) throws IOException {
        String name = ctx.queryParam("filename");
        if (name == null || name.isBlank()) {
            throw ApiError.badRequest("a raw upload needs ?filename=NAME (its extension picks the reader, e.g. report.txt)");
        }
        byte[] body;
        try (InputStream in = ctx.bodyInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUploadBytes + 1));
        }
        if (body.length > maxUploadBytes) {
            throw tooLarge(-1);
        }
        return new Corpus.Upload(name, body);
    }

    private static LocalDate day(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("'" + name + "' must be a day as YYYY-MM-DD, got '" + v + "'");
        }
    }

    private static int limit(Context ctx) {
        String v = ctx.queryParam("limit");
        if (v == null || v.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 1 && n <= StoryQuery.MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw ApiError.badRequest("'limit' must be a whole number from 1 to " + StoryQuery.MAX_LIMIT + ", got '" + v + "'");
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.attribute("error", true);
        Map<String, String> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message == null ? "" : message);
        ctx.status(status).json(Map.of("error", error));
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            default -> "http_" + status;
        };
    }
}
