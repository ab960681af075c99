/**
 * The façade that runs the stages end to end: {@code paths -> Run(coverages, stories, briefings, skipped)}.
 * Per-document and per-story stages run in parallel; output order and content do not depend on it.
 */
package dev.triangulate.pipeline;
