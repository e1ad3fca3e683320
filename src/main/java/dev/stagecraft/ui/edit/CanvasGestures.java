package dev.stagecraft.ui.edit;

import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.ui.canvas.GraphCanvas;
import dev.stagecraft.ui.command.MoveComponents;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.ui.document.DocumentViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The editing mouse gestures on the graph canvas, installed as event filters so the canvas keeps its
 * own click-to-select, drag-to-move and middle-button pan:
 * <ul>
 * <li>drag from a component's handle (the knob on its right edge) onto another component: connect;</li>
 * <li>drag on empty space: rubber-band selection (Shift or Ctrl adds to the selection); pan stays on
 *     the middle button and on Space + drag;</li>
 * <li>Ctrl-click a component: add it to the selection or take it out;</li>
 * <li>drag a component that is part of a multiple selection: move them all, one step;</li>
 * <li>double-click empty space: add a service there; double-click a component: rename it.</li>
 * </ul>
 */
public final class CanvasGestures {
    private enum Mode { NONE, CONNECT, BAND, MOVE_MANY, SWALLOW }

    private final GraphCanvas canvas;
    private final EditOverlay overlay;
    private final EditActions actions;
    private final InPlaceRename rename;
    private final DocumentViewModel document;
    private Mode mode = Mode.NONE;
    private String connectFrom;
    private double pressX;
    private double pressY;
    private boolean moved;
    private boolean spaceDown;
    private Map<String, double[]> moveStart = Map.of();

    public CanvasGestures(GraphCanvas canvas, EditOverlay overlay, EditActions actions, InPlaceRename rename,
                          DocumentViewModel document) {
        this.canvas = canvas;
        this.overlay = overlay;
        this.actions = actions;
        this.rename = rename;
        this.document = document;
        canvas.addEventFilter(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventFilter(MouseEvent.MOUSE_EXITED, e -> overlay.setHandleOwner(singleSelected()));
        actions.selection().componentsProperty().addListener((o, was, now) -> overlay.setHandleOwner(singleSelected()));
        canvas.sceneProperty().addListener((o, was, now) -> watchSpace(now));
    }

    private void watchSpace(Scene scene) {
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> spaceDown |= e.getCode() == KeyCode.SPACE);
            scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> spaceDown &= e.getCode() != KeyCode.SPACE);
        }
    }

    private String singleSelected() {
        List<String> s = actions.selection().components();
        return s.size() == 1 ? s.get(0) : null;
    }

    private boolean onHandle(String id, double x, double y) {
        Point2D h = overlay.handleOf(id);
        return h != null && h.distance(x, y) <= EditOverlay.HANDLE_RADIUS + 3;
    }

    private void hover(MouseEvent e) {
        String hit = canvas.componentAt(e.getX(), e.getY());
        String owner = overlay.handleOwner();
        if (hit != null) {
            overlay.setHandleOwner(hit);
        } else if (owner == null || !onHandle(owner, e.getX(), e.getY())) {
            overlay.setHandleOwner(singleSelected());
        }
    }

    private void pressed(MouseEvent e) {
        mode = Mode.NONE;
        if (e.getButton() != MouseButton.PRIMARY || spaceDown) {
            return;
        }
        canvas.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        moved = false;
        String owner = overlay.handleOwner();
        if (owner != null && onHandle(owner, e.getX(), e.getY())) {
            mode = Mode.CONNECT;
            connectFrom = owner;
            e.consume();
            return;
        }
        String hit = canvas.componentAt(e.getX(), e.getY());
        if (hit != null && e.getClickCount() == 2) {
            mode = Mode.SWALLOW;
            rename.start(hit);
        } else if (hit != null && e.isShortcutDown()) {
            mode = Mode.SWALLOW;
            actions.selection().toggle(hit);
        } else if (hit != null && actions.selection().components().size() > 1 && actions.selection().isSelected(hit)) {
            mode = Mode.MOVE_MANY;
            startMoveMany();
        } else if (hit == null && e.getClickCount() == 2) {
            mode = Mode.SWALLOW;
            Viewport v = canvas.viewportProperty().get();
            actions.addComponentAt(ComponentKind.SERVICE, v.toWorldX(e.getX()), v.toWorldY(e.getY()));
        } else if (hit == null) {
            mode = Mode.BAND;
        } else {
            return;
        }
        e.consume();
    }

    private void startMoveMany() {
        Diagram d = canvas.diagramProperty().get();
        moveStart = new LinkedHashMap<>();
        for (String id : actions.selection().components()) {
            int i = d.indexOf(id);
            moveStart.put(id, new double[] {d.centerX(i), d.centerY(i)});
        }
    }

    private void dragged(MouseEvent e) {
        if (mode == Mode.NONE) {
            return;
        }
        moved |= Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) >= 4;
        switch (mode) {
            case CONNECT -> {
                Point2D h = overlay.handleOf(connectFrom);
                if (h != null) {
                    overlay.setLine(h.getX(), h.getY(), e.getX(), e.getY());
                }
            }
            case BAND -> overlay.setBand(pressX, pressY, e.getX(), e.getY());
            case MOVE_MANY -> {
                Diagram d = canvas.diagramProperty().get();
                double scale = canvas.viewportProperty().get().scale();
                double dx = (e.getX() - pressX) / scale;
                double dy = (e.getY() - pressY) / scale;
                moveStart.forEach((id, p) -> d.moveNode(d.indexOf(id), p[0] + dx, p[1] + dy));
                d.geometryChanged();
                canvas.requestRedraw();
            }
            default -> { }
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        Mode was = mode;
        mode = Mode.NONE;
        if (was == Mode.NONE) {
            return;
        }
        e.consume();
        overlay.clearGesture();
        switch (was) {
            case CONNECT -> {
                String target = canvas.componentAt(e.getX(), e.getY());
                if (target != null && !target.equals(connectFrom)) {
                    actions.connect(connectFrom, target);
                }
            }
            case BAND -> {
                if (!moved) {
                    Dependency.Key edge = canvas.dependencyAt(e.getX(), e.getY());
                    if (edge != null) {
                        actions.selection().selectDependency(edge);
                    } else if (!e.isShortcutDown() && !e.isShiftDown()) {
                        actions.selection().clear();
                    }
                    return;
                }
                Set<String> chosen = new LinkedHashSet<>();
                if (e.isShortcutDown() || e.isShiftDown()) {
                    chosen.addAll(actions.selection().components());
                }
                chosen.addAll(inBand(pressX, pressY, e.getX(), e.getY()));
                actions.selection().selectComponents(chosen);
            }
            case MOVE_MANY -> finishMoveMany();
            default -> { }
        }
    }

    private void finishMoveMany() {
        if (!moved) {
            return;
        }
        Diagram d = canvas.diagramProperty().get();
        Map<String, Position> after = new LinkedHashMap<>();
        for (String id : moveStart.keySet()) {
            int i = d.indexOf(id);
            after.put(id, new Position(Math.round(d.centerX(i)), Math.round(d.centerY(i))));
        }
        document.history().execute(new MoveComponents(document.graph(), after));
    }

    /** Components whose boxes meet the screen rectangle between the two corners. */
    private List<String> inBand(double x0, double y0, double x1, double y1) {
        Diagram d = canvas.diagramProperty().get();
        Viewport v = canvas.viewportProperty().get();
        double wx0 = v.toWorldX(Math.min(x0, x1));
        double wx1 = v.toWorldX(Math.max(x0, x1));
        double wy0 = v.toWorldY(Math.min(y0, y1));
        double wy1 = v.toWorldY(Math.max(y0, y1));
        List<String> ids = new ArrayList<>();
        for (int i = 0; d != null && i < d.size(); i++) {
            if (d.left(i) <= wx1 && d.left(i) + d.width(i) >= wx0 && d.top(i) <= wy1 && d.top(i) + d.height(i) >= wy0) {
                ids.add(d.id(i));
            }
        }
        return ids;
    }
}
