package dev.stagecraft.analysis;

import dev.stagecraft.model.Finding;
import dev.stagecraft.model.ServiceGraph;
import java.util.List;

/**
 * Validation rules over a well-formed graph (reading already reported malformed input). Each rule has a
 * stable code and a severity, listed in README.md. Findings carry subjects; the caller adds file locations.
 */
public final class Validator {
    private Validator() {
    }

    public static List<Finding> validate(ServiceGraph graph) {
        throw new UnsupportedOperationException("TODO");
    }
}
