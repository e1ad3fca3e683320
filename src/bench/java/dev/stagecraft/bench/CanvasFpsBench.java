package dev.stagecraft.bench;

import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import dev.stagecraft.ui.canvas.GraphCanvas;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.ui.render.FxSurface;
import dev.stagecraft.ui.render.FxTextMeasurer;
import dev.stagecraft.diagram.GraphPainter;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.diagram.Viewport;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * New pictures per second of the real graph canvas in a 1280x800 window during a continuous gesture, the measure
 * of issue 10's goals (≥ 60/s at 500 components, ≥ 30/s at 2,000, ≥ 15/s at 10,000, at fit and at 100 %).
 *
 * <p>A <em>picture</em> is one completed repaint of the canvas content at the viewport that is current
 * ({@link GraphCanvas#framesPainted()} rose); a pulse that only shows the last picture moved and scaled (the
 * canvas' preview while a repaint would not fit a frame) is not one. The gesture changes the view once per pulse,
 * as a drag or a wheel does: {@code pan} moves it 4 px (back and forth along a diagonal), {@code zoom} zooms by
 * 1 % around the centre (in for 30 pulses, out for 30). Each run lasts 5 s; the rates are counted after the first
 * second (first paints, JIT, glyph caches). {@code pulses/s} counts the pulses that passed (at most 60 in JavaFX).
 * The full repaint is one picture at rest (level of detail {@code AUTO}) on an offscreen canvas of the window's
 * size plus a snapshot, which forces the software rasteriser through it: median and 90th percentile of 15.
 *
 * <p>Run under Xvfb with the software pipeline:
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" mvn -q -o -Pbench test-compile exec:java
 * -Dexec.mainClass=dev.stagecraft.bench.CanvasFpsBench -Dprism.order=sw}.
 * Arguments: {@code components:dependencies ...} (default 500:2000 2000:8000 10000:40000).
 */
public final class CanvasFpsBench {
    private static final double SECONDS = 5;
    /** The first second after the window shows is left out of the rates. */
    private static final double WARM_UP = 1;
    private static final int REPAINTS = 15;

    private CanvasFpsBench() {
    }

    private enum Gesture { PAN, ZOOM }

    /** One measured row of the table. */
    private record Row(int components, int dependencies, String view, Gesture gesture, double pulses,
                       double pictures) {
    }

    public static void main(String[] args) throws Exception {
        String[] sizes = args.length > 0 ? args : new String[] {"500:2000", "2000:8000", "10000:40000"};
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Row> rows = new ArrayList<>();
        List<String> repaints = new ArrayList<>();
        for (String size : sizes) {
            String[] nm = size.split(":");
            ServiceGraph g = GraphGenerator.generate(Integer.parseInt(nm[0]), Integer.parseInt(nm[1]), 42);
            for (boolean zoomed : new boolean[] {false, true}) {
                String view = zoomed ? "100 %" : "fit";
                double[] repaint = null;
                for (Gesture gesture : Gesture.values()) {
                    double[] r = measure(g, zoomed, gesture, repaint == null);
                    rows.add(new Row(g.componentCount(), g.dependencyCount(), view, gesture, r[0], r[1]));
                    if (repaint == null) {
                        repaint = Arrays.copyOfRange(r, 2, 4);
                    }
                }
                repaints.add(String.format(Locale.ROOT, "| %,d / %,d | %s | %.1f | %.1f |", g.componentCount(),
                        g.dependencyCount(), view, repaint[0], repaint[1]));
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.println("| components / dependencies | view | gesture | pulses/s | new pictures/s |");
        System.out.println("|---|---|---|---|---|");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "| %,d / %,d | %s | %s | %.1f | %.1f |%n", r.components(), r.dependencies(),
                    r.view(), r.gesture().name().toLowerCase(Locale.ROOT), r.pulses(), r.pictures());
        }
        System.out.println();
        System.out.println("| components / dependencies | view | full repaint median ms | p90 ms |");
        System.out.println("|---|---|---|---|");
        repaints.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%nload average (1 min) before %.2f, after %.2f%n", loadBefore, loadAfter);
        Platform.exit();
    }

    /**
     * Pulses and new pictures per second after the first second of the gesture, then (when asked) the median and
     * 90th percentile of the full repaint at the starting view, in ms.
     */
    private static double[] measure(ServiceGraph g, boolean zoomed, Gesture gesture, boolean repaint)
            throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        double[] result = new double[4];
        Platform.runLater(() -> {
            FxTextMeasurer m = new FxTextMeasurer();
            Diagram d = new Diagram(g, m, new DiagramPlacement(() -> new int[g.componentCount()]));
            GraphCanvas canvas = new GraphCanvas(m, Palette.of(Theme.LIGHT));
            canvas.diagramProperty().set(d);
            canvas.highlightingProperty().set(Highlighting.none(d.size()));
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(canvas), 1280, 800));
            stage.show();
            canvas.zoomToFit();
            if (zoomed) {
                canvas.zoomBy(1 / canvas.viewportProperty().get().scale());
            }
            Viewport start = canvas.viewportProperty().get();
            new AnimationTimer() {
                private long first;
                private int pulses;
                private long warm;
                private int warmPulses;
                private long warmPictures;

                @Override
                public void handle(long now) {
                    if (first == 0) {
                        first = now;
                    }
                    pulses++;
                    double t = (now - first) / 1e9;
                    if (warm == 0 && t >= WARM_UP) {
                        warm = now;
                        warmPulses = pulses;
                        warmPictures = canvas.framesPainted();
                    }
                    step(canvas, gesture, pulses);
                    if (t >= SECONDS) {
                        stop();
                        double steady = (now - warm) / 1e9;
                        result[0] = (pulses - warmPulses) / steady;
                        result[1] = (canvas.framesPainted() - warmPictures) / steady;
                        stage.close();
                        if (repaint) {
                            double[] ms = fullRepaintMillis(d, start, m);
                            result[2] = ms[ms.length / 2];
                            result[3] = ms[(int) Math.ceil(ms.length * 0.9) - 1];
                        }
                        done.countDown();
                    }
                }
            }.start();
        });
        done.await();
        return result;
    }

    /** One pulse of the gesture: what a drag event or a wheel notch does to the view. */
    private static void step(GraphCanvas canvas, Gesture gesture, int pulse) {
        boolean forth = pulse % 60 < 30;
        if (gesture == Gesture.ZOOM) {
            canvas.zoomBy(forth ? 1.01 : 1 / 1.01);
            return;
        }
        Viewport v = canvas.viewportProperty().get();
        double step = forth ? 4 : -4;
        canvas.centerOn(v.toWorldX(v.width() / 2 - step), v.toWorldY(v.height() / 2 - step));
    }

    /** Sorted times of {@link #REPAINTS} full repaints (paint + rasterize) in ms. */
    private static double[] fullRepaintMillis(Diagram d, Viewport v, FxTextMeasurer m) {
        Canvas offscreen = new Canvas(v.width(), v.height());
        GraphPainter painter = new GraphPainter(Palette.of(Theme.LIGHT));
        FxSurface surface = FxSurface.onScreen(offscreen.getGraphicsContext2D(), m);
        Highlighting none = Highlighting.none(d.size());
        painter.paint(surface, d, none, v, GraphPainter.Detail.AUTO, true);
        offscreen.snapshot(null, null);
        double[] ms = new double[REPAINTS];
        for (int r = 0; r < REPAINTS; r++) {
            long t0 = System.nanoTime();
            painter.paint(surface, d, none, v, GraphPainter.Detail.AUTO, true);
            offscreen.snapshot(null, null);
            ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }
}
