/**
 * Revisions: what the window derives from a graph, computed once per revision and off the UI thread.
 * A {@link dev.stagecraft.revision.Revision} is an immutable copy of the graph at one revision with its one shared
 * {@link dev.stagecraft.analysis.GraphAnalysis} (units, waves, critical path, blast-radius index, findings) and its
 * plans; a {@link dev.stagecraft.revision.RevisionFollower} keeps a copy of the edited graph in step by replaying the
 * model's change events, and turns it into the next revision on a worker thread. No JavaFX here: the window's
 * {@code ui.document} view models drive it through the task executor.
 */
package dev.stagecraft.revision;
