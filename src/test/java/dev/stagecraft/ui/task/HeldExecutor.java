package dev.stagecraft.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link TaskExecutor} that holds the submitted work until a test runs it: work "still running". Each entry of
 * {@link #finishes} runs one submission (on the calling thread) and hands its result to {@code onDone}; a cancel
 * is only counted, so a test can also deliver a cancelled submission's late result.
 */
public final class HeldExecutor implements TaskExecutor {
    public final List<Runnable> finishes = new ArrayList<>();
    public int cancels;
    private int released;

    @Override
    public <T> void submit(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        finishes.add(() -> {
            try {
                onDone.accept(work.run(new Progress() {
                    @Override
                    public boolean isCancelled() {
                        return false;
                    }

                    @Override
                    public void update(double fraction, String message) {
                        // not shown
                    }
                }));
            } catch (Exception e) {
                onFailed.accept(e);
            }
        });
    }

    @Override
    public void cancel() {
        cancels++;
    }

    /** Whether some submission has not been run by {@link #release} yet. */
    public boolean holding() {
        return released < finishes.size();
    }

    /** Runs, in order, every submission not run by an earlier call. */
    public void release() {
        while (released < finishes.size()) {
            finishes.get(released++).run();
        }
    }
}
