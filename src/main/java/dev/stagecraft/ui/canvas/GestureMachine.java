package dev.stagecraft.ui.canvas;

import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.model.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;

/**
 * The one state machine behind the mouse gestures on the graph canvas, and the one place that decides what a
 * press followed by a drag or a release means. It takes presses, drags and releases in canvas pixels (from
 * {@link CanvasInput}, or from a test), reads what is under the pointer through its {@link View}, and acts through
 * the view (pan, zoom, the live move) and through the editor's {@link GestureReactions}.
 *
 * <pre>
 *  Idle --press--&gt; Pressed --travel &gt;= DRAG_THRESHOLD--&gt; Panning | MovingSelection | RubberBand | Connecting
 *                     |                                                 |
 *                     +--release: a click--&gt; Idle                       +--release: commit the gesture--&gt; Idle
 *  Esc in any of these: take back what the gesture showed --&gt; Ignored --release--&gt; Idle
 *  Idle --second press of a double-click: act at once--&gt; Ignored --release--&gt; Idle
 * </pre>
 *
 * <table>
 * <caption>What a press means (the first row that matches)</caption>
 * <tr><th>press</th><th>then a drag</th><th>then a release without a drag</th></tr>
 * <tr><td>middle button, or Space held</td><td>pan</td><td>nothing</td></tr>
 * <tr><td>the second of a double-click</td><td colspan="2">at once: rename the component, or add a service
 *     there</td></tr>
 * <tr><td>on a component's connect handle</td><td>connect to the component released on</td><td>as on the
 *     component</td></tr>
 * <tr><td>with Shift or Ctrl</td><td>rubber band (with Ctrl: add to the selection)</td><td>toggle the component
 *     pressed on, or select the dependency; on empty space nothing</td></tr>
 * <tr><td>on a component</td><td>move it, or the whole selection if it is one of several selected</td><td>select
 *     it</td></tr>
 * <tr><td>on a dependency or empty space</td><td>pan</td><td>select the dependency, or clear the selection</td></tr>
 * </table>
 * Only the primary and middle buttons make gestures; a second button pressed during one is ignored.
 */
final class GestureMachine {
    /** Pixels the pointer must travel from the press ({@code |dx| + |dy|}) before the press is a drag, not a click. */
    static final double DRAG_THRESHOLD = 4;
    /**
     * Zoom factor per unit of wheel delta: a notch (40 units on most systems) zooms by 20 %, the same ratio at 2 % as
     * at 100 %, so 12 notches go from fit to ten times closer (at about 6 % a notch, 12 notches went from 2 % to 3 %).
     */
    static final double WHEEL_STEP = Math.pow(1.2, 1.0 / 40);

    /** A button press at a canvas point, with the click count and what was held down. */
    record Press(double x, double y, MouseButton button, int clicks, boolean shift, boolean shortcut, boolean space) {
        boolean panOnly() {
            return button == MouseButton.MIDDLE || space;
        }

        boolean modified() {
            return shift || shortcut;
        }
    }

    /** What the machine reads from and changes in the view. */
    interface View {
        /** The component or drawn dependency at a canvas point, else the background (handles are the editor's). */
        PointerTarget targetAt(double x, double y);

        /** Components whose boxes meet the rectangle between two canvas points. */
        List<String> componentsIn(double x0, double y0, double x1, double y1);

        Viewport viewport();

        /** A component's centre in world units, null when it is not drawn. */
        Point2D centreOf(String component);

        void pan(double dx, double dy);

        void zoom(double factor, double x, double y);

        /** Draws components at these world centres without touching the model (a move under way). */
        void place(Map<String, Point2D> centres);
    }

    /** Where a gesture is; every state but {@link Idle} remembers its press. */
    private sealed interface State {
        Press press();
    }

    private record Idle() implements State {
        @Override
        public Press press() {
            return null;
        }
    }

    /** A button is down and has not travelled far enough to be a drag. */
    private record Pressed(Press press, PointerTarget target) implements State { }

    /** The view follows the pointer; {@code x, y}: where it was at the last drag. */
    private record Panning(Press press, double x, double y) implements State { }

    /** The components, with their centres when the drag began, follow the pointer. */
    private record MovingSelection(Press press, Map<String, Point2D> start) implements State { }

    private record RubberBand(Press press, boolean add) implements State { }

    private record Connecting(Press press, String from) implements State { }

    /** The gesture already acted (a double-click) or was cancelled: the rest of it does nothing. */
    private record Ignored(Press press) implements State { }

    private static final State IDLE = new Idle();

    private final View view;
    private GestureReactions reactions = new GestureReactions() { };
    private State state = IDLE;

    GestureMachine(View view) {
        this.view = view;
    }

    void setReactions(GestureReactions value) {
        reactions = value;
    }

    GestureReactions reactions() {
        return reactions;
    }

    /** True while a button that started a gesture is down. */
    boolean busy() {
        return state != IDLE;
    }

    void press(Press p) {
        if (p.button() != MouseButton.PRIMARY && p.button() != MouseButton.MIDDLE) {
            return;
        }
        if (busy()) {
            if (p.button() != state.press().button()) {
                return;
            }
            cancel(); // the release of the last gesture never came
        }
        PointerTarget target = p.panOnly() ? new PointerTarget.Background() : targetAt(p.x(), p.y());
        if (p.clicks() >= 2 && !p.panOnly()) {
            doubleClicked(p, target);
            state = new Ignored(p);
        } else {
            state = new Pressed(p, target);
        }
    }

    void drag(double x, double y) {
        if (state instanceof Pressed p) {
            if (Math.abs(x - p.press().x()) + Math.abs(y - p.press().y()) < DRAG_THRESHOLD) {
                return;
            }
            state = dragStarted(p);
        }
        if (state instanceof Panning p) {
            if (x != p.x() || y != p.y()) {
                view.pan(x - p.x(), y - p.y());
                state = new Panning(p.press(), x, y);
            }
        } else if (state instanceof MovingSelection m) {
            view.place(shifted(m, x, y));
        } else if (state instanceof RubberBand b) {
            reactions.showBand(b.press().x(), b.press().y(), x, y);
        } else if (state instanceof Connecting c) {
            reactions.showConnection(c.from(), x, y);
        }
    }

    /** A drag began: what it means is decided here, from the press alone. */
    private State dragStarted(Pressed p) {
        Press e = p.press();
        if (e.panOnly()) {
            return new Panning(e, e.x(), e.y());
        }
        if (p.target() instanceof PointerTarget.Handle h) {
            return new Connecting(e, h.component());
        }
        if (e.modified()) {
            return new RubberBand(e, e.shortcut());
        }
        if (p.target() instanceof PointerTarget.Node n) {
            return new MovingSelection(e, startOfMove(n.component()));
        }
        return new Panning(e, e.x(), e.y());
    }

    void release(double x, double y, MouseButton button) {
        if (!busy() || button != state.press().button()) {
            return;
        }
        drag(x, y);
        State was = state;
        state = IDLE;
        if (was instanceof Pressed p) {
            clicked(p);
        } else if (was instanceof MovingSelection m) {
            Map<String, Position> centres = new LinkedHashMap<>();
            shifted(m, x, y).forEach((id, c) -> centres.put(id, new Position(Math.round(c.getX()), Math.round(c.getY()))));
            reactions.moved(centres);
        } else if (was instanceof RubberBand b) {
            reactions.endFeedback();
            reactions.banded(view.componentsIn(b.press().x(), b.press().y(), x, y), b.add());
        } else if (was instanceof Connecting c) {
            reactions.endFeedback();
            String target = view.targetAt(x, y).component();
            if (target != null && !target.equals(c.from())) {
                reactions.connected(c.from(), target);
            }
        }
    }

    private void clicked(Pressed p) {
        Press e = p.press();
        if (e.panOnly()) {
            return;
        }
        if (p.target() instanceof PointerTarget.System system) {
            reactions.banded(system.members(), e.modified());
            return;
        }
        String component = p.target().component();
        if (component != null && e.modified()) {
            reactions.toggled(component);
        } else if (component != null) {
            reactions.clicked(component);
        } else if (p.target() instanceof PointerTarget.Edge edge) {
            reactions.clickedDependency(edge.dependency());
        } else if (!e.modified()) {
            reactions.clickedBackground();
        }
    }

    private void doubleClicked(Press p, PointerTarget target) {
        if (target instanceof PointerTarget.System system) {
            reactions.systemExpanded(system.system());
        } else if (target.component() != null) {
            reactions.doubleClicked(target.component());
        } else {
            Viewport v = view.viewport();
            reactions.doubleClickedBackground(v.toWorldX(p.x()), v.toWorldY(p.y()));
        }
    }

    /**
     * Esc: ends the gesture under way and undoes what it showed (the view goes back, moved components return, the
     * band or line goes); the rest of the gesture does nothing. False when no gesture was under way.
     */
    boolean cancel() {
        State was = state;
        if (was instanceof Idle || was instanceof Ignored) {
            return false;
        }
        state = new Ignored(was.press());
        if (was instanceof Panning p) {
            view.pan(p.press().x() - p.x(), p.press().y() - p.y());
        } else if (was instanceof MovingSelection m) {
            view.place(m.start());
        } else if (was instanceof RubberBand || was instanceof Connecting) {
            reactions.endFeedback();
        }
        return true;
    }

    /** The wheel zooms around the pointer, in any state; false for a scroll without vertical delta. */
    boolean scroll(double x, double y, double deltaY) {
        if (deltaY == 0) {
            return false;
        }
        view.zoom(Math.pow(WHEEL_STEP, deltaY), x, y);
        return true;
    }

    private PointerTarget targetAt(double x, double y) {
        String handle = reactions.handleAt(x, y);
        return handle != null ? new PointerTarget.Handle(handle) : view.targetAt(x, y);
    }

    /** The pressed component alone, or all the selected ones when it is one of several selected. */
    private Map<String, Point2D> startOfMove(String pressed) {
        List<String> selected = reactions.selectedComponents();
        List<String> moving = selected.size() > 1 && selected.contains(pressed) ? selected : List.of(pressed);
        Map<String, Point2D> start = new LinkedHashMap<>();
        for (String id : moving) {
            Point2D c = view.centreOf(id);
            if (c != null) {
                start.put(id, c);
            }
        }
        return start;
    }

    private Map<String, Point2D> shifted(MovingSelection m, double x, double y) {
        double scale = view.viewport().scale();
        double dx = (x - m.press().x()) / scale;
        double dy = (y - m.press().y()) / scale;
        Map<String, Point2D> now = new LinkedHashMap<>();
        m.start().forEach((id, c) -> now.put(id, c.add(dx, dy)));
        return now;
    }
}
