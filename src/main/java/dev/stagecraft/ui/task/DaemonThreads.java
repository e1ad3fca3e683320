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

    /** @param name what the threads do, e.g. "spatial index" (named {@code stagecraft-spatial-index}) */
    public DaemonThreads(String name) {
        this.name = "stagecraft-" + name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    @Override
    public void execute(Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
