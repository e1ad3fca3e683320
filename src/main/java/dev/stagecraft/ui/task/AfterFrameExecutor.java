package dev.stagecraft.ui.task;

import java.util.function.Consumer;

/**
 * Starts work only after the next frame is painted, through another executor: for the analysis of an edit, so
 * that on a machine with two cores the frame showing the edit is painted first (at 20,000 components that frame
 * is drawn by two threads, and an analysis started at once took one of the cores from it), and the results
 * follow a frame later. Submissions made before that frame collapse into the last one, which is what the inner
 * executor would have kept anyway: a newer submission cancels an older one there.
 */
public final class AfterFrameExecutor implements TaskExecutor {
    private final TaskExecutor inner;
    private final Consumer<Runnable> afterNextFrame;
    private Runnable waiting;

    /**
     * @param afterNextFrame runs what it is given once, on the UI thread, after the next frame (the window: a
     *                       one-shot listener after the next pulse's layout, with a pulse requested)
     */
    public AfterFrameExecutor(TaskExecutor inner, Consumer<Runnable> afterNextFrame) {
        this.inner = inner;
        this.afterNextFrame = afterNextFrame;
    }

    @Override
    public <T> void submit(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        boolean scheduled = waiting != null;
        waiting = () -> inner.submit(title, work, onDone, onFailed);
        if (!scheduled) {
            afterNextFrame.accept(() -> {
                Runnable start = waiting;
                waiting = null;
                if (start != null) {
                    start.run();
                }
            });
        }
    }

    @Override
    public void cancel() {
        waiting = null;
        inner.cancel();
    }
}
