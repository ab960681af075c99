package dev.triangulate.server;

import java.util.List;

/**
 * A story as the list shows it ({@code GET /api/stories}).
 *
 * @param id            story id, for {@code GET /api/stories/{id}}
 * @param title         headline-like label
 * @param firstDay      earliest publication day (ISO), or {@code null}
 * @param lastDay       latest publication day (ISO), or {@code null}
 * @param articles      number of member articles
 * @param corroborated  findings several independent outlets state compatibly
 * @param singleSource  findings only one outlet states
 * @param conflicting   findings outlets contradict each other on
 * @param outlets       the outlets covering it
 */
public record StorySummary(String id, String title, String firstDay, String lastDay, int articles,
                           int corroborated, int singleSource, int conflicting, List<String> outlets) {

    public StorySummary {
        outlets = List.copyOf(outlets);
    }
}
