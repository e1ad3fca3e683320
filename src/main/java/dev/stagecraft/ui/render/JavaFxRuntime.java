package dev.stagecraft.ui.render;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit without a window system for offscreen drawing ({@code render}): Monocle's
 * headless platform with the software pipeline, so a PNG is drawn by exactly the code the window uses,
 * on a machine with no display. Properties already set (the test runner sets the same ones) are kept.
 */
public final class JavaFxRuntime {
    /** Held so the logger, and the level set on it, outlive the call (JUL keeps loggers weakly). */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    private JavaFxRuntime() {
    }

    /**
     * Silences JavaFX's start-up warning "Unsupported JavaFX configuration: classes were loaded from
     * 'unnamed module'". Stagecraft runs JavaFX from the class path on purpose (a plain {@code java -jar},
     * no module path to set up); the warning would only alarm users. Other warnings still show.
     */
    public static void quietClassPathWarning() {
        PLATFORM_LOG.setFilter(r -> !(r.getMessage() != null
                && r.getMessage().startsWith("Unsupported JavaFX configuration")));
    }

    /** Starts the toolkit headless unless it already runs. Idempotent. */
    public static void startHeadless() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        quietClassPathWarning();
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit is up (a test runner or an earlier call started it): use it as it is
        }
        Platform.setImplicitExit(false);
    }

    /** Runs the task on the JavaFX application thread and waits for its result. */
    public static <T> T onFxThread(Callable<T> task) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return task.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw (Error) e.getCause();
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
