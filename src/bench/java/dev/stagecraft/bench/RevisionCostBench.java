package dev.stagecraft.bench;

import dev.stagecraft.diagram.GraphPainter;
import dev.stagecraft.diagram.Highlight;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.model.Component;
import dev.stagecraft.ui.render.FxSurface;
import java.util.List;
import javafx.scene.canvas.Canvas;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.analysis.Validator;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.HighlightAnalysis;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.SpatialIndex;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.synthetic.GraphGenerator;
import dev.stagecraft.ui.render.FxTextMeasurer;
import dev.stagecraft.ui.render.JavaFxRuntime;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * What one revision costs at 20,000 / 100,000, piece by piece, headless: the snapshot, each analysis, the findings,
 * the plan, and the diagram (labels measured with the real fonts) with its spatial index. Medians of 7 after 3
 * warm-ups. {@code mvn -q -o -Pbench test-compile exec:java -Dexec.mainClass=dev.stagecraft.bench.RevisionCostBench}
 */
public final class RevisionCostBench {
    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        ServiceGraph g = GraphGenerator.generate(n, m, 42);
        JavaFxRuntime.startHeadless();
        FxTextMeasurer measurer = JavaFxRuntime.onFxThread(FxTextMeasurer::new);
        time("snapshot", () -> GraphSnapshot.of(g));
        GraphSnapshot s = GraphSnapshot.of(g);
        time("stronglyConnected", () -> GraphAnalysis.of(s).stronglyConnected());
        time("waves", () -> GraphAnalysis.of(s).waves());
        time("criticalPath", () -> GraphAnalysis.of(s).criticalPath());
        time("blastRadius index", () -> GraphAnalysis.of(s).blastRadius());
        time("findings", () -> GraphAnalysis.of(g).findings());
        time("Validator.validate(graph)", () -> Validator.validate(g));
        time("plan", () -> new PlanBuilder(GraphAnalysis.of(g), PlanOptions.defaults()).build());
        time("copy graph", g::copy);
        HighlightAnalysis ha = new HighlightAnalysis(s);
        time("diagram (fx fonts, sync index)", () -> JavaFxRuntime.onFxThread(
                () -> new Diagram(g, measurer, new DiagramPlacement(ha::waves))));
        Diagram built = JavaFxRuntime.onFxThread(() -> new Diagram(g, measurer, new DiagramPlacement(ha::waves)));
        time("spatial index", () -> new SpatialIndex(built));
        // one edit's share of the FX thread: the model edit, the next diagram from the shown one, a fit picture
        Component first = g.components().iterator().next();
        int[] tier = {0};
        time("edit: replace a component (tier)", () -> {
            g.replaceComponent(first.id(), g.component(first.id()).orElseThrow().withTier(tier[0]++ % 4));
            return null;
        });
        time("edit: diagram after a tier edit", () -> JavaFxRuntime.onFxThread(
                () -> new Diagram(g, measurer, new DiagramPlacement(ha::waves), Runnable::run, built)));
        time("edit: Diagram.edited after a tier edit", () -> JavaFxRuntime.onFxThread(
                () -> Diagram.edited(built, g, measurer, new DiagramPlacement(ha::waves), List.of(first.id()))));
        // the diagram as the model now is (the tier edits above changed a label)
        Diagram d = JavaFxRuntime.onFxThread(
                () -> Diagram.edited(built, g, measurer, new DiagramPlacement(ha::waves), List.of(first.id())));
        Canvas canvas = JavaFxRuntime.onFxThread(() -> new Canvas(1280, 760));
        FxSurface surface = JavaFxRuntime.onFxThread(
                () -> FxSurface.onScreen(canvas.getGraphicsContext2D(), measurer));
        Viewport.Bounds b = d.bounds();
        double scale = Math.min(1280 / b.width(), 760 / b.height());
        Viewport fit = new Viewport(scale, -b.minX() * scale, -b.minY() * scale, 1280, 760);
        Highlighting none = ha.compute(Highlight.NONE);
        GraphPainter painter = new GraphPainter(Palette.of(Theme.LIGHT));
        time("paint at fit, edges reused", () -> JavaFxRuntime.onFxThread(
                () -> painter.paint(surface, d, none, fit, GraphPainter.Detail.AUTO, true)));
        List<Component> some = List.copyOf(g.components()).subList(0, 100);
        for (Component c : some) {
            g.replaceComponent(c.id(), g.requireComponent(c.id()).withPosition(
                    new dev.stagecraft.model.Position(c.position().x() + 40, c.position().y() + 30)));
        }
        Diagram moved100 = JavaFxRuntime.onFxThread(
                () -> Diagram.moved(d, g, some.stream().map(Component::id).toList()));
        Diagram[] pair = {d, moved100};
        int[] flip = {0};
        time("paint at fit, 100 moved", () -> JavaFxRuntime.onFxThread(
                () -> painter.paint(surface, pair[flip[0]++ % 2], none, fit, GraphPainter.Detail.AUTO, true)));
        Component lone = some.get(0);
        g.removeComponent(lone.id());
        Diagram deleted = JavaFxRuntime.onFxThread(() -> new Diagram(g, measurer, new DiagramPlacement(ha::waves),
                Runnable::run, moved100));
        Highlighting noneAfter = Highlighting.none(deleted.size());
        Diagram[] pair2 = {moved100, deleted};
        Highlighting[] lights = {none, noneAfter};
        time("paint at fit, 1 deleted", () -> JavaFxRuntime.onFxThread(() -> {
            int k = flip[0]++ % 2;
            return painter.paint(surface, pair2[k], lights[k], fit, GraphPainter.Detail.AUTO, true);
        }));
        Diagram[] other = {d, JavaFxRuntime.onFxThread(() -> Diagram.moved(d, g, List.of()))};
        int[] turn = {0};
        time("paint at fit, edges drawn", () -> JavaFxRuntime.onFxThread(() -> {
            // alternate two fits a tenth of a pixel apart: the edges differ every time
            Viewport v = new Viewport(scale, -b.minX() * scale + (turn[0]++ % 2) * 0.1, -b.minY() * scale, 1280, 760);
            return painter.paint(surface, other[turn[0] % 2], none, v, GraphPainter.Detail.AUTO, true);
        }));
    }

    private static void time(String what, Callable<?> task) throws Exception {
        for (int i = 0; i < 3; i++) {
            task.call();
        }
        double[] ms = new double[7];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            task.call();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-34s median %8.1f ms  (%.1f–%.1f)%n", what, ms[ms.length / 2], ms[0], ms[ms.length - 1]);
    }
}
