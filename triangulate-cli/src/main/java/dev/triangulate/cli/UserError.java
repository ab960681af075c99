package dev.triangulate.cli;

/** A mistake the user can fix (a bad path, an unwritable output): reported in one line, no stack trace. */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
