package dev.triangulate.model;

import java.time.LocalDate;

/**
 * When an article was published, and how we know.
 *
 * @param date     the publication day, or {@code null} when unknown
 * @param inferred {@code true} when the date was not given but inferred from the text or the story
 * @param basis    why we believe it, in words (for example "header field 'published'" or
 *                 "latest full date in the text: 17 November 2024")
 */
public record Published(LocalDate date, boolean inferred, String basis) {

    public static final Published UNKNOWN = new Published(null, false, "no date given or found");

    public Published {
        basis = basis == null ? "" : basis;
    }

    public static Published given(LocalDate date, String basis) {
        return new Published(date, false, basis);
    }

    public static Published inferred(LocalDate date, String basis) {
        return new Published(date, true, basis);
    }

    public boolean known() {
        return date != null;
    }
}
