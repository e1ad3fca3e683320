package dev.stagecraft.bench;

import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import dev.stagecraft.ui.canvas.GraphCanvas;
import dev.stagecraft.ui.render.FxTextMeasurer;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.ui.task.DaemonThreads;
import dev.stagecraft.ui.document.AnalysisViewModel;
import dev.stagecraft.ui.document.DocumentViewModel;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Select → blast-radius highlight visible, at 20,000 components / 100,000 dependencies in a 1280x800 window:
 * from the selection (what a click calls) to the end of the repaint, taken as the end of the pulse that drew
 * the new frame plus a synchronous snapshot of the canvas (which forces the software rasteriser through the
 * frame, an upper bound). Median of 21 selections of random components, zoomed to fit and at 100 %.
 * {@code DISPLAY=:93 mvn -q -o -Pbench test-compile exec:java -Dexec.mainClass=dev.stagecraft.bench.SelectHighlightBench -Dprism.order=sw}
 */
public final class SelectHighlightBench {
    private static final int ROUNDS = 21;

    private SelectHighlightBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 100000;
        ServiceGraph g = GraphGenerator.generate(n, m, 1);
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        for (boolean zoomed : new boolean[] {false, true}) {
            double[] ms = measure(g, zoomed);
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%d components %d deps %-6s select->visible median %.1f ms (min %.1f, max %.1f)%n",
                    n, m, zoomed ? "100%" : "fit", ms[ms.length / 2], ms[0], ms[ms.length - 1]);
        }
        Platform.exit();
    }

    private static double[] measure(ServiceGraph g, boolean zoomed) throws Exception {
        double[] result = new double[ROUNDS];
        CountDownLatch ready = new CountDownLatch(1);
        AnalysisViewModel[] analysis = new AnalysisViewModel[1];
        GraphCanvas[] canvas = new GraphCanvas[1];
        Scene[] scene = new Scene[1];
        Platform.runLater(() -> {
            FxTextMeasurer measurer = new FxTextMeasurer();
            DocumentViewModel document = new DocumentViewModel();
            document.setDocument(g, null, java.util.List.of(), null);
            analysis[0] = new AnalysisViewModel(document, measurer, new DaemonThreads("spatial index"));
            canvas[0] = new GraphCanvas(measurer, Palette.of(Theme.LIGHT));
            canvas[0].diagramProperty().bind(analysis[0].diagramProperty());
            canvas[0].highlightingProperty().bind(analysis[0].highlightingProperty());
            Stage stage = new Stage();
            scene[0] = new Scene(new StackPane(canvas[0]), 1280, 800);
            stage.setScene(scene[0]);
            stage.show();
            canvas[0].zoomToFit();
            if (zoomed) {
                canvas[0].zoomBy(1 / canvas[0].viewportProperty().get().scale());
            }
            ready.countDown();
        });
        ready.await();
        Thread.sleep(1500);
        Random random = new Random(7);
        for (int r = 0; r < ROUNDS; r++) {
            String id = g.components().stream().skip(random.nextInt(g.componentCount())).findFirst().orElseThrow().id();
            CountDownLatch done = new CountDownLatch(1);
            int round = r;
            Platform.runLater(() -> {
                long t0 = System.nanoTime();
                analysis[0].select(id);
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    scene[0].removePostLayoutPulseListener(listener[0]);
                    ((Canvas) canvas[0].getChildrenUnmodifiable().get(0)).snapshot(null, null);
                    result[round] = (System.nanoTime() - t0) / 1e6;
                    done.countDown();
                };
                scene[0].addPostLayoutPulseListener(listener[0]);
                Platform.requestNextPulse();
            });
            done.await();
            Thread.sleep(100);
        }
        return result;
    }
}
