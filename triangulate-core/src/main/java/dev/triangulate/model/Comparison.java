package dev.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * The reconciliation of one story: its entities across articles and its findings.
 *
 * @param storyId  the {@link Story#id()} reconciled
 * @param entities canonical entities, most mentioned first
 * @param findings findings, conflicts first, then corroborated (most sources first), then single-source
 */
public record Comparison(String storyId, List<Entity> entities, List<Finding> findings) {

    public Comparison {
        Objects.requireNonNull(storyId, "storyId");
        entities = List.copyOf(entities);
        findings = List.copyOf(findings);
    }
}
