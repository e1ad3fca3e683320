/**
 * Monte Carlo in the window (Simulate → Monte Carlo…): the engine's seeded batch
 * ({@link dev.stagecraft.simulation.MonteCarlo}) run on the document's latest revision off the JavaFX thread,
 * shown as the engine's numbers and JavaFX charts, compared with a second variant and exported as the engine's
 * report.
 *
 * <ul>
 * <li><b>batch</b> — runs and a seed: the same ones give the same numbers as {@code stagecraft simulate FILE
 *     --runs N --seed S}, whatever the threads.</li>
 * <li><b>variant</b> — one plan simulated on the seed: the document at its max-parallel, and, in a comparison,
 *     the same graph at another max-parallel or another graph file (common random numbers: the same components
 *     are bad in both). Differences (Δ) are the second minus the first.</li>
 * <li><b>stale</b> — the graph was edited since the batch ran; the numbers stay, marked, until Run.</li>
 * </ul>
 *
 * {@link dev.stagecraft.ui.simulate.SimulationViewModel} holds the fields and the state (tested without a stage);
 * {@link dev.stagecraft.ui.simulate.SimulationPanel} binds to it; {@link dev.stagecraft.ui.simulate.SimulationWindow}
 * puts the panel in a window of its own.
 */
package dev.stagecraft.ui.simulate;
