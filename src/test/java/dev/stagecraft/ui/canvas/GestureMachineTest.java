package dev.stagecraft.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/**
 * The gesture state machine driven with synthetic presses, drags and releases, without a stage: what each gesture
 * does is read from the log of what it asked of the view and of the editor.
 *
 * <p>The view, at 200 % with no pan: component {@code a} is the box (0,0)–(100,50) on screen, {@code b} the box
 * (200,0)–(300,50), {@code a}'s connect handle is at (100,25); the dependency a → b is drawn along y = 100 for
 * x in 0..300; the rest is empty space.
 */
class GestureMachineTest {
    private static final Viewport VIEW = new Viewport(2, 0, 0, 1000, 800);
    private static final Dependency.Key A_TO_B = new Dependency.Key("a", "b");

    private final List<String> log = new ArrayList<>();
    private List<String> selected = List.of();
    private final GestureMachine machine = new GestureMachine(new FakeView());

    GestureMachineTest() {
        machine.setReactions(new Recorder());
    }

    private final class FakeView implements GestureMachine.View {
        @Override
        public PointerTarget targetAt(double x, double y) {
            if (y >= 0 && y <= 50 && x >= 0 && x <= 100) {
                return new PointerTarget.Node("a");
            }
            if (y >= 0 && y <= 50 && x >= 200 && x <= 300) {
                return new PointerTarget.Node("b");
            }
            if (Math.abs(y - 100) <= 5 && x >= 0 && x <= 300) {
                return new PointerTarget.Edge(A_TO_B);
            }
            return new PointerTarget.Background();
        }

        @Override
        public List<String> componentsIn(double x0, double y0, double x1, double y1) {
            List<String> ids = new ArrayList<>();
            if (Math.min(x0, x1) <= 100 && Math.min(y0, y1) <= 50) {
                ids.add("a");
            }
            if (Math.max(x0, x1) >= 200 && Math.min(y0, y1) <= 50) {
                ids.add("b");
            }
            return ids;
        }

        @Override
        public Viewport viewport() {
            return VIEW;
        }

        @Override
        public Point2D centreOf(String component) {
            return component.equals("a") ? new Point2D(25, 12.5) : new Point2D(125, 12.5);
        }

        @Override
        public void pan(double dx, double dy) {
            log.add(String.format(Locale.ROOT, "pan %.1f,%.1f", dx, dy));
        }

        @Override
        public void zoom(double factor, double x, double y) {
            log.add(String.format(Locale.ROOT, "zoom %.4f at %.0f,%.0f", factor, x, y));
        }

        @Override
        public void place(Map<String, Point2D> centres) {
            log.add("place " + centres.entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s=%.1f,%.1f", e.getKey(), e.getValue().getX(), e.getValue().getY()))
                    .collect(Collectors.joining(" ")));
        }
    }

    private final class Recorder implements GestureReactions {
        @Override
        public String handleAt(double x, double y) {
            return Math.hypot(x - 100, y - 25) <= 10 ? "a" : null;
        }

        @Override
        public List<String> selectedComponents() {
            return selected;
        }

        @Override
        public void clicked(String component) {
            log.add("select " + component);
        }

        @Override
        public void toggled(String component) {
            log.add("toggle " + component);
        }

        @Override
        public void clickedDependency(Dependency.Key dependency) {
            log.add("select " + dependency.from() + "->" + dependency.to());
        }

        @Override
        public void clickedBackground() {
            log.add("clear");
        }

        @Override
        public void banded(List<String> components, boolean add) {
            log.add("band " + components + (add ? " added" : ""));
        }

        @Override
        public void doubleClicked(String component) {
            log.add("rename " + component);
        }

        @Override
        public void doubleClickedBackground(double worldX, double worldY) {
            log.add(String.format(Locale.ROOT, "add at %.0f,%.0f", worldX, worldY));
        }

        @Override
        public void moved(Map<String, Position> centres) {
            log.add("moved " + centres.entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s=%.0f,%.0f", e.getKey(), e.getValue().x(), e.getValue().y()))
                    .collect(Collectors.joining(" ")));
        }

        @Override
        public void connected(String from, String to) {
            log.add("connect " + from + "->" + to);
        }

        @Override
        public void showBand(double x0, double y0, double x1, double y1) {
            log.add(String.format(Locale.ROOT, "show band %.0f,%.0f-%.0f,%.0f", x0, y0, x1, y1));
        }

        @Override
        public void showConnection(String from, double x, double y) {
            log.add(String.format(Locale.ROOT, "show line from %s to %.0f,%.0f", from, x, y));
        }

        @Override
        public void endFeedback() {
            log.add("end feedback");
        }
    }

    private enum Held { NONE, SHIFT, SHORTCUT, SPACE }

    private void press(double x, double y, Held held) {
        press(x, y, MouseButton.PRIMARY, 1, held);
    }

    private void press(double x, double y, MouseButton button, int clicks, Held held) {
        machine.press(new GestureMachine.Press(x, y, button, clicks, held == Held.SHIFT, held == Held.SHORTCUT,
                held == Held.SPACE));
    }

    private void click(double x, double y, Held held) {
        press(x, y, held);
        machine.release(x, y, MouseButton.PRIMARY);
    }

    /** Press, drag in a few steps to (x1, y1), release there. */
    private void drag(double x0, double y0, double x1, double y1, Held held) {
        press(x0, y0, held);
        dragSteps(x0, y0, x1, y1);
        machine.release(x1, y1, MouseButton.PRIMARY);
    }

    private void dragSteps(double x0, double y0, double x1, double y1) {
        for (int k = 1; k <= 4; k++) {
            machine.drag(x0 + (x1 - x0) * k / 4, y0 + (y1 - y0) * k / 4);
        }
    }

    private List<String> logStarting(String prefix) {
        return log.stream().filter(s -> s.startsWith(prefix)).toList();
    }

    /** The sum of every pan asked for, as "dx,dy". */
    private String totalPan() {
        double dx = 0;
        double dy = 0;
        for (String s : logStarting("pan ")) {
            String[] d = s.substring(4).split(",");
            dx += Double.parseDouble(d[0]);
            dy += Double.parseDouble(d[1]);
        }
        return String.format(Locale.ROOT, "%.0f,%.0f", dx, dy);
    }

    @Test
    void clickOnAComponentSelectsIt() {
        click(50, 25, Held.NONE);
        assertEquals(List.of("select a"), log);
        assertFalse(machine.busy());
    }

    @Test
    void travelBelowTheDragThresholdIsStillAClick() {
        press(50, 25, Held.NONE);
        machine.drag(52, 26);
        machine.release(52, 26, MouseButton.PRIMARY);
        assertEquals(List.of("select a"), log, "3 pixels are a click");

        log.clear();
        press(50, 25, Held.NONE);
        machine.drag(50 + GestureMachine.DRAG_THRESHOLD, 25);
        machine.release(50 + GestureMachine.DRAG_THRESHOLD, 25, MouseButton.PRIMARY);
        assertEquals(List.of("place a=27.0,12.5", "place a=27.0,12.5", "moved a=27,13"), log, "4 pixels are a move");
    }

    @Test
    void draggingAComponentMovesItLiveAndReportsOneMoveOnRelease() {
        drag(50, 25, 70, 35, Held.NONE);
        assertEquals("place a=35.0,17.5", logStarting("place").get(logStarting("place").size() - 1),
                "20 x 10 pixels at 200 % are 10 x 5 world units");
        assertEquals(List.of("moved a=35,18"), logStarting("moved"), "one move, at the end, rounded");
        assertTrue(logStarting("select").isEmpty(), "a drag is no click");
    }

    @Test
    void draggingOneOfSeveralSelectedComponentsMovesThemAllAndAnUnselectedOneAlone() {
        selected = List.of("a", "b");
        drag(50, 25, 70, 25, Held.NONE);
        assertEquals(List.of("moved a=35,13 b=135,13"), logStarting("moved"));

        log.clear();
        selected = List.of("b");
        drag(50, 25, 70, 25, Held.NONE);
        assertEquals(List.of("moved a=35,13"), logStarting("moved"), "b alone is no group to move along");
    }

    @Test
    void draggingEmptySpacePansByTheWholeTravelAndClicksNothing() {
        drag(150, 300, 190, 320, Held.NONE);
        assertEquals("40,20", totalPan());
        assertEquals(log, logStarting("pan "), "only panning: no selection change, no band");
    }

    @Test
    void draggingOnADependencyPansAndClickingItSelectsIt() {
        drag(150, 100, 170, 100, Held.NONE);
        assertEquals("20,0", totalPan());
        assertEquals(log, logStarting("pan "));

        log.clear();
        click(150, 102, Held.NONE);
        assertEquals(List.of("select a->b"), log);
    }

    @Test
    void clickingEmptySpaceClearsTheSelectionButNotWithShiftOrCtrl() {
        click(150, 300, Held.NONE);
        assertEquals(List.of("clear"), log);
        log.clear();
        click(150, 300, Held.SHIFT);
        click(150, 300, Held.SHORTCUT);
        assertEquals(List.of(), log);
    }

    @Test
    void shiftOrCtrlClickOnAComponentTogglesIt() {
        click(50, 25, Held.SHIFT);
        click(250, 25, Held.SHORTCUT);
        assertEquals(List.of("toggle a", "toggle b"), log);
    }

    @Test
    void shiftDragDrawsARubberBandThatSelectsWhatItMeetsAndCtrlDragAdds() {
        drag(150, 300, 250, 40, Held.SHIFT);
        assertEquals("show band 150,300-250,40", logStarting("show band").get(logStarting("show band").size() - 1));
        assertEquals(List.of("end feedback", "band [b]"), log.subList(log.size() - 2, log.size()));
        assertEquals("0,0", totalPan(), "a band does not pan");

        log.clear();
        drag(50, 25, 250, 40, Held.SHORTCUT);
        assertEquals(List.of("end feedback", "band [a, b] added"), log.subList(log.size() - 2, log.size()),
                "from a component too: where components cover the view, a band still starts");
        assertTrue(logStarting("place").isEmpty());
    }

    @Test
    void draggingFromTheHandleConnectsToTheComponentReleasedOn() {
        drag(100, 25, 250, 25, Held.NONE);
        assertEquals("show line from a to 250,25", logStarting("show line").get(logStarting("show line").size() - 1));
        assertEquals(List.of("end feedback", "connect a->b"), log.subList(log.size() - 2, log.size()));
        assertTrue(logStarting("place").isEmpty(), "the handle is on a's edge, but this is no move");

        log.clear();
        drag(100, 25, 150, 300, Held.NONE);
        drag(100, 25, 60, 25, Held.NONE);
        assertTrue(logStarting("connect").isEmpty(), "released on empty space or on itself: nothing");

        log.clear();
        click(100, 25, Held.NONE);
        assertEquals(List.of("select a"), log, "a click on the handle is a click on its component");
    }

    @Test
    void middleButtonAndSpaceDragPanEvenFromAComponentAndTheirClicksDoNothing() {
        press(50, 25, MouseButton.MIDDLE, 1, Held.NONE);
        dragSteps(50, 25, 80, 25);
        machine.release(80, 25, MouseButton.MIDDLE);
        drag(50, 25, 50, 45, Held.SPACE);
        assertEquals("30,20", totalPan());
        assertEquals(log, logStarting("pan "));

        log.clear();
        press(50, 25, MouseButton.MIDDLE, 1, Held.NONE);
        machine.release(50, 25, MouseButton.MIDDLE);
        click(50, 25, Held.SPACE);
        assertEquals(List.of(), log);
    }

    @Test
    void theSecondPressOfADoubleClickRenamesOrAddsAServiceAtOnceAndTheRestOfItDoesNothing() {
        press(50, 25, MouseButton.PRIMARY, 2, Held.NONE);
        assertEquals(List.of("rename a"), log, "on the press, so the field opens at once");
        dragSteps(50, 25, 90, 25);
        machine.release(90, 25, MouseButton.PRIMARY);
        assertEquals(List.of("rename a"), log);

        log.clear();
        press(400, 300, MouseButton.PRIMARY, 2, Held.NONE);
        machine.release(400, 300, MouseButton.PRIMARY);
        assertEquals(List.of("add at 200,150"), log, "where it was pressed, in world units");
    }

    @Test
    void escapeCancelsEachGestureAndTakesBackWhatItShowed() {
        assertFalse(machine.cancel(), "no gesture under way: Esc is the window's (clear the selection)");

        press(150, 300, Held.NONE);
        dragSteps(150, 300, 190, 320);
        assertTrue(machine.cancel());
        assertFalse(machine.cancel(), "once");
        machine.drag(200, 330);
        machine.release(200, 330, MouseButton.PRIMARY);
        assertEquals("0,0", totalPan(), "the view is back where it was");

        log.clear();
        press(50, 25, Held.NONE);
        dragSteps(50, 25, 70, 35);
        assertTrue(machine.cancel());
        machine.release(70, 35, MouseButton.PRIMARY);
        assertEquals("place a=25.0,12.5", log.get(log.size() - 1), "the component is back");
        assertTrue(logStarting("moved").isEmpty(), "and nothing is edited");

        log.clear();
        press(150, 300, Held.SHIFT);
        dragSteps(150, 300, 250, 40);
        assertTrue(machine.cancel());
        machine.release(250, 40, MouseButton.PRIMARY);
        assertEquals("end feedback", log.get(log.size() - 1));
        assertTrue(logStarting("band").isEmpty());

        log.clear();
        press(100, 25, Held.NONE);
        dragSteps(100, 25, 250, 25);
        assertTrue(machine.cancel());
        machine.release(250, 25, MouseButton.PRIMARY);
        assertEquals("end feedback", log.get(log.size() - 1));
        assertTrue(logStarting("connect").isEmpty());

        log.clear();
        press(50, 25, Held.NONE);
        assertTrue(machine.cancel(), "a press not yet a drag");
        machine.release(50, 25, MouseButton.PRIMARY);
        assertEquals(List.of(), log, "is no click any more");
        assertFalse(machine.busy());
    }

    @Test
    void theWheelZoomsAroundThePointerAlsoDuringAGesture() {
        assertTrue(machine.scroll(300, 200, 40));
        assertFalse(machine.scroll(300, 200, 0), "a sideways scroll is not taken");
        press(150, 300, Held.NONE);
        dragSteps(150, 300, 190, 300);
        assertTrue(machine.scroll(190, 300, -40));
        machine.release(190, 300, MouseButton.PRIMARY);
        String notch = String.format(Locale.ROOT, "%.4f", Math.pow(GestureMachine.WHEEL_STEP, 40));
        String back = String.format(Locale.ROOT, "%.4f", Math.pow(GestureMachine.WHEEL_STEP, -40));
        assertEquals(List.of("zoom " + notch + " at 300,200", "zoom " + back + " at 190,300"), logStarting("zoom"));
    }

    @Test
    void anotherButtonDuringAGestureIsIgnoredAndALostReleaseDoesNotLeaveItStuck() {
        press(50, 25, Held.NONE);
        press(250, 25, MouseButton.MIDDLE, 1, Held.NONE);
        machine.release(250, 25, MouseButton.MIDDLE);
        press(250, 25, MouseButton.SECONDARY, 1, Held.NONE);
        machine.release(250, 25, MouseButton.SECONDARY);
        machine.release(50, 25, MouseButton.PRIMARY);
        assertEquals(List.of("select a"), log);

        log.clear();
        press(50, 25, Held.NONE);
        dragSteps(50, 25, 70, 25);
        // the release happened outside and never arrived; the next press starts afresh
        click(250, 25, Held.NONE);
        assertEquals(List.of("place a=25.0,12.5", "select b"), log.subList(log.size() - 2, log.size()));
        assertTrue(logStarting("moved").isEmpty());
    }

    @Test
    void aReleaseBeyondTheThresholdWithoutADragEventIsADrag() {
        press(150, 300, Held.NONE);
        machine.release(170, 300, MouseButton.PRIMARY);
        assertEquals(List.of("pan 20.0,0.0"), log);
    }
}
