package dev.stagecraft.ui.file;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Runs {@code write} on the JavaFX thread every {@code interval} while {@code dirty} says there is
 * unsaved work. The interval is a parameter so a test can use milliseconds instead of the 30 s default.
 */
public final class Autosave {
    public static final Duration DEFAULT_INTERVAL = Duration.seconds(30);

    private final Timeline timer;

    public Autosave(Duration interval, java.util.function.BooleanSupplier dirty, Runnable write) {
        timer = new Timeline(new KeyFrame(interval, e -> {
            if (dirty.getAsBoolean()) {
                write.run();
            }
        }));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        timer.play();
    }

    public void stop() {
        timer.stop();
    }
}
