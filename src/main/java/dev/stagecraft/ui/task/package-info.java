/**
 * Background work: the only place the window starts threads. {@link dev.stagecraft.ui.task.TaskExecutor}
 * for work with progress, cancel and a result handed back on the JavaFX thread (its JavaFX
 * implementation is one lane: a new piece cancels the old one; the same-thread double is
 * {@link dev.stagecraft.ui.task.SameThreadExecutor}), and {@link dev.stagecraft.ui.task.DaemonThreads} for
 * plain work nobody waits for on the JavaFX thread (double: {@code Runnable::run}). A failure the work does
 * not expect is a bug: {@link dev.stagecraft.ui.task.TaskExecutor#reportUnexpected} hands it to the
 * last-resort handler.
 */
package dev.stagecraft.ui.task;
