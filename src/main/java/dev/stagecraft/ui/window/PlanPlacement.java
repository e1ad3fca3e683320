package dev.stagecraft.ui.window;

import dev.stagecraft.ui.panels.PlanPanel;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Where the plan panel is: in its tab under the map (choosing the tab gives it the room its timeline needs, the map
 * keeping at least {@value #ROOMY_MAP_SHARE} of the height; choosing Findings gives the usual share back), enlarged (as tall as its whole timeline needs, the map
 * keeping at least {@value #ENLARGED_MAP_SHARE} of the height above it), or detached into a window of its own that follows the main window's theme and text size;
 * closing that window puts the panel back in its tab. The panel builds plans while it is on screen in any of these
 * places.
 */
final class PlanPlacement {
    /** Share of the height the map keeps above an enlarged plan panel. */
    static final double ENLARGED_MAP_SHARE = 0.36;
    /** Share of the height the map keeps at least when the Plan tab is chosen. */
    static final double ROOMY_MAP_SHARE = 0.5;
    /**
     * Share the map keeps at least above an enlarged plan while presenting: the room reads the map too, and the
     * presented text is larger, so the timeline would otherwise take nearly all of it (the map shrank to 17 % at
     * 1280x800); the timeline scrolls what does not fit.
     */
    static final double PRESENTED_MAP_SHARE = 0.5;

    private final PlanPanel panel;
    private final Tab tab;
    private final TabPane panels;
    private final SplitPane split;
    private final double normalDivider;
    private final Runnable showPanels;
    private final java.util.function.BooleanSupplier presenting;
    private final Label away = new Label("The plan is in a window of its own.");
    private Stage window;
    /** Keeps the detached window's style sheets (the theme) those of the main window. */
    private javafx.collections.ListChangeListener<String> themeFollower;

    PlanPlacement(PlanPanel panel, Tab tab, TabPane panels, SplitPane split, double normalDivider,
                  Runnable showPanels, java.util.function.BooleanSupplier presenting, Stage owner, Parent mainRoot) {
        this.presenting = presenting;
        this.panel = panel;
        this.tab = tab;
        this.panels = panels;
        this.split = split;
        this.normalDivider = normalDivider;
        this.showPanels = showPanels;
        tab.selectedProperty().addListener((o, was, now) -> {
            panel.setActive(now || window != null);
            if (!isEnlarged() && split.getItems().contains(panels)) {
                // the Plan tab takes the room its timeline needs (the map keeping half); Findings gives it back
                javafx.application.Platform.runLater(() -> split.setDividerPositions(now ? roomyDivider() : normalDivider));
            }
        });
        panel.setActive(tab.isSelected());
        panel.enlargedProperty().addListener((o, was, now) -> enlarge(now));
        // larger text (presentation mode, View > text size) needs more room for the same rows
        panel.timeline().textSizeProperty().addListener((o, was, now) -> {
            if (isEnlarged()) {
                javafx.application.Platform.runLater(() -> enlarge(true));
            }
        });
        // enlarged before its first plan was built: the room it needs is known once the plan is there
        panel.timeline().layoutProperty().addListener((o, was, now) -> {
            if (was == null && now != null && isEnlarged()) {
                javafx.application.Platform.runLater(() -> enlarge(true));
            } else if (was == null && now != null && tab.isSelected() && split.getItems().contains(panels)) {
                javafx.application.Platform.runLater(() -> split.setDividerPositions(roomyDivider()));
            }
        });
        panel.detachedProperty().addListener((o, was, now) -> {
            if (now) {
                detach(owner, mainRoot);
            } else {
                attach();
            }
        });
    }

    boolean isEnlarged() {
        return panel.enlargedProperty().get();
    }

    void toggleEnlarged() {
        panel.enlargedProperty().set(!panel.enlargedProperty().get());
    }

    /** Whether the plan is in its own window. */
    boolean isDetached() {
        return window != null;
    }

    private void enlarge(boolean on) {
        if (on) {
            panel.detachedProperty().set(false);
            showPanels.run();
            panels.getSelectionModel().select(tab);
        }
        if (split.getItems().contains(panels)) {
            split.setDividerPositions(on ? enlargedDivider() : normalDivider);
        }
    }

    /**
     * Where the divider goes for an enlarged plan: as low as shows the whole timeline (the map keeps the rest), but
     * the map keeps at most 1 - 0.3 and at least {@value #ENLARGED_MAP_SHARE} of the height
     * ({@value #PRESENTED_MAP_SHARE} while presenting).
     */
    double enlargedDivider() {
        return dividerFor(presenting.getAsBoolean() ? PRESENTED_MAP_SHARE : ENLARGED_MAP_SHARE);
    }

    /** Where the divider goes when the Plan tab is chosen: room for the whole timeline, the map keeping half. */
    double roomyDivider() {
        return dividerFor(ROOMY_MAP_SHARE);
    }

    /**
     * The divider that shows the whole timeline, with the map keeping at least {@code mapShare} of the height and the
     * panels at least their usual share.
     */
    private double dividerFor(double mapShare) {
        double total = split.getHeight();
        if (total <= 0 || panel.getHeight() <= 0) {
            return Math.min(normalDivider, mapShare);
        }
        double chrome = Math.max(0, panels.getHeight() - panel.getHeight()) + 8;
        double wanted = (panel.prefHeight(panel.getWidth()) + chrome) / total;
        return 1 - Math.max(1 - normalDivider, Math.min(1 - mapShare, wanted));
    }

    private void detach(Stage owner, Parent mainRoot) {
        panel.enlargedProperty().set(false);
        Button back = new Button("Bring it back");
        back.setId("plan-attach");
        back.setOnAction(e -> panel.detachedProperty().set(false));
        VBox placeholder = new VBox(8, away, back);
        placeholder.setStyle("-fx-padding: 1em;");
        tab.setContent(placeholder);
        window = new Stage();
        window.initOwner(owner);
        window.titleProperty().bind(owner.titleProperty().concat(" \u2014 plan"));
        Scene scene = new Scene(panel, Math.max(900, owner.getWidth() * 0.8), Math.max(420, owner.getHeight() * 0.5));
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        themeFollower = c -> scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        owner.getScene().getStylesheets().addListener(themeFollower);
        panel.styleProperty().bind(mainRoot.styleProperty());
        panel.getStyleClass().add(dev.stagecraft.ui.style.Styles.MAIN_WINDOW);
        window.setScene(scene);
        window.setOnHidden(e -> panel.detachedProperty().set(false));
        panel.setActive(true);
        window.show();
    }

    private void attach() {
        Stage w = window;
        if (w == null) {
            return;
        }
        window = null;
        ((Stage) w.getOwner()).getScene().getStylesheets().removeListener(themeFollower);
        w.setOnHidden(null);
        w.close();
        w.getScene().setRoot(new javafx.scene.layout.Pane());
        panel.styleProperty().unbind();
        panel.setStyle("");
        panel.getStyleClass().remove(dev.stagecraft.ui.style.Styles.MAIN_WINDOW);
        tab.setContent(panel);
        panel.setActive(tab.isSelected());
    }
}
