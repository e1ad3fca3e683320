package dev.stagecraft.ui.task;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/** Runs work at once on the calling thread: a test double for {@link TaskExecutor}, deterministic and synchronous. */
public final class SameThreadExecutor implements TaskExecutor {
    private int submitted;

    @Override
    public <T> void submit(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        submitted++;
        Progress none = new Progress() {
            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void update(double fraction, String message) {
                // nothing to show
            }
        };
        T result;
        try {
            result = work.run(none);
        } catch (CancellationException e) {
            return;
        } catch (Exception e) {
            onFailed.accept(e);
            return;
        }
        onDone.accept(result);
    }

    @Override
    public void cancel() {
        // work has always finished already
    }

    /** How many pieces of work were submitted (for tests). */
    public int submitted() {
        return submitted;
    }
}
