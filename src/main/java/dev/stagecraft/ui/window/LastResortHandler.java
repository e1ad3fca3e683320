package dev.stagecraft.ui.window;

import dev.stagecraft.ui.style.Styles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/**
 * What happens to an exception nobody caught, on the JavaFX thread or any other: a bug, since expected
 * problems are caught where they happen. First the user's work is written to the recovery directory
 * (offered again at the next start), then the exception is logged once, then a dialog says so in one
 * line with the stack trace folded away under "Show details".
 *
 * <p>It never loops: an exception inside the handler, or one arriving while its dialog is open, is only
 * logged. No dialog is shown while the window is not on screen (a headless test without a stage, or the
 * window already closed).
 */
public final class LastResortHandler implements Thread.UncaughtExceptionHandler {
    /** Writes the user's work aside and says where. */
    @FunctionalInterface
    public interface Recovery {
        Path save() throws IOException;
    }

    private static final Logger LOG = Logger.getLogger(LastResortHandler.class.getName());

    private final Stage owner;
    private final Recovery recovery;
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread fxThread;
    private Thread.UncaughtExceptionHandler previousFx;
    /** On the JavaFX thread: an exception is being handled (a second one inside it is only logged). */
    private boolean handling;
    private Alert shown;

    public LastResortHandler(Stage owner, Recovery recovery) {
        this.owner = owner;
        this.recovery = recovery;
    }

    /** The handler for the window: its recovery directory, its stage. */
    public static LastResortHandler forWindow(MainWindow window) {
        return new LastResortHandler(window.stage(), window::saveRecovery);
    }

    /**
     * Becomes the default handler of every thread and the handler of the JavaFX thread. Call on the
     * JavaFX thread, when the window starts.
     */
    public LastResortHandler install() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("install the last-resort handler on the JavaFX thread");
        }
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        fxThread = Thread.currentThread();
        previousFx = fxThread.getUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(this);
        fxThread.setUncaughtExceptionHandler(this);
        return this;
    }

    /** Puts back the handlers found by {@link #install()} (tests run many windows in one JVM). */
    public void uninstall() {
        if (fxThread != null) {
            Thread.setDefaultUncaughtExceptionHandler(previousDefault);
            fxThread.setUncaughtExceptionHandler(previousFx == fxThread.getThreadGroup() ? null : previousFx);
            fxThread = null;
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable problem) {
        if (Platform.isFxApplicationThread()) {
            handle(thread, problem);
            return;
        }
        try {
            Platform.runLater(() -> handle(thread, problem));
        } catch (IllegalStateException toolkitGone) {
            LOG.log(Level.SEVERE, "Uncaught exception in thread " + thread.getName(), problem);
        }
    }

    /** On the JavaFX thread. Catches everything: this is the handler of last resort and must not throw. */
    private void handle(Thread thread, Throwable problem) {
        if (handling || shown != null && shown.isShowing()) {
            LOG.log(Level.SEVERE, "Uncaught exception in thread " + thread.getName()
                    + " while an earlier one is being reported", problem);
            return;
        }
        handling = true;
        try {
            Path saved = null;
            String notSaved = null;
            try {
                saved = recovery.save();
            } catch (IOException | RuntimeException e) {
                notSaved = e.getMessage();
                LOG.log(Level.SEVERE, "The work could not be written to the recovery directory", e);
            }
            LOG.log(Level.SEVERE, "Uncaught exception in thread " + thread.getName()
                    + (saved != null ? "; the work was saved to " + saved : ""), problem);
            if (owner != null && owner.isShowing()) {
                shown = dialog(problem, saved, notSaved);
                shown.show();
            }
        } catch (RuntimeException | Error inside) {
            LOG.log(Level.SEVERE, "The last-resort handler failed while reporting an exception", inside);
        } finally {
            handling = false;
        }
    }

    private Alert dialog(Throwable problem, Path saved, String notSaved) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Stagecraft: unexpected error");
        alert.setHeaderText("Something went wrong inside Stagecraft: " + oneLine(problem));
        alert.setContentText(saved != null
                ? "Your work was saved to " + saved + ". It is offered again the next time Stagecraft starts."
                : "Your work could not be saved aside (" + notSaved + "); save it under a new name if you can.");
        TextArea details = new TextArea(stackTrace(problem));
        details.setId("last-resort-details");
        details.setEditable(false);
        details.getStyleClass().add(Styles.MONOSPACE_TEXT);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setId("last-resort-dialog");
        return alert;
    }

    private static String oneLine(Throwable problem) {
        String message = problem.getMessage();
        String text = problem.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end) + "\u2026";
    }

    private static String stackTrace(Throwable problem) {
        StringWriter out = new StringWriter();
        problem.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
