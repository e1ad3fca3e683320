package dev.stagecraft.model;

/**
 * Told after the graph changed. A batch ({@link ServiceGraph#beginUpdate()} ..
 * {@link ServiceGraph#endUpdate()}) is reported once, when it ends.
 */
@FunctionalInterface
public interface GraphListener {
    void graphChanged(ServiceGraph graph);
}
