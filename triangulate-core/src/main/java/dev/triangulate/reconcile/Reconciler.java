package dev.triangulate.reconcile;

import dev.triangulate.model.Comparison;
import dev.triangulate.model.Story;

/** Lines up the facts of a story's articles into findings. A pure function; thread-safe. */
@FunctionalInterface
public interface Reconciler {

    Comparison reconcile(Story story);
}
