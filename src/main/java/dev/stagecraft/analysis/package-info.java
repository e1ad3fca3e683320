/**
 * Analyses of a service graph, pure functions of an immutable {@link dev.stagecraft.model.GraphSnapshot}.
 *
 * <ul>
 * <li><b>Blast radius</b> of X: every component that transitively depends on X, X excluded. The
 *     <b>outage</b> set is reached through hard dependencies only; the <b>degraded</b> set is the rest.</li>
 * <li><b>Cycle</b>: a strongly connected component with more than one member, or a self-loop.</li>
 * <li><b>Rollout unit</b>: components that must advance together: a cycle, a declared change group, or
 *     several of them merged (also when merging groups closes a new cycle). Units form a DAG.</li>
 * <li><b>Wave</b>: wave 0 holds the units with no dependencies; a unit's wave is 1 + the highest wave of
 *     what it depends on. One wave may advance in parallel.</li>
 * <li><b>Critical path</b>: the longest chain of units weighted by {@code durationMinutes}, in deployment
 *     order; its minutes bound the whole rollout from below.</li>
 * <li><b>Finding</b>: a rule's verdict with a stable code and severity; see docs/validation-rules.md.</li>
 * </ul>
 * {@link dev.stagecraft.analysis.GraphAnalysis} is the one analysis of a revision (a snapshot): it computes
 * each of these once, on first use, and every consumer (validation, plan, reports, diff, CLI) reads it.
 * Every traversal uses explicit stacks or queues: no recursion, so graphs of any depth are safe.
 */
package dev.stagecraft.analysis;
