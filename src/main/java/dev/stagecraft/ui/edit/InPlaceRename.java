package dev.stagecraft.ui.edit;

import dev.stagecraft.ui.canvas.GraphCanvas;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.ui.style.Styles;
import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Names a component in place (F2, double-click): a text field over its box holding the component's display name.
 * Enter commits one command through {@link EditActions#setDisplayName} (the id stays; see there for the one case
 * where it follows the name); a refusal keeps the field open and says why. Esc or clicking elsewhere cancels. The
 * id itself is edited in the inspector.
 */
public final class InPlaceRename {
    private final GraphCanvas canvas;
    private final EditOverlay overlay;
    private final EditActions actions;
    private final TextField field = new TextField();
    private String editing;

    public InPlaceRename(GraphCanvas canvas, EditOverlay overlay, EditActions actions) {
        this.canvas = canvas;
        this.overlay = overlay;
        this.actions = actions;
        field.setId("rename-field");
        field.getStyleClass().add(Styles.RENAME_FIELD);
        field.setVisible(false);
        field.setManaged(false);
        overlay.fieldLayer().getChildren().add(field);
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && editing != null) {
                close();
            }
        });
        field.textProperty().addListener((o, was, now) -> field.getStyleClass().remove(Styles.INVALID));
    }

    /** Opens the field over the component's box, its display name selected. */
    public void start(String id) {
        Diagram d = canvas.diagramProperty().get();
        int i = d == null ? -1 : d.indexOf(id);
        if (i < 0) {
            return;
        }
        Viewport v = canvas.viewportProperty().get();
        if (!v.visibleWorld().intersects(d.left(i), d.top(i), d.left(i) + d.width(i), d.top(i) + d.height(i))) {
            canvas.centerOn(id);
            v = canvas.viewportProperty().get();
        }
        editing = id;
        double w = Math.max(160, d.width(i) * v.scale());
        field.setText(actions.displayName(id));
        field.resizeRelocate(v.toScreenX(d.centerX(i)) - w / 2, v.toScreenY(d.centerY(i)) - 16, w, 32);
        field.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    private void commit() {
        String id = editing;
        Optional<String> refusal = actions.setDisplayName(id, field.getText());
        if (refusal.isPresent()) {
            if (!field.getStyleClass().contains(Styles.INVALID)) {
                field.getStyleClass().add(Styles.INVALID);
            }
            overlay.showMessage(refusal.get());
            return;
        }
        close();
    }

    private void close() {
        editing = null;
        field.setVisible(false);
        canvas.requestFocus();
    }
}
