package dev.triangulate.server;

/**
 * A request the API refuses, answered as {@code {"error":{"code":...,"message":...}}} with the HTTP
 * status. {@code code} is a stable machine-readable word; {@code message} is for people.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final String code;

    ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    static ApiError notFound(String what) {
        return new ApiError(404, "not_found", what);
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message);
    }
}
