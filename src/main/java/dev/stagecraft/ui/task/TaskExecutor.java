package dev.stagecraft.ui.task;

import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands the result back on it. The one way the window does slow work
 * (layout, plans), so a test can swap in {@link SameThreadExecutor}.
 */
public interface TaskExecutor {
    /** What the work sees: whether it was cancelled, and a place to report progress. */
    interface Progress {
        boolean isCancelled();

        /** @param fraction 0..1, or negative for "unknown" */
        void update(double fraction, String message);
    }

    /** The work itself; runs on a background thread, must not touch the scene or the model. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /**
     * Starts {@code work}; exactly one of {@code onDone}/{@code onFailed} runs later on the UI thread, none when
     * the work was cancelled.
     */
    <T> void submit(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed);

    /** Cancels the running work, if any. */
    void cancel();

    /**
     * For an {@code onFailed} whose work throws nothing it expects: the failure is a bug, so after saying
     * so where the user looks, hand it to the thread's uncaught-exception handler (in the window, the
     * last-resort handler: recovery file, log, dialog with the stack trace) instead of hiding it.
     */
    static void reportUnexpected(Throwable failure) {
        Thread thread = Thread.currentThread();
        thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
    }
}
