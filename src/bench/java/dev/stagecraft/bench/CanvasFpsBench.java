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
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Frames per second of the real graph canvas in a 1280x800 window while it zooms every frame: pulses per second
 * over 5 s from the first frame ({@code fps}), the same after the first second ({@code after 1 s}), and the pictures
 * the canvas really painted per second after the first second ({@code pictures}; a pulse may show no new picture).
 * Run under Xvfb with the software pipeline, as issue 3 asks:
 * {@code DISPLAY=:99 mvn -q -o -Pbench test-compile exec:java -Dexec.mainClass=dev.stagecraft.bench.CanvasFpsBench -Dprism.order=sw}
 * Arguments: {@code components:dependencies ...} (default 500:2000 2000:8000 10000:40000).
 */
public final class CanvasFpsBench {
    private static final double SECONDS = 5;
    /** The first second after the window shows (first paints, JIT, glyph caches) is left out of the steady rates. */
    private static final double WARM_UP = 1;

    private CanvasFpsBench() {
    }

    public static void main(String[] args) throws Exception {
        String[] sizes = args.length > 0 ? args : new String[] {"500:2000", "2000:8000", "10000:40000"};
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        for (String size : sizes) {
            String[] nm = size.split(":");
            ServiceGraph g = GraphGenerator.generate(Integer.parseInt(nm[0]), Integer.parseInt(nm[1]), 42);
            for (String view : new String[] {"fit", "zoomed"}) {
                double[] fps = measure(g, view.equals("zoomed"));
                System.out.printf(Locale.ROOT, "%6d components %6d dependencies  %-6s %6.1f fps  after 1 s %6.1f fps"
                        + "  pictures %6.1f/s  full repaint %6.1f ms%n",
                        g.componentCount(), g.dependencyCount(), view, fps[0], fps[2], fps[3], fps[1]);
            }
        }
        Platform.exit();
    }

    /** Frames per second while zooming every frame, and the cost of one full repaint (paint + rasterize). */
    private static double[] measure(ServiceGraph g, boolean zoomed) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        double[] fps = new double[4];
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
            new AnimationTimer() {
                private long start;
                private int frames;
                private long warm;
                private int warmFrames;
                private long warmPictures;

                @Override
                public void handle(long now) {
                    if (start == 0) {
                        start = now;
                    }
                    frames++;
                    double t = (now - start) / 1e9;
                    if (warm == 0 && t >= WARM_UP) {
                        warm = now;
                        warmFrames = frames;
                        warmPictures = canvas.framesPainted();
                    }
                    canvas.zoomBy(frames % 60 < 30 ? 1.01 : 1 / 1.01);
                    if (t >= SECONDS) {
                        stop();
                        fps[0] = frames / t;
                        double steady = (now - warm) / 1e9;
                        fps[2] = (frames - warmFrames) / steady;
                        fps[3] = (canvas.framesPainted() - warmPictures) / steady;
                        fps[1] = fullRepaintMillis(d, canvas.viewportProperty().get(), m);
                        stage.close();
                        done.countDown();
                    }
                }
            }.start();
        });
        done.await();
        return fps;
    }

    private static double fullRepaintMillis(Diagram d, Viewport v, FxTextMeasurer m) {
        Canvas offscreen = new Canvas(v.width(), v.height());
        GraphPainter painter = new GraphPainter(Palette.of(Theme.LIGHT));
        FxSurface surface = new FxSurface(offscreen.getGraphicsContext2D(), m);
        Highlighting none = Highlighting.none(d.size());
        int rounds = 5;
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            painter.paint(surface, d, none, v, GraphPainter.Detail.AUTO, true);
            offscreen.snapshot(null, null);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best / 1e6;
    }
}
