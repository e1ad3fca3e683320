/**
 * The panels under the canvas, each following the open document as it is edited.
 *
 * <ul>
 * <li><b>Findings panel</b> ({@link dev.stagecraft.ui.panels.FindingsPanel}): the findings of reading and
 *     validating the graph, one row each (severity, code, message, line:column); choosing a row hands the
 *     finding to the window, which selects one of its subjects and brings it into view.</li>
 * <li><b>Plan panel</b> ({@link dev.stagecraft.ui.panels.PlanPanel}): the rollout plan of the graph: the
 *     max-parallel setting and the summary above the plan's timeline ({@code ui.timeline}), the plan's YAML on
 *     demand, export, and the Enlarge and Detach buttons (the window places the panel); rebuilt off the JavaFX
 *     thread a short while after the last edit, while the panel is shown. Clicking a bar hands its step's
 *     components to the window; the window's selected components mark their bars.</li>
 * </ul>
 */
package dev.stagecraft.ui.panels;
