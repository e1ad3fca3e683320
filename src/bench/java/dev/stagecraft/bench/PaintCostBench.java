package dev.stagecraft.bench;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.GraphPainter;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import dev.stagecraft.ui.render.FxSurface;
import dev.stagecraft.ui.render.FxTextMeasurer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;

/**
 * What one picture of the canvas costs, split by thread, in CPU time (so other work on the machine moves it
 * little): on the JavaFX thread the painter (culling, the Java rasterizer, recording canvas commands), on the
 * render thread the canvas' rasterization of those commands plus one composite and read-back (a snapshot). For a
 * 1280x800 view at fit and at 100 %, at rest ({@code AUTO}) and while moving ({@code MOTION}), through the window's
 * surface ({@code FxSurface.onScreen}: edges rasterized in Java) and through PNG export's (every shape through the
 * canvas). Medians of 40 pictures after 5 unmeasured ones. The profile behind issue 10's frame-rate work.
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" mvn -q -o -Pbench test-compile exec:java
 * -Dexec.mainClass=dev.stagecraft.bench.PaintCostBench -Dprism.order=sw}; arguments
 * {@code components:dependencies ...} (default 500:2000 2000:8000 10000:40000).
 */
public final class PaintCostBench {
    private static final int WARM = 5;
    private static final int PICTURES = 40;

    private PaintCostBench() {
    }

    public static void main(String[] args) throws Exception {
        String[] sizes = args.length > 0 ? args : new String[] {"500:2000", "2000:8000", "10000:40000"};
        Platform.startup(() -> { });
        long renderThread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElseThrow().getId();
        System.out.println("| components / dependencies | view | detail | surface | JavaFX thread ms | render thread ms |");
        System.out.println("|---|---|---|---|---|---|");
        for (String size : sizes) {
            String[] nm = size.split(":");
            ServiceGraph g = GraphGenerator.generate(Integer.parseInt(nm[0]), Integer.parseInt(nm[1]), 42);
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                FxTextMeasurer m = new FxTextMeasurer();
                Diagram d = new Diagram(g, m, new DiagramPlacement(() -> new int[g.componentCount()]));
                Viewport fit = Viewport.fit(d.bounds(), 1280, 800 - 90, 40, 1.25);
                fit = new Viewport(fit.scale(), fit.translateX(), fit.translateY() + 90, 1280, 800);
                for (Viewport v : new Viewport[] {fit, fit.zoomAround(1 / fit.scale(), 640, 400)}) {
                    for (GraphPainter.Detail detail : new GraphPainter.Detail[] {GraphPainter.Detail.AUTO,
                        GraphPainter.Detail.MOTION}) {
                        for (boolean window : new boolean[] {true, false}) {
                            double[] ms = measure(d, v, detail, window, m, renderThread);
                            System.out.printf(Locale.ROOT, "| %,d / %,d | %s | %s | %s | %.1f | %.1f |%n",
                                    g.componentCount(), g.dependencyCount(), v == fit ? "fit" : "100 %",
                                    detail.name().toLowerCase(Locale.ROOT), window ? "window" : "PNG export",
                                    ms[0], ms[1]);
                        }
                    }
                }
                done.countDown();
            });
            done.await();
        }
        Platform.exit();
    }

    /** Median CPU ms per picture on the JavaFX thread and on the render thread. */
    private static double[] measure(Diagram d, Viewport v, GraphPainter.Detail detail, boolean window,
                                    FxTextMeasurer m, long renderThread) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Canvas canvas = new Canvas(v.width(), v.height());
        FxSurface s = window ? FxSurface.onScreen(canvas.getGraphicsContext2D(), m)
                : new FxSurface(canvas.getGraphicsContext2D(), m);
        GraphPainter painter = new GraphPainter(Palette.of(Theme.LIGHT));
        Highlighting none = Highlighting.none(d.size());
        double[] fx = new double[PICTURES];
        double[] render = new double[PICTURES];
        for (int r = -WARM; r < PICTURES; r++) {
            long f0 = threads.getCurrentThreadCpuTime();
            painter.paint(s, d, none, v, detail, true);
            long f1 = threads.getCurrentThreadCpuTime();
            long r0 = threads.getThreadCpuTime(renderThread);
            canvas.snapshot(null, null);
            long r1 = threads.getThreadCpuTime(renderThread);
            if (r >= 0) {
                fx[r] = (f1 - f0) / 1e6;
                render[r] = (r1 - r0) / 1e6;
            }
        }
        Arrays.sort(fx);
        Arrays.sort(render);
        return new double[] {fx[PICTURES / 2], render[PICTURES / 2]};
    }
}
