package dev.stagecraft.bench;

import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import dev.stagecraft.ui.minimap.Minimap;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.ui.render.FxTextMeasurer;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.diagram.Viewport;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * What the minimap costs: redrawing its boxes after a model change (drawing + one rasterizing snapshot),
 * and following the main view (a pan: only the viewport rectangle moves).
 * {@code DISPLAY=:99 mvn -q -o -Pbench test-compile exec:java -Dexec.mainClass=dev.stagecraft.bench.MinimapBench -Dprism.order=sw}
 */
public final class MinimapBench {
    private MinimapBench() {
    }

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        for (int n : new int[] {2000, 10000}) {
            ServiceGraph g = GraphGenerator.generate(n, n * 4, 42);
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                FxTextMeasurer m = new FxTextMeasurer();
                Diagram d = new Diagram(g, m, new DiagramPlacement(() -> new int[g.componentCount()]));
                var diagram = new SimpleObjectProperty<Diagram>();
                var viewport = new SimpleObjectProperty<>(new Viewport(0.5, 0, 0, 1280, 800));
                Minimap map = new Minimap(diagram, new SimpleObjectProperty<>(Palette.of(Theme.LIGHT)), viewport, (x, y) -> { });
                new Scene(new StackPane(map));
                int rounds = 20;
                long t0 = System.nanoTime();
                for (int i = 0; i < rounds; i++) {
                    diagram.set(null);
                    diagram.set(d);
                    map.snapshot(null, null);
                }
                double redraw = (System.nanoTime() - t0) / 1e6 / rounds;
                long t1 = System.nanoTime();
                for (int i = 0; i < 1000; i++) {
                    viewport.set(viewport.get().panBy(1, 1));
                }
                double pan = (System.nanoTime() - t1) / 1e6 / 1000;
                System.out.printf(Locale.ROOT, "%6d components  minimap redraw %6.2f ms  follow a pan %6.4f ms%n", n, redraw, pan);
                done.countDown();
            });
            done.await();
        }
        Platform.exit();
    }
}
