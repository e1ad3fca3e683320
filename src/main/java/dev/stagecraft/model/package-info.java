/**
 * The service graph and its words.
 *
 * <ul>
 * <li><b>Component</b>: a service, database, queue, cache, config store, gateway, external API, job or library.</li>
 * <li><b>Dependency</b>: {@code from} depends on {@code to}; {@code to} must be upgraded first and its failure
 *     reaches {@code from}. <b>Hard</b> dependencies turn a failure into an outage, <b>soft</b> ones into degradation.</li>
 * <li><b>Change group</b>: components that must advance together.</li>
 * <li><b>Changing</b>: a component that is part of this release.</li>
 * <li><b>Rollout</b>: how a component advances: canary <b>stages</b> (percent of traffic), <b>bake</b> minutes,
 *     <b>gates</b> (health checks), rollback steps.</li>
 * <li><b>Finding</b>: a problem found while reading or by a validation rule, with a severity and a place.</li>
 * </ul>
 * No JavaFX and no file formats here.
 */
package dev.stagecraft.model;
