package dev.stagecraft.model;

/**
 * Told after the graph changed, with what changed. A batch ({@link ServiceGraph#beginUpdate()} ..
 * {@link ServiceGraph#endUpdate()}) is reported once, when it ends; see {@link GraphChange#of}.
 */
@FunctionalInterface
public interface GraphListener {
    void graphChanged(ServiceGraph graph, GraphChange change);
}
