package dev.stagecraft.io.nativeyaml;

import dev.stagecraft.io.SourceMap;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.ServiceGraph;
import java.util.List;
import java.util.Objects;

/**
 * What reading a graph file gives: the graph (repaired so it is valid), the problems found while
 * reading (each with its place), where each component, dependency and group was written, and the
 * file's leading comment block.
 *
 * @param headerComment the comment lines before the first key, each starting with {@code #}, joined
 *                      with {@code \n}; {@code null} when the file has none. Hand it back to
 *                      {@link NativeGraphWriter} to keep it.
 */
public record LoadResult(ServiceGraph graph, List<Finding> findings, SourceMap sourceMap, String headerComment) {
    public LoadResult {
        Objects.requireNonNull(graph, "graph");
        findings = List.copyOf(findings);
        Objects.requireNonNull(sourceMap, "sourceMap");
    }
}
