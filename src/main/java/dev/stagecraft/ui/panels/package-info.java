/**
 * The panels under the canvas, each following the open document as it is edited.
 *
 * <ul>
 * <li><b>Findings panel</b> ({@link dev.stagecraft.ui.panels.FindingsPanel}): the findings of reading and
 *     validating the graph, one row each (severity, code, message, line:column); choosing a row hands the
 *     finding to the window, which selects one of its subjects and brings it into view.</li>
 * <li><b>Plan panel</b> ({@link dev.stagecraft.ui.panels.PlanPanel}): the rollout plan of the graph: steps
 *     grouped by wave, the summary, the max-parallel setting and the plan's YAML, with export; rebuilt off the
 *     JavaFX thread a short while after the last edit, while the panel is shown. Choosing a step hands its
 *     components to the window.</li>
 * </ul>
 */
package dev.stagecraft.ui.panels;
