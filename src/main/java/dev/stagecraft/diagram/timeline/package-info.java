/**
 * The plan as a Gantt chart, without JavaFX: the same picture in the window's Plan panel and in
 * {@code stagecraft render FILE --timeline}.
 *
 * <ul>
 * <li><b>Row</b>: one step of the plan, in the plan's file order (by wave, longest tail first), so the rows of
 *     one <b>wave</b> of the plan sit together in a band.</li>
 * <li><b>Bar</b>: a step from its {@code startMinute} to its {@code endMinute}, split into its canary
 *     <b>stages</b>; each stage is its deploy part then its <b>bake</b> part (shaded), by the one step timing
 *     of DESIGN.md ({@link dev.stagecraft.model.StepTiming}).</li>
 * <li><b>Bar colour</b>: the map's wave colour of the step's components (the waves mode of the map), so a
 *     component has one colour on the map and on the timeline.</li>
 * <li><b>Critical path</b>: the plan's ({@link dev.stagecraft.plan.PlanCriticalPath}), outlined and linked.</li>
 * <li><b>Playhead</b>: an optional minute marked by a vertical line, for a replay to move.</li>
 * <li><b>Frame</b> ({@link dev.stagecraft.diagram.timeline.TimelineFrame}): where the chart is looked at:
 *     minutes to pixels, the scroll position, text size; it answers hit tests (minute at x, step at a point).</li>
 * </ul>
 * Only the rows in view are painted, so a 20,000-step plan costs what its visible rows cost.
 */
package dev.stagecraft.diagram.timeline;
