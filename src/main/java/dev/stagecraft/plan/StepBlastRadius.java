package dev.stagecraft.plan;

import java.util.List;

/**
 * What transitively depends on a step's components, the step's own components excluded. Bounded so that
 * plans of very large graphs stay readable: counts, and only the most critical impacted ids.
 *
 * @param outage       how many are reached through hard dependencies only
 * @param degraded     how many more are reached only through paths with a soft dependency
 * @param mostCritical impacted ids (outage or degraded), lowest tier first, then by id; at most
 *                     {@link #LIMIT}
 * @param more         how many impacted ids {@code mostCritical} leaves out
 */
public record StepBlastRadius(int outage, int degraded, List<String> mostCritical, int more) {
    public static final int LIMIT = 20;
    public static final StepBlastRadius NONE = new StepBlastRadius(0, 0, List.of(), 0);

    public StepBlastRadius {
        mostCritical = List.copyOf(mostCritical);
    }
}
