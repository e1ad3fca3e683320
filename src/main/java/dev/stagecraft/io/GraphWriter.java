package dev.stagecraft.io;

import dev.stagecraft.model.ServiceGraph;
import java.util.List;

/** Writes a {@link ServiceGraph} in one file format. Deterministic: the same graph gives the same text. */
public interface GraphWriter {
    String write(ServiceGraph graph);

    /** What of this graph the format cannot carry, one sentence each (empty when nothing is lost). */
    default List<String> losses(ServiceGraph graph) {
        return List.of();
    }
}
