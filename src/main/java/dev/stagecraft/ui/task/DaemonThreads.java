package dev.stagecraft.ui.task;

import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * A plain {@link Executor} for work with no progress to show and no result to hand to the JavaFX thread
 * (the first spatial index of a large diagram, taken by whoever needs it): each piece on its own daemon
 * thread named for it, so the window never waits on a shared pool and closing it never waits on the
 * work. The same-thread double is {@code Runnable::run}. Work with progress and cancel goes through
 * {@link TaskExecutor}, which starts its threads here too.
 */
public final class DaemonThreads implements Executor {
    private final String name;
    private final long startDelayMillis;

    /** @param name what the threads do, e.g. "spatial index" (named {@code stagecraft-spatial-index}) */
    public DaemonThreads(String name) {
        this(name, 0);
    }

    /**
     * Threads that wait {@code startDelayMillis} before they start the work: for work that should leave the cores
     * to the frame being painted and the analysis of an edit first (the spatial index of the edited diagram, which
     * whoever needs it sooner builds itself).
     */
    public DaemonThreads(String name, long startDelayMillis) {
        this.name = "stagecraft-" + name.toLowerCase(Locale.ROOT).replace(' ', '-');
        this.startDelayMillis = startDelayMillis;
    }

    @Override
    public void execute(Runnable work) {
        Runnable run = startDelayMillis <= 0 ? work : () -> {
            try {
                Thread.sleep(startDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // nobody interrupts these; if so, start at once
            }
            work.run();
        };
        Thread thread = new Thread(run, name);
        thread.setDaemon(true);
        thread.start();
    }
}
