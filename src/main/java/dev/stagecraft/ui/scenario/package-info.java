/**
 * Simulation in the window: the scenario to simulate and the replay of its run on the map.
 *
 * <ul>
 * <li><b>Scenario</b> ({@link dev.stagecraft.ui.scenario.ScenarioViewModel}): bad versions ("fail its new version
 *     at stage K / from minute M"), faults ("down from minute A to B"), the on-failure policy and the detection
 *     minutes, as a {@link dev.stagecraft.model.SavedScenario}; saved with the graph (the file's
 *     {@code scenarios:} section, edits undoable) only when the user asks. {@link
 *     dev.stagecraft.ui.scenario.ScenarioActions} asks for the numbers and makes the edits.</li>
 * <li><b>Replay</b> ({@link dev.stagecraft.ui.scenario.ReplayViewModel}): the engine's one run of the scenario
 *     on the latest analysed revision, computed in the background, its event log, and a playhead minute that
 *     plays, pauses, steps from event to event and scrubs; at each minute the map's colours come from
 *     {@link dev.stagecraft.simulation.Replay#stateAt}.</li>
 * <li><b>The tab</b> ({@link dev.stagecraft.ui.scenario.ScenarioPanel}): the scenario's entries, the transport
 *     bar and the event log.</li>
 * </ul>
 */
package dev.stagecraft.ui.scenario;
