package dev.triangulate.cli;

/** Checks of a verb's --format value that picocli cannot express. */
final class FormatCheck {

    private FormatCheck() {
    }

    static void jsonOnly(String format) {
        if (!"json".equals(format)) {
            throw new UserError("unknown --format '" + format + "': this command writes json");
        }
    }
}
