package dev.stagecraft.ui.canvas;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.Viewport;
import java.util.List;
import java.util.Map;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The canvas's mouse input: turns JavaFX mouse and wheel events on the {@link GraphCanvas} into the
 * {@link GestureMachine}'s presses, drags and releases, and is the machine's {@link GestureMachine.View} of the
 * canvas (hit testing, viewport, live positions). Events are taken on the canvas region itself, in its
 * coordinates, which are the viewport's screen coordinates even while a scaled old picture is shown. It also
 * watches whether Space is held (Space + drag pans) and passes hovering on to the reactions.
 */
final class CanvasInput implements GestureMachine.View {
    private final GraphCanvas canvas;
    private final GestureMachine machine = new GestureMachine(this);
    private final EventHandler<KeyEvent> spaceWatch = e -> {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = e.getEventType() == KeyEvent.KEY_PRESSED;
        }
    };
    private boolean spaceDown;
    /** A context menu was opened for the current right-button click (by the platform's request or its release). */
    private boolean menuThisClick;

    CanvasInput(GraphCanvas canvas) {
        this.canvas = canvas;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> machine.drag(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            machine.release(e.getX(), e.getY(), e.getButton());
            secondaryReleased(e);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> machine.reactions().hovered(
                CanvasHits.collapsedAt(diagram(), viewport(), e.getX(), e.getY(), canvas.collapsedSystems()) >= 0 ? null
                        : CanvasHits.componentAt(diagram(), viewport(), e.getX(), e.getY()), e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> machine.reactions().left());
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (machine.scroll(e.getX(), e.getY(), e.getDeltaY())) {
                e.consume();
            }
        });
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::menuRequested);
        canvas.sceneProperty().addListener((o, was, now) -> watchSpace(was, now));
    }

    /**
     * A context menu over what is drawn at the point; not while a gesture is under way (a second button then).
     * Platforms ask for it on the right button's press (Linux, macOS) or release (Windows), and some (the headless
     * Monocle of the tests) never: so a right-button release opens it too, once per click.
     */
    private void menuRequested(ContextMenuEvent e) {
        e.consume();
        if (e.isKeyboardTrigger() || !menuThisClick) {
            openMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
        }
        menuThisClick = true;
    }

    private void secondaryReleased(MouseEvent e) {
        if (e.getButton() == MouseButton.SECONDARY && !menuThisClick && canvas.contains(e.getX(), e.getY())) {
            openMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            menuThisClick = true;
        }
    }

    private void openMenu(double x, double y, double screenX, double screenY) {
        if (machine.busy()) {
            return;
        }
        PointerTarget t = targetAt(x, y);
        Viewport v = viewport();
        if (t instanceof PointerTarget.System system) {
            machine.reactions().systemMenuRequested(system.system(), system.members(), screenX, screenY);
            return;
        }
        machine.reactions().menuRequested(t instanceof PointerTarget.Node n ? n.component() : null,
                t instanceof PointerTarget.Edge edge ? edge.dependency() : null, v.toWorldX(x), v.toWorldY(y),
                screenX, screenY);
    }

    void setReactions(GestureReactions reactions) {
        machine.setReactions(reactions);
    }

    /** Esc: cancels the gesture under way; false when there was none. */
    boolean cancel() {
        return machine.cancel();
    }

    private void watchSpace(Scene was, Scene now) {
        if (was != null) {
            was.removeEventFilter(KeyEvent.ANY, spaceWatch);
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.ANY, spaceWatch);
        }
        spaceDown = false;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.SECONDARY) {
            menuThisClick = false;
        }
        if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE) {
            canvas.requestFocus();
        }
        machine.press(new GestureMachine.Press(e.getX(), e.getY(), e.getButton(), e.getClickCount(), e.isShiftDown(),
                e.isShortcutDown(), spaceDown));
    }

    private Diagram diagram() {
        return canvas.diagramProperty().get();
    }

    @Override
    public Viewport viewport() {
        return canvas.viewportProperty().get();
    }

    @Override
    public PointerTarget targetAt(double x, double y) {
        return CanvasHits.at(diagram(), viewport(), x, y, canvas.collapsedSystems());
    }

    @Override
    public List<String> componentsIn(double x0, double y0, double x1, double y1) {
        return CanvasHits.componentsIn(diagram(), viewport(), x0, y0, x1, y1);
    }

    @Override
    public Point2D centreOf(String component) {
        Diagram d = diagram();
        int i = d == null ? -1 : d.indexOf(component);
        return i < 0 ? null : new Point2D(d.centerX(i), d.centerY(i));
    }

    @Override
    public void pan(double dx, double dy) {
        canvas.showViewport(viewport().panBy(dx, dy));
    }

    @Override
    public void zoom(double factor, double x, double y) {
        canvas.showViewport(viewport().zoomAround(factor, x, y));
    }

    @Override
    public void place(Map<String, Point2D> centres) {
        Diagram d = diagram();
        if (d == null) {
            return;
        }
        centres.forEach((id, c) -> {
            int i = d.indexOf(id);
            if (i >= 0) {
                d.moveNode(i, c.getX(), c.getY());
            }
        });
        d.geometryChanged();
        canvas.requestRedraw();
    }
}
