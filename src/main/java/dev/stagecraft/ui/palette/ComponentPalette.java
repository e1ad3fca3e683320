package dev.stagecraft.ui.palette;

import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.ui.canvas.GraphCanvas;
import dev.stagecraft.ui.edit.EditActions;
import dev.stagecraft.ui.render.FxSurface;
import dev.stagecraft.ui.render.FxTextMeasurer;
import dev.stagecraft.diagram.Icons;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Rgb;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.ui.style.Styles;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The component palette at the left: one entry per kind, with its icon. Drag an entry onto the canvas
 * to add a component there; click it to add one in the middle of the view.
 */
public final class ComponentPalette extends VBox {
    private static final double ICON = 24;

    public ComponentPalette(GraphCanvas canvas, EditActions actions, ObjectProperty<Palette> colours) {
        getStyleClass().add(Styles.COMPONENT_PALETTE);
        setId("component-palette");
        Label title = new Label("Add");
        title.getStyleClass().add(Styles.INSPECTOR_TITLE);
        getChildren().add(title);
        FxTextMeasurer measurer = new FxTextMeasurer();
        for (ComponentKind kind : ComponentKind.values()) {
            Canvas icon = new Canvas(ICON, ICON);
            Runnable paint = () -> {
                icon.getGraphicsContext2D().clearRect(0, 0, ICON, ICON);
                Rgb ink = colours.get() == null ? Icons.ink() : colours.get().get(Palette.Token.TEXT);
                Icons.paintKind(new FxSurface(icon.getGraphicsContext2D(), measurer), kind, 0, 0, ICON, ink);
            };
            paint.run();
            colours.addListener((o, was, now) -> paint.run());
            String name = kind.id().substring(0, 1).toUpperCase(Locale.ROOT) + kind.id().substring(1);
            HBox entry = new HBox(icon, new Label(name));
            entry.getStyleClass().add(Styles.PALETTE_ENTRY);
            entry.setId("palette-" + kind.id());
            Tooltip.install(entry, new Tooltip("Drag onto the canvas to add a " + kind.id() + " (click: add in the middle)"));
            entry.setCursor(Cursor.OPEN_HAND);
            entry.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> entry.setCursor(Cursor.CLOSED_HAND));
            entry.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
                entry.setCursor(Cursor.OPEN_HAND);
                Point2D local = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
                if (canvas.getLayoutBounds().contains(local)) {
                    Viewport v = canvas.viewportProperty().get();
                    actions.addComponentAt(kind, v.toWorldX(local.getX()), v.toWorldY(local.getY()));
                    canvas.requestFocus();
                } else if (entry.getLayoutBounds().contains(e.getX(), e.getY())) {
                    actions.addComponent(kind);
                    canvas.requestFocus();
                }
            });
            getChildren().add(entry);
        }
    }
}
