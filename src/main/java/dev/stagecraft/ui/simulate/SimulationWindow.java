package dev.stagecraft.ui.simulate;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Monte Carlo window (Simulate → Monte Carlo…): the {@link SimulationPanel} in a window of its own beside the
 * map, so that its charts get room; it follows the main window's theme and text size. F11 shows it full screen
 * with the text at least the presentation size, as the main window's presentation mode does. Closing it only
 * hides it: the fields and the last result stay for the next time.
 */
public final class SimulationWindow {
    public static final double WIDTH = 1200;
    public static final double HEIGHT = 780;
    /** Share of a large screen the window takes each way (at least {@link #WIDTH}×{@link #HEIGHT}, at most the screen). */
    static final double SCREEN_SHARE = 0.8;

    private final Window owner;
    private final SimulationPanel panel;
    private final ObservableList<String> styleSheets;
    private final ObservableDoubleValue textPixels;
    private final double presentingPixels;
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting");
    private Stage stage;

    /**
     * @param styleSheets      the main window's (theme first), followed as they change
     * @param textPixels       the main window's text size in pixels
     * @param presentingPixels the least text size full screen
     */
    public SimulationWindow(Window owner, SimulationPanel panel, ObservableList<String> styleSheets,
                            ObservableDoubleValue textPixels, double presentingPixels) {
        this.owner = owner;
        this.panel = panel;
        this.styleSheets = styleSheets;
        this.textPixels = textPixels;
        this.presentingPixels = presentingPixels;
    }

    /** Shows the window (made on first use) and brings it to the front. */
    public void show() {
        if (stage == null) {
            stage = build();
        }
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** The window's stage, null before the first {@link #show}. */
    public Stage stage() {
        return stage;
    }

    public SimulationPanel panel() {
        return panel;
    }

    private Stage build() {
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle("Monte Carlo \u2014 Stagecraft");
        if (owner instanceof Stage o) {
            s.getIcons().setAll(o.getIcons());
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(panel, Math.min(screen.getWidth(), Math.max(WIDTH, screen.getWidth() * SCREEN_SHARE)),
                Math.min(screen.getHeight(), Math.max(HEIGHT, screen.getHeight() * SCREEN_SHARE)));
        Bindings.bindContent(scene.getStylesheets(), styleSheets);
        panel.styleProperty().bind(Bindings.createStringBinding(() -> "-fx-font-size: "
                + (presenting.get() ? Math.max(presentingPixels, textPixels.get()) : textPixels.get()) + "px;",
                presenting, textPixels));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F11) {
                s.setFullScreen(!s.isFullScreen());
                e.consume();
            }
        });
        s.setFullScreenExitHint("F11 or Esc to leave full screen");
        s.setScene(scene);
        presenting.bind(s.fullScreenProperty());
        panel.presentingProperty().bind(presenting);
        return s;
    }
}
