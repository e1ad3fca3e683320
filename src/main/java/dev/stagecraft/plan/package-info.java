/**
 * The rollout plan: turns a graph, its {@code changing} components and a few constraints into the
 * sequenced, machine-readable plan of DESIGN.md, and writes it as YAML or JSON.
 *
 * <p>Words used here:
 * <ul>
 *   <li><b>step</b> — one unit of the plan that advances together: a single component, or the changing
 *       members of a cycle or a declared change group. Only changing components are advanced; with no
 *       component marked changing the plan advances all of them.</li>
 *   <li><b>after</b> — the steps a step waits for: walking from the step along "depends on" edges
 *       through components that are not advanced, the first advanced units met on each path.
 *       The steps with their {@code after} lists form a DAG that other tools can execute.</li>
 *   <li><b>wave</b> — 0 for a step that waits for nothing, else 1 + the highest wave it waits for.</li>
 *   <li><b>tail</b> — the longest chain of step minutes that starts at a step and continues into the steps
 *       that wait for it; the step's priority ("longest tail first").</li>
 *   <li><b>canary stage</b> — a share of traffic (percent) on the new version, held for its bake minutes
 *       while its <b>gates</b> (metric at or below a maximum) must hold before advancing.</li>
 *   <li><b>acceptance</b> — the criteria, as sentences, that declare a step done.</li>
 *   <li><b>rollback order</b> — the order to undo the whole plan: dependents first.</li>
 *   <li><b>blast radius of a step</b> — what transitively depends on the step's components (the step's own
 *       components excluded): counts of outage (hard paths) and degraded, and the most critical of them.</li>
 *   <li><b>schedule</b> — estimated start and end minutes from list scheduling with at most
 *       {@code maxParallel} steps at once.</li>
 * </ul>
 */
package dev.stagecraft.plan;
