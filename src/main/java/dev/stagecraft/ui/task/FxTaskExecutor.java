package dev.stagecraft.ui.task;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * {@link TaskExecutor} on {@link javafx.concurrent.Task}: one piece of work at a time on a daemon thread
 * (a new submit cancels the old one), with running/progress/message properties for the status bar.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Task<?> current;

    @Override
    public <T> void submit(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        cancel();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title + "\u2026");
                return work.run(new Progress() {
                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }

                    @Override
                    public void update(double fraction, String text) {
                        updateProgress(fraction < 0 ? -1 : fraction, fraction < 0 ? -1 : 1);
                        updateMessage(text);
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        current = task;
        running.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            finished(task);
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            if (!(task.getException() instanceof CancellationException)) {
                onFailed.accept(task.getException());
            }
        });
        task.setOnCancelled(e -> finished(task));
        new DaemonThreads(title).execute(task);
    }

    private void finished(Task<?> task) {
        if (current == task) {
            current = null;
            progress.unbind();
            message.unbind();
            running.set(false);
        }
    }

    @Override
    public void cancel() {
        if (current != null) {
            Task<?> t = current;
            t.cancel(false);
            finished(t);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
