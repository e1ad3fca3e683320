package dev.stagecraft.ui.canvas;

import dev.stagecraft.model.Dependency;

/**
 * What a press lands on, in the order hit testing tries them: a component's connect handle (shown by the editor),
 * a component's box, a dependency drawn as a line at the current zoom, or empty space.
 */
sealed interface PointerTarget {
    /** The connect handle of this component. */
    record Handle(String component) implements PointerTarget { }

    record Node(String component) implements PointerTarget { }

    record Edge(Dependency.Key dependency) implements PointerTarget { }

    record Background() implements PointerTarget { }

    /** A collapsed system's card (its members are under it, not drawn): clicking selects them all. */
    record System(String system, java.util.List<String> members) implements PointerTarget { }

    /** The component pressed on, through its box or its handle; null for a dependency or empty space. */
    default String component() {
        return null;
    }
}
