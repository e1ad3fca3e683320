package dev.stagecraft.diagram;

import java.util.Set;
import java.util.TreeSet;

/** What the tests read from a {@link Highlighting}: the ids of the nodes drawn in given states. */
public final class HighlightedIds {
    private HighlightedIds() {
    }

    /** Sorted ids of the nodes of {@code d} in any of the given states. */
    public static Set<String> in(Highlighting h, Diagram d, Highlighting.NodeState... wanted) {
        Set<String> out = new TreeSet<>();
        for (int v = 0; v < h.size(); v++) {
            for (Highlighting.NodeState w : wanted) {
                if (h.state(v) == w) {
                    out.add(d.id(v));
                }
            }
        }
        return out;
    }
}
