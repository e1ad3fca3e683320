package dev.stagecraft.plan.export;

import java.util.List;

/**
 * What an exporter made: the file's text, and the warnings about it (renamed objects, components left out and why,
 * options to set), in the order found. YAML targets also carry the warnings in their header comment.
 */
public record PlanExport(String text, List<String> warnings) {
    public PlanExport {
        warnings = List.copyOf(warnings);
    }
}
