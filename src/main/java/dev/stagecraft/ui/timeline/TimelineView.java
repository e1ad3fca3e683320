package dev.stagecraft.ui.timeline;

import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.timeline.TimelineFrame;
import dev.stagecraft.diagram.timeline.TimelineLayout;
import dev.stagecraft.diagram.timeline.TimelineMarks;
import dev.stagecraft.diagram.timeline.TimelinePainter;
import dev.stagecraft.diagram.timeline.TimelineText;
import dev.stagecraft.ui.render.FxSurface;
import dev.stagecraft.ui.render.FxTextMeasurer;
import dev.stagecraft.ui.style.Styles;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The plan's timeline on a canvas, painted by {@link TimelinePainter} only when something changed (at the next
 * layout pass) and only its rows in view, so a 20,000-step plan scrolls like a small one. Wheel scrolls the rows,
 * Ctrl+wheel (or + and -) zooms the minutes axis around the pointer, Shift+wheel scrolls the minutes, 0 fits the
 * whole plan; dragging empty chart space pans. Up and Down move between bars, Left goes to a step it waits for and
 * Right to one waiting for it, Enter or Space selects the focused step's components.
 *
 * <p>The <b>playhead</b> ({@link #playheadMinuteProperty()}) is a minute of the plan or {@code null} for none;
 * pressing or dragging on the minutes axis (or on the playhead line) sets it, and {@link #minuteAt(double)} says
 * which minute an x is.
 */
public final class TimelineView extends Region {
    private static final double ZOOM_STEP = 1.25;
    /** Pixels from the playhead line at which a press grabs it. */
    private static final double GRAB = 5;

    private final Canvas canvas = new Canvas();
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final FxTextMeasurer measurer;
    private final FxSurface surface;
    private final ObjectProperty<TimelineLayout> layout = new SimpleObjectProperty<>(this, "layout");
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette");
    private final DoubleProperty textSize = new SimpleDoubleProperty(this, "textSize", 14);
    private final ObjectProperty<Integer> playheadMinute = new SimpleObjectProperty<>(this, "playheadMinute");
    private final ObjectProperty<List<String>> selectedComponents =
            new SimpleObjectProperty<>(this, "selectedComponents", List.of());
    private final ReadOnlyIntegerWrapper hoveredRow = new ReadOnlyIntegerWrapper(this, "hoveredRow", -1);
    private final ReadOnlyIntegerWrapper focusedRow = new ReadOnlyIntegerWrapper(this, "focusedRow", -1);
    private final Tooltip tip = new Tooltip();
    private Consumer<List<String>> onSelectComponents = ids -> { };
    private TimelinePainter painter;
    private TimelineFrame frame;
    /** The minutes axis shows the whole plan (and keeps doing so when the plan or the size changes). */
    private boolean fitted = true;
    private BitSet selectedRows = new BitSet();
    private boolean dirty = true;
    private boolean syncingBars;
    private boolean tipInstalled;
    private long framesPainted;
    private Drag drag = Drag.NONE;
    private double dragX;
    private double dragY;
    private TimelineFrame dragFrame;

    private enum Drag { NONE, PLAYHEAD, PAN }

    public TimelineView(FxTextMeasurer measurer, Palette initial) {
        this.measurer = measurer;
        surface = new FxSurface(canvas.getGraphicsContext2D(), measurer);
        getStyleClass().add(Styles.PLAN_TIMELINE);
        setFocusTraversable(true);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setFocusTraversable(false);
        horizontal.setFocusTraversable(false);
        getChildren().addAll(canvas, vertical, horizontal);
        palette.set(initial);
        painter = new TimelinePainter(initial);
        palette.addListener((o, was, now) -> {
            painter = new TimelinePainter(now);
            redraw();
        });
        layout.addListener((o, was, now) -> layoutChanged(was, now));
        textSize.addListener((o, was, now) -> {
            refit(layout.get());
            redraw();
        });
        playheadMinute.addListener((o, was, now) -> redraw());
        selectedComponents.addListener((o, was, now) -> selectionChanged(true));
        vertical.valueProperty().addListener((o, was, now) -> {
            if (!syncingBars && frame != null) {
                setFrame(frame.withScrollY(now.doubleValue()));
            }
        });
        horizontal.valueProperty().addListener((o, was, now) -> {
            if (!syncingBars && frame != null) {
                fitted = false;
                setFrame(frame.withFirstMinute(now.doubleValue()));
            }
        });
        tip.setShowDelay(Duration.millis(350));
        tip.setShowDuration(Duration.seconds(30));
        tip.setId("timeline-tooltip");
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1, -1));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> drag = Drag.NONE);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        focusedProperty().addListener((o, was, now) -> redraw());
    }

    /** The chart shown; null for none. */
    public ObjectProperty<TimelineLayout> layoutProperty() {
        return layout;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** Size of every label in pixels: the window's text size (larger when presenting). */
    public DoubleProperty textSizeProperty() {
        return textSize;
    }

    /**
     * The minute the playhead stands at, {@code null} for no playhead. A replay sets it; pressing or dragging on
     * the minutes axis sets it too (to the whole minute under the pointer, at least 0).
     */
    public ObjectProperty<Integer> playheadMinuteProperty() {
        return playheadMinute;
    }

    /** The components selected in the document: their steps' bars are marked. */
    public ObjectProperty<List<String>> selectedComponentsProperty() {
        return selectedComponents;
    }

    /** Called with a step's components when its bar is clicked or Enter is pressed on it. */
    public void setOnSelectComponents(Consumer<List<String>> value) {
        onSelectComponents = value;
    }

    /** The row under the pointer, -1 for none. */
    public ReadOnlyIntegerProperty hoveredRowProperty() {
        return hoveredRow.getReadOnlyProperty();
    }

    /** The row the keyboard is on, -1 for none. */
    public ReadOnlyIntegerProperty focusedRowProperty() {
        return focusedRow.getReadOnlyProperty();
    }

    /** The rows whose bars are marked selected. */
    public BitSet selectedRows() {
        return (BitSet) selectedRows.clone();
    }

    /** The minute of the plan at x in this view's coordinates (fractional; NaN before the first layout). */
    public double minuteAt(double x) {
        return frame == null ? Double.NaN : frame.minuteAt(x);
    }

    /** The x of a minute in this view's coordinates (NaN before the first layout). */
    public double xOf(double minute) {
        return frame == null ? Double.NaN : frame.xOf(minute);
    }

    /** Where a step's bar is drawn (its middle, in this view's coordinates), after scrolling it into view; null when none. */
    public Point2D revealBar(String stepId) {
        TimelineLayout l = layout.get();
        int row = l == null ? -1 : l.rowOf(stepId);
        if (row < 0 || frame == null) {
            return null;
        }
        var s = l.step(row);
        setFrame(frame.revealRow(row).revealMinutes(s.startMinute(), s.endMinute()));
        double x = (Math.max(frame.chartLeft(), frame.xOf(s.startMinute())) + Math.min(frame.width(), frame.xOf(s.endMinute()))) / 2;
        return new Point2D(x, frame.rowTop(row) + frame.rowHeight() / 2);
    }

    /** The text of the tooltip over a row (what hovering its bar shows). */
    public String describe(int row) {
        return TimelineText.step(layout.get(), row);
    }

    /** Zooms the minutes axis to show the whole plan. */
    public void fit() {
        fitted = true;
        if (frame != null && layout.get() != null) {
            setFrame(frame.withFirstMinute(0).withPxPerMinute(TimelineFrame.fitScale(layout.get(), frame)));
        }
    }

    /** How many pictures this view has painted (a test and benchmark measure: nothing is painted twice for one change). */
    public long framesPainted() {
        return framesPainted;
    }

    private void layoutChanged(TimelineLayout was, TimelineLayout now) {
        if (focusedRow.get() >= 0) {
            String id = was == null || focusedRow.get() >= was.rowCount() ? null : was.step(focusedRow.get()).id();
            focusedRow.set(now == null || id == null ? -1 : now.rowOf(id));
        }
        hoveredRow.set(-1);
        refit(now);
        selectionChanged(false);
        redraw();
    }

    /**
     * A new frame for this chart (its name column measured again), keeping where the old one was scrolled to and,
     * unless it was fitted, its zoom: an edit does not move what the user is looking at.
     */
    private void refit(TimelineLayout l) {
        TimelineFrame old = frame;
        frame = null;
        if (old == null || l == null) {
            return;
        }
        TimelineFrame f = TimelineFrame.fit(l, measurer, old.width(), old.height(), 0, textSize.get());
        if (!fitted) {
            f = f.withPxPerMinute(old.pxPerMinute()).withFirstMinute(old.firstMinute());
        }
        frame = f.withScrollY(Math.max(0, Math.min(maxScrollY(f, l), old.scrollY())));
    }

    private void selectionChanged(boolean reveal) {
        TimelineLayout l = layout.get();
        selectedRows = l == null ? new BitSet() : l.rowsOfComponents(selectedComponents.get());
        if (reveal && frame != null && !selectedRows.isEmpty()) {
            int row = selectedRows.nextSetBit(0);
            var s = l.step(row);
            setFrame(frame.revealRow(row).revealMinutes(s.startMinute(), s.endMinute()));
        }
        redraw();
    }

    private void redraw() {
        dirty = true;
        requestLayout();
    }

    private void setFrame(TimelineFrame f) {
        TimelineLayout l = layout.get();
        double maxY = l == null ? 0 : maxScrollY(f, l);
        f = f.withScrollY(Math.max(0, Math.min(maxY, f.scrollY())));
        if (!f.equals(frame)) {
            frame = f;
            redraw();
        }
    }

    /** Tall enough for the legend, the axis and every row (a large plan asks for more than any window has). */
    @Override
    protected double computePrefHeight(double width) {
        TimelineLayout l = layout.get();
        TimelineFrame metrics = new TimelineFrame(1, 1, 0, textSize.get(), 0, 1, 0, 0);
        int rows = l == null ? 3 : Math.max(1, l.rowCount());
        return metrics.rowsTop() + rows * metrics.rowHeight() + metrics.rowHeight() / 2 + (fitted ? 0 : horizontal.prefHeight(-1));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        TimelineLayout l = layout.get();
        double barW = vertical.prefWidth(-1);
        double barH = horizontal.prefHeight(-1);
        double cw = w;
        double ch = h;
        TimelineFrame probe = null;
        if (l != null) {
            probe = frameFor(l, w, h);
            boolean needV = maxScrollY(probe, l) > 0;
            cw = needV ? w - barW : w;
            boolean needH = !fitted;
            ch = needH ? h - barH : h;
        }
        cw = Math.max(1, cw);
        ch = Math.max(1, ch);
        if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            dirty = true;
        }
        if (l != null) {
            TimelineFrame f = probe.withSize(cw, ch);
            if (fitted) {
                f = f.withFirstMinute(0).withPxPerMinute(TimelineFrame.fitScale(l, f));
            }
            setFrameQuietly(f, l);
        }
        layoutBars(l, cw, ch, w, h);
        if (dirty) {
            dirty = false;
            paint();
        }
    }

    /** The current frame at this size, or a fitted new one when there is none (a new plan or text size). */
    private TimelineFrame frameFor(TimelineLayout l, double w, double h) {
        if (frame == null) {
            return TimelineFrame.fit(l, measurer, w, h, 0, textSize.get());
        }
        return frame.withSize(w, h);
    }

    private void setFrameQuietly(TimelineFrame f, TimelineLayout l) {
        f = f.withScrollY(Math.max(0, Math.min(maxScrollY(f, l), f.scrollY())));
        if (!f.equals(frame)) {
            frame = f;
            dirty = true;
        }
    }

    private void layoutBars(TimelineLayout l, double cw, double ch, double w, double h) {
        syncingBars = true;
        try {
            boolean showV = l != null && frame != null && maxScrollY(frame, l) > 0;
            vertical.setVisible(showV);
            if (showV) {
                vertical.resizeRelocate(cw, 0, w - cw, ch);
                vertical.setMin(0);
                vertical.setMax(maxScrollY(frame, l));
                vertical.setVisibleAmount(frame.rowsHeight());
                vertical.setUnitIncrement(frame.rowHeight());
                vertical.setBlockIncrement(frame.rowsHeight());
                vertical.setValue(frame.scrollY());
            }
            boolean showH = l != null && frame != null && !fitted;
            horizontal.setVisible(showH);
            if (showH) {
                horizontal.resizeRelocate(0, ch, cw, h - ch);
                double shown = frame.chartWidth() / frame.pxPerMinute();
                horizontal.setMin(Math.min(0, frame.firstMinute()));
                horizontal.setMax(Math.max(frame.firstMinute(), l.endMinute() - shown * 0.5));
                horizontal.setVisibleAmount(shown);
                horizontal.setUnitIncrement(shown / 20);
                horizontal.setBlockIncrement(shown * 0.8);
                horizontal.setValue(frame.firstMinute());
            }
        } finally {
            syncingBars = false;
        }
    }

    private void paint() {
        TimelineLayout l = layout.get();
        framesPainted++;
        surface.clear(painter.palette().get(Palette.Token.BACKGROUND));
        if (l == null || frame == null) {
            return;
        }
        int focus = isFocused() ? focusedRow.get() : -1;
        painter.paint(surface, l, frame, new TimelineMarks(selectedRows, hoveredRow.get(), focus, playheadMinute.get()));
    }

    private void hover(double x, double y) {
        TimelineLayout l = layout.get();
        int row = l == null || frame == null || x < 0 ? -1 : frame.stepAt(l, x, y);
        boolean onPlayhead = frame != null && x >= 0 && (frame.onAxis(y) || nearPlayhead(x));
        canvas.setCursor(onPlayhead ? Cursor.H_RESIZE : row >= 0 ? Cursor.HAND : Cursor.DEFAULT);
        if (row == hoveredRow.get()) {
            return;
        }
        hoveredRow.set(row);
        if (row < 0) {
            if (tipInstalled) {
                Tooltip.uninstall(canvas, tip);
                tipInstalled = false;
            }
            tip.hide();
        } else {
            tip.setText(describe(row));
            tip.setStyle("-fx-font-size: " + textSize.get() + "px;");
            if (!tipInstalled) {
                Tooltip.install(canvas, tip);
                tipInstalled = true;
            }
        }
        redraw();
    }

    private boolean nearPlayhead(double x) {
        Integer m = playheadMinute.get();
        return m != null && Math.abs(frame.xOf(m) - x) <= GRAB;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        tip.hide();
        TimelineLayout l = layout.get();
        if (l == null || frame == null) {
            return;
        }
        dragX = e.getX();
        dragY = e.getY();
        dragFrame = frame;
        if (frame.onAxis(e.getY()) || nearPlayhead(e.getX())) {
            drag = Drag.PLAYHEAD;
            playheadMinute.set(frame.wholeMinuteAt(Math.max(frame.chartLeft(), e.getX())));
            return;
        }
        int row = frame.stepAt(l, e.getX(), e.getY());
        if (row >= 0) {
            drag = Drag.NONE;
            focusedRow.set(row);
            onSelectComponents.accept(l.step(row).components());
            redraw();
        } else {
            drag = e.getY() >= frame.rowsTop() ? Drag.PAN : Drag.NONE;
        }
    }

    private void dragged(MouseEvent e) {
        if (frame == null) {
            return;
        }
        if (drag == Drag.PLAYHEAD) {
            playheadMinute.set(frame.wholeMinuteAt(Math.max(frame.chartLeft(), e.getX())));
        } else if (drag == Drag.PAN) {
            double dx = e.getX() - dragX;
            if (dx != 0) {
                fitted = false;
            }
            setFrame(dragFrame.withFirstMinute(dragFrame.firstMinute() - dx / dragFrame.pxPerMinute())
                    .withScrollY(dragFrame.scrollY() - (e.getY() - dragY)));
        }
    }

    private void scrolled(ScrollEvent e) {
        if (frame == null || layout.get() == null) {
            return;
        }
        if (e.isControlDown() || e.isShortcutDown()) {
            zoomAround(e.getX(), e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double d = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
            fitted = false;
            setFrame(frame.withFirstMinute(frame.firstMinute() - d / frame.pxPerMinute()));
        } else {
            setFrame(frame.withScrollY(frame.scrollY() - e.getDeltaY()));
        }
        e.consume();
    }

    private void zoomAround(double x, double factor) {
        fitted = false;
        setFrame(frame.zoomedAround(Math.max(frame.chartLeft(), x), factor));
    }

    private void keyPressed(KeyEvent e) {
        TimelineLayout l = layout.get();
        if (l == null || frame == null || l.rowCount() == 0) {
            return;
        }
        int row = focusedRow.get();
        int next;
        switch (e.getCode()) {
            case DOWN -> next = row < 0 ? 0 : Math.min(l.rowCount() - 1, row + 1);
            case UP -> next = row < 0 ? 0 : Math.max(0, row - 1);
            case HOME -> next = 0;
            case END -> next = l.rowCount() - 1;
            case PAGE_DOWN -> next = Math.min(l.rowCount() - 1, Math.max(row, 0) + rowsPerPage());
            case PAGE_UP -> next = Math.max(0, Math.max(row, 0) - rowsPerPage());
            case LEFT -> next = row < 0 ? 0 : first(l.after(row), row);
            case RIGHT -> next = row < 0 ? 0 : first(l.waiters(row), row);
            case ENTER, SPACE -> {
                if (row >= 0) {
                    onSelectComponents.accept(l.step(row).components());
                }
                e.consume();
                return;
            }
            case PLUS, ADD, EQUALS -> {
                zoomAround(focusX(l), ZOOM_STEP);
                e.consume();
                return;
            }
            case MINUS, SUBTRACT -> {
                zoomAround(focusX(l), 1 / ZOOM_STEP);
                e.consume();
                return;
            }
            case DIGIT0, NUMPAD0 -> {
                fit();
                e.consume();
                return;
            }
            default -> {
                return;
            }
        }
        e.consume();
        focusedRow.set(next);
        var s = l.step(next);
        setFrame(frame.revealRow(next).revealMinutes(s.startMinute(), s.endMinute()));
        redraw();
    }

    private int rowsPerPage() {
        return Math.max(1, (int) (frame.rowsHeight() / frame.rowHeight()) - 1);
    }

    /** The first of these rows, or {@code otherwise} when there is none. */
    private static int first(int[] rows, int otherwise) {
        return rows.length == 0 ? otherwise : rows[0];
    }

    private double focusX(TimelineLayout l) {
        int row = focusedRow.get();
        return row < 0 ? frame.chartLeft() : frame.xOf(l.step(row).startMinute());
    }

    /** How far the rows scroll: to the last row, and past it by the capacity bands pinned under them. */
    private static double maxScrollY(TimelineFrame f, TimelineLayout l) {
        double rows = f.maxScrollY(l.rowCount());
        double footer = dev.stagecraft.diagram.timeline.TimelinePainter.footerHeight(l);
        return footer == 0 || l.rowCount() * f.rowHeight() + footer <= f.rowsHeight() ? rows
                : Math.max(0, l.rowCount() * f.rowHeight() + footer - f.rowsHeight());
    }
}
