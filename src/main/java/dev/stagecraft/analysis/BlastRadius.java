package dev.stagecraft.analysis;

import java.util.List;

/**
 * Blast radius of a component X: every component that transitively depends on X (reverse reachability),
 * excluding X. The <b>outage</b> set is what X reaches through hard dependencies only; the <b>degraded</b> set
 * is the rest of the blast radius (reached only through paths with a soft dependency).
 *
 * <p>Two implementations answer the same question: {@link NaiveBlastRadius} (one BFS per query) and
 * {@link FastBlastRadius} (bit sets over the condensed DAG); one parameterized test covers both.
 */
public interface BlastRadius {
    /** Sorted ids of every component that transitively depends on the component (hard and soft). */
    List<String> affected(String id);

    /** Sorted ids reached through hard dependencies only. */
    List<String> outage(String id);

    /** Sorted ids of {@code affected} minus {@code outage}. */
    List<String> degraded(String id);

    /** Size of the blast radius of component v (by index), for every v. */
    int[] sizes();
}
