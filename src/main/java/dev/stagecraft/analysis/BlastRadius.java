package dev.stagecraft.analysis;

import java.util.List;

/**
 * Blast radius of a component X: every component that transitively depends on X (reverse reachability),
 * excluding X. The <b>outage</b> set is what X reaches through hard dependencies only; the <b>degraded</b> set
 * is the rest of the blast radius (reached only through paths with a soft dependency).
 *
 * <p>Two implementations answer the same question: {@link NaiveBlastRadius} (one BFS per query) and
 * {@link FastBlastRadius} (bit sets over the condensed DAG); one parameterized test covers both.
 * Queries with an id the snapshot does not hold throw {@link IllegalArgumentException}.
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

    /** The three sets of one component at once (implementations may share the traversals). */
    default Impact impact(String id) {
        return new Impact(affected(id), outage(id), degraded(id));
    }

    /**
     * The blast radius of one component split by strength.
     *
     * @param affected every dependent, sorted
     * @param outage   dependents reached through hard dependencies only, sorted
     * @param degraded {@code affected} minus {@code outage}, sorted
     */
    record Impact(List<String> affected, List<String> outage, List<String> degraded) {
        public Impact {
            affected = List.copyOf(affected);
            outage = List.copyOf(outage);
            degraded = List.copyOf(degraded);
        }
    }
}
