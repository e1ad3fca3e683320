package dev.stagecraft.ui.canvas;

import dev.stagecraft.model.Dependency;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.ui.render.FxSurface;
import dev.stagecraft.ui.render.FxTextMeasurer;
import dev.stagecraft.diagram.GraphPainter;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.ui.style.Styles;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import javafx.util.Duration;

/**
 * The graph view: a {@link Canvas} painted by the shared {@link GraphPainter}, redrawn only when
 * something it shows changed (diagram, highlighting, palette, viewport, size) and then at most once per
 * frame. A highlight that dims everything else (blast radius, cycles) is two layers: the dimmed backdrop,
 * kept while only the selection changes, and a second canvas with the emphasised part, so a click at
 * 20,000 components repaints only what it picks out. Mouse gestures are decided by one {@code GestureMachine}
 * (pan, zoom, select, move, rubber band, connect); what they do beyond the view goes to the {@link GestureReactions}
 * the editor sets. While the view moves the canvas paints a new picture every pulse, as long as pictures come at least
 * 10 times a second ({@link FrameBudget}); when they take longer, it moves and scales the last picture instead
 * (only a texture is composited) and paints afresh once the gesture pauses. Dragging a component moves it live in the diagram only; on release the move is reported once
 * (the window turns it into one undoable command). It owns no model state.
 */
public final class GraphCanvas extends Region {
    public static final double FIT_MARGIN = 24;
    /** Room kept free at the top when fitting, for the legend painted there. */
    public static final double FIT_LEGEND_ROOM = 90;
    private static final double FIT_MAX_SCALE = 1.25;

    private final Canvas canvas = new Canvas();
    /**
     * Over {@link #canvas}: the emphasis of a highlight that dims the rest (blast radius, cycles), while the
     * canvas below keeps the dimmed backdrop. Selecting another component repaints only this layer.
     */
    private final Canvas emphasis = new Canvas();
    private final FxTextMeasurer measurer;
    private final ObjectProperty<Diagram> diagram = new SimpleObjectProperty<>(this, "diagram");
    private final ObjectProperty<Highlighting> highlighting = new SimpleObjectProperty<>(this, "highlighting");
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette");
    private final ObjectProperty<Dependency.Key> selectedDependency =
            new SimpleObjectProperty<>(this, "selectedDependency");
    private final ReadOnlyObjectWrapper<Viewport> viewport =
            new ReadOnlyObjectWrapper<>(this, "viewport", new Viewport(1, 0, 0, 0, 0));
    /**
     * Draws a pending picture at the start of the next pulse. It is the fallback: in a shown scene the pre-layout
     * listener below paints first, in the same pulse as the animations and events that asked for it (a timer
     * started during a pulse's animations would only run at the following pulse, halving the frame rate of an
     * animated pan or zoom).
     */
    private final AnimationTimer frame = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drawIfPending();
        }
    };
    private final FrameBudget budget = new FrameBudget();
    private final Runnable beforeLayout = () -> {
        budget.pulse(System.nanoTime());
        drawIfPending();
    };
    /** A redraw was asked for and has not happened yet. */
    private boolean pending;
    private long framesPainted;
    private static final Duration SETTLE = Duration.millis(140);

    private final Affine preview = new Affine();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private Viewport painted;
    private GraphPainter painter;
    private final javafx.beans.property.BooleanProperty styleKey =
            new javafx.beans.property.SimpleBooleanProperty(this, "styleKey", false);
    private FxSurface surface;
    private FxSurface emphasisSurface;
    /** The backdrop on {@link #canvas} is stale (diagram, geometry, palette, view or kind of highlight changed). */
    private boolean backdropStale = true;
    /** The highlighting the backdrop was painted for (only its kind and size matter). */
    private Highlighting backdropOf;
    private Diagram edgeLookupDiagram;
    private Dependency.Key edgeLookupKey;
    private int edgeLookupIndex = -1;
    /**
     * With {@code -Dstagecraft.trace=startup}, the first frame that draws a graph prints how long after
     * the JVM started it was painted (the measure of "open a file and see it"; see README, Benchmarks); with
     * {@code startup-exit} the app then exits (start-up measurements, and the packaging's class-loading run for the
     * AppCDS archive).
     */
    private boolean traceFirstFrame = System.getProperty("stagecraft.trace", "").startsWith("startup");
    private final boolean exitAfterFirstFrame = "startup-exit".equals(System.getProperty("stagecraft.trace"));
    private final CanvasInput input;
    private boolean fitPending = true;
    /** A pan or zoom is under way (the view changed less than {@link #SETTLE} ago). */
    private boolean moving;

    public GraphCanvas(FxTextMeasurer measurer, Palette initial) {
        this.measurer = measurer;
        getStyleClass().add(Styles.GRAPH_CANVAS);
        getChildren().addAll(canvas, emphasis);
        emphasis.setMouseTransparent(true);
        palette.set(initial);
        surface = FxSurface.onScreen(canvas.getGraphicsContext2D(), measurer);
        emphasisSurface = FxSurface.onScreen(emphasis.getGraphicsContext2D(), measurer);
        painter = new GraphPainter(initial);
        painter.setStyleKey(styleKey.get());
        palette.addListener((o, was, now) -> {
            painter = new GraphPainter(now);
            painter.setStyleKey(styleKey.get());
            painter.setBlocked(blocked);
            painter.setTextScale(textScale);
            painter.setCollapsedSystems(collapsed);
            requestRedraw();
        });
        styleKey.addListener((o, was, now) -> {
            painter.setStyleKey(now);
            requestRedraw();
        });
        collapsed.addListener((javafx.collections.SetChangeListener<String>) change -> {
            painter.setCollapsedSystems(collapsed);
            requestRedraw();
        });
        diagram.addListener((o, was, now) -> requestRedraw());
        highlighting.addListener((o, was, now) -> schedule());
        selectedDependency.addListener((o, was, now) -> schedule());
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePreLayoutPulseListener(beforeLayout);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(beforeLayout);
            }
        });
        viewport.addListener((o, was, now) -> viewportChanged(now));
        canvas.getTransforms().add(preview);
        emphasis.getTransforms().add(preview);
        settle.setOnFinished(e -> {
            moving = false;
            requestRedraw();
        });
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        input = new CanvasInput(this);
        setMinSize(0, 0);
    }

    private java.util.List<double[]> blocked = java.util.List.of();
    private final javafx.collections.ObservableSet<String> collapsed = javafx.collections.FXCollections.observableSet();
    private double textScale = 1;

    /**
     * How much larger than usual the legend and the key of styles are (the window's text size over the normal one);
     * Fit keeps that much more room at the top for the legend.
     */
    public void setTextScale(double scale) {
        textScale = scale;
        painter.setTextScale(scale);
        requestRedraw();
    }

    /**
     * The rectangles (x, y, w, h, in this canvas's pixels) that controls lying over the map cover (the Find bar, the
     * minimap); the legend and the key of styles go where they are clear of them.
     */
    public void setBlocked(java.util.List<double[]> boxes) {
        blocked = java.util.List.copyOf(boxes);
        painter.setBlocked(blocked);
        requestRedraw();
    }

    /**
     * The systems drawn collapsed: one card over the hull with the system's name and size, its members and the
     * dependencies among them hidden under it (a view setting, not saved in the file; double-click expands).
     */
    public javafx.collections.ObservableSet<String> collapsedSystemsProperty() {
        return collapsed;
    }

    /** The collapsed systems now (a copy). */
    java.util.Set<String> collapsedSystems() {
        return java.util.Set.copyOf(collapsed);
    }

    /** Whether the key to the drawing's styles is shown at the bottom left (View → Key of styles). */
    public javafx.beans.property.BooleanProperty styleKeyProperty() {
        return styleKey;
    }

    public ObjectProperty<Diagram> diagramProperty() {
        return diagram;
    }

    public ObjectProperty<Highlighting> highlightingProperty() {
        return highlighting;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** The dependency drawn as selected (over everything, in the selection colour); null for none. */
    public ObjectProperty<Dependency.Key> selectedDependencyProperty() {
        return selectedDependency;
    }

    /** The current world-to-screen transform; its scale is the zoom (1 = 100 %). */
    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    /** Who is told what a gesture did beyond the view: selection, edits and the gesture's feedback (the editor). */
    public void setGestureReactions(GestureReactions reactions) {
        input.setReactions(reactions);
    }

    /** Esc: ends the gesture under way and undoes what it showed; false when none was under way. */
    public boolean cancelGesture() {
        return input.cancel();
    }

    /** Shows the view through this viewport (a pan or zoom by the mouse). */
    void showViewport(Viewport v) {
        viewport.set(v);
    }

    /**
     * The margin Fit keeps around the drawing, in pixels: {@value #FIT_MARGIN} in the window, less while presenting,
     * where the screen's edge is the room's and every pixel goes to the names.
     */
    public void setFitMargin(double margin) {
        fitMargin = margin;
    }

    private double fitMargin = FIT_MARGIN;

    /** Shows the whole diagram (at most at 125 %), now or as soon as the view has a size. */
    public void zoomToFit() {
        Diagram d = diagram.get();
        if (d == null || getWidth() <= 0 || getHeight() <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        // room at the top for a legend, whether one is shown now or not: choosing a highlight must not move the view
        double legendRoom = FIT_LEGEND_ROOM * textScale;
        Viewport fit = Viewport.fit(d.bounds(), getWidth(), getHeight() - legendRoom, fitMargin, FIT_MAX_SCALE);
        viewport.set(new Viewport(fit.scale(), fit.translateX(), fit.translateY() + legendRoom, getWidth(), getHeight()));
    }

    /** Shows the given components as large as fits (at most at 125 %); does nothing for none. */
    public void zoomTo(Collection<String> ids) {
        Diagram d = diagram.get();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (String id : ids) {
            int i = d == null ? -1 : d.indexOf(id);
            if (i >= 0) {
                minX = Math.min(minX, d.left(i));
                minY = Math.min(minY, d.top(i));
                maxX = Math.max(maxX, d.left(i) + d.width(i));
                maxY = Math.max(maxY, d.top(i) + d.height(i));
            }
        }
        if (minX <= maxX && getWidth() > 0 && getHeight() > 0) {
            fitPending = false;
            viewport.set(Viewport.fit(new Viewport.Bounds(minX, minY, maxX, maxY), getWidth(), getHeight(), FIT_MARGIN * 2,
                    FIT_MAX_SCALE));
        }
    }

    /** Zoom 100 %, keeping the point in the middle of the view where it is. */
    public void actualSize() {
        Viewport v = viewport.get();
        zoomBy(1 / v.scale());
    }

    /** Zooms by a factor around the view's centre (keyboard zoom). */
    public void zoomBy(double factor) {
        viewport.set(viewport.get().zoomAround(factor, getWidth() / 2, getHeight() / 2));
    }

    /** Pans, keeping the zoom, so the world point is in the middle of the view. */
    public void centerOn(double worldX, double worldY) {
        Viewport v = viewport.get();
        fitPending = false;
        viewport.set(new Viewport(v.scale(), getWidth() / 2 - worldX * v.scale(), getHeight() / 2 - worldY * v.scale(),
                v.width(), v.height()));
    }

    /** Pans so the component is in the middle of the view; false when it is not in the diagram. */
    public boolean centerOn(String id) {
        Diagram d = diagram.get();
        int i = d == null ? -1 : d.indexOf(id);
        if (i >= 0) {
            centerOn(d.centerX(i), d.centerY(i));
        }
        return i >= 0;
    }

    /** Where the centre of a component's box is, in this node's local coordinates; null when absent. */
    public Point2D localPointOf(String id) {
        Diagram d = diagram.get();
        int i = d == null ? -1 : d.indexOf(id);
        if (i < 0) {
            return null;
        }
        Viewport v = viewport.get();
        return new Point2D(v.toScreenX(d.centerX(i)), v.toScreenY(d.centerY(i)));
    }

    /** The id of the component drawn at a local point, null for empty space. */
    public String componentAt(double x, double y) {
        return CanvasHits.componentAt(diagram.get(), viewport.get(), x, y);
    }

    /** The dependency drawn at a local point (only where dependencies are drawn to be picked), null for none. */
    public Dependency.Key dependencyAt(double x, double y) {
        return CanvasHits.dependencyAt(diagram.get(), viewport.get(), x, y);
    }

    /** Marks the picture stale; it is redrawn once, at the next frame. */
    public void requestRedraw() {
        backdropStale = true;
        schedule();
    }

    /** Draws at the next pulse (what changed decides how much is repainted). */
    private void schedule() {
        pending = true;
        frame.start();
        Platform.requestNextPulse();
    }

    /** How many pictures this canvas has painted (benchmarks compare it with the pulses that passed). */
    public long framesPainted() {
        return framesPainted;
    }

    private void drawIfPending() {
        frame.stop();
        if (pending) {
            pending = false;
            draw();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            emphasis.setWidth(w);
            emphasis.setHeight(h);
            viewport.set(viewport.get().resized(w, h));
            if (fitPending) {
                zoomToFit();
            }
            requestRedraw();
        }
    }

    private void viewportChanged(Viewport now) {
        settle.playFromStart();
        if (painted == null || now.width() != painted.width() || now.height() != painted.height()) {
            moving = painted != null;
            requestRedraw();
            return;
        }
        moving = true;
        if (budget.fits(diagram.get(), now.scale())) {
            // new pictures keep up: paint every pulse, in motion detail until the gesture pauses
            requestRedraw();
            return;
        }
        double r = now.scale() / painted.scale();
        preview.setToTransform(r, 0, now.translateX() - r * painted.translateX(),
                0, r, now.translateY() - r * painted.translateY());
    }

    private void draw() {
        framesPainted++;
        if (!moving) {
            settle.stop();
        }
        preview.setToIdentity();
        Diagram d = diagram.get();
        Highlighting h = highlighting.get();
        if (emphasis.isVisible()) {
            GraphicsContext top = emphasis.getGraphicsContext2D();
            top.setTransform(1, 0, 0, 1, 0, 0);
            top.clearRect(0, 0, emphasis.getWidth(), emphasis.getHeight());
        }
        int chosenEdge = selectedEdge(d);
        // an empty emphasis layer is hidden, so plain frames composite one canvas only
        emphasis.setVisible(h != null && h.hasBackdrop() || chosenEdge >= 0);
        if (d == null || h == null || h.size() != d.size() || canvas.getWidth() <= 0) {
            surface.clear(palette.get().get(Palette.Token.BACKGROUND));
            backdropStale = true;
            return;
        }
        Viewport now = viewport.get();
        if (backdropStale || !now.equals(painted) || !h.sameBackdrop(backdropOf)) {
            painted = now;
            backdropOf = h;
            backdropStale = false;
            long start = System.nanoTime();
            painter.paint(surface, d, h, painted, detail(), true, GraphPainter.Layer.BACKDROP);
            if (moving) {
                budget.painted(d, now.scale(), System.nanoTime() - start);
            }
        }
        painter.paint(emphasisSurface, d, h, painted, detail(), true, GraphPainter.Layer.EMPHASIS);
        if (chosenEdge >= 0) {
            painter.paintSelectedEdge(emphasisSurface, d, chosenEdge, painted);
        }
        if (traceFirstFrame && d.size() > 0) {
            traceFirstFrame = false;
            System.err.printf(Locale.ROOT, "stagecraft: first frame of %d components painted %d ms after"
                    + " the JVM started%n", d.size(), ManagementFactory.getRuntimeMXBean().getUptime());
            if (exitAfterFirstFrame) {
                javafx.application.Platform.runLater(() -> System.exit(0));
            }
        }
    }

    /** Full detail at rest; while the view moves, the cheaper motion detail (see {@link GraphPainter.Detail}). */
    private GraphPainter.Detail detail() {
        return moving ? GraphPainter.Detail.MOTION : GraphPainter.Detail.AUTO;
    }

    /** Index of the selected dependency in the diagram, -1 when none (found once per diagram and selection). */
    private int selectedEdge(Diagram d) {
        Dependency.Key key = selectedDependency.get();
        if (key == null || d == null) {
            return -1;
        }
        if (d != edgeLookupDiagram || !key.equals(edgeLookupKey)) {
            edgeLookupDiagram = d;
            edgeLookupKey = key;
            edgeLookupIndex = -1;
            int from = d.indexOf(key.from());
            int to = d.indexOf(key.to());
            for (int e = 0; e < d.edgeCount() && from >= 0 && to >= 0; e++) {
                if (d.edgeFrom(e) == from && d.edgeTo(e) == to) {
                    edgeLookupIndex = e;
                    break;
                }
            }
        }
        return edgeLookupIndex;
    }
}
