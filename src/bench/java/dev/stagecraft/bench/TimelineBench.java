package dev.stagecraft.bench;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.diagram.timeline.TimelineFrame;
import dev.stagecraft.diagram.timeline.TimelineLayout;
import dev.stagecraft.diagram.timeline.TimelineMarks;
import dev.stagecraft.diagram.timeline.TimelinePainter;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.synthetic.GraphGenerator;
import dev.stagecraft.ui.render.FxSurface;
import dev.stagecraft.ui.render.FxTextMeasurer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;

/**
 * What the Plan panel's timeline costs on a plan of every component of a 20,000-component graph (about 20,000
 * steps): building the chart's rows from the plan (off the JavaFX thread in the window), measuring its name column,
 * and one picture of a 1280x400 view (the painter, then a snapshot so the canvas' commands are rasterized too) at
 * random scroll positions and zooms, with a selection and a hovered bar (its after links). Medians of 5 builds and of
 * 60 pictures after 10 unmeasured ones, wall-clock ms. {@code xvfb-run -a -s "-screen 0 1280x800x24" mvn -q -o -Pbench
 * test-compile exec:java -Dexec.mainClass=dev.stagecraft.bench.TimelineBench -Dprism.order=sw}; argument
 * {@code components:dependencies} (default 20000:100000).
 */
public final class TimelineBench {
    private TimelineBench() {
    }

    public static void main(String[] args) throws Exception {
        String[] nm = (args.length > 0 ? args[0] : "20000:100000").split(":");
        ServiceGraph g = GraphGenerator.generate(Integer.parseInt(nm[0]), Integer.parseInt(nm[1]), 42);
        List<Component> all = new ArrayList<>(g.components());
        g.beginUpdate();
        for (Component c : all) {
            g.replaceComponent(c.id(), c.withChanging(true));
        }
        g.endUpdate();
        GraphAnalysis analysis = GraphAnalysis.of(g);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        RolloutPlan plan = new PlanBuilder(analysis, PlanOptions.defaults()).build();
        System.out.printf(Locale.ROOT, "plan: %,d steps in %d waves, %.0f ms to build (once)%n", plan.steps().size(),
                plan.summary().waves(), (System.nanoTime() - t0) / 1e6);
        double[] build = new double[5];
        double[] buildCpu = new double[5];
        TimelineLayout layout = null;
        for (int i = 0; i < build.length; i++) {
            long s = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            layout = TimelineLayout.of(plan, analysis);
            build[i] = (System.nanoTime() - s) / 1e6;
            buildCpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        System.out.printf(Locale.ROOT, "timeline rows: median %.1f ms (CPU %.1f ms)%n", median(build), median(buildCpu));
        TimelineLayout l = layout;
        Platform.startup(() -> { });
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            FxTextMeasurer m = new FxTextMeasurer();
            double[] fit = new double[5];
            TimelineFrame frame = null;
            for (int i = 0; i < fit.length; i++) {
                long s = System.nanoTime();
                frame = TimelineFrame.fit(l, m, 1280, 400, 0, 14);
                fit[i] = (System.nanoTime() - s) / 1e6;
            }
            System.out.printf(Locale.ROOT, "name column measured and fitted: median %.1f ms%n", median(fit));
            Canvas canvas = new Canvas(1280, 400);
            FxSurface surface = new FxSurface(canvas.getGraphicsContext2D(), m);
            TimelinePainter painter = new TimelinePainter(Palette.of(Theme.LIGHT));
            Random random = new Random(7);
            double[] ms = new double[60];
            double[] cpu = new double[60];
            for (int i = -10; i < ms.length; i++) {
                double zoom = i % 3 == 0 ? 1 : 1 + random.nextInt(40);
                TimelineFrame f = frame.withScrollY(random.nextDouble() * frame.maxScrollY(l.rowCount()));
                f = f.zoomedAround(f.chartLeft() + random.nextDouble() * f.chartWidth(), zoom);
                int row = f.firstVisibleRow() + 3;
                BitSet selected = new BitSet();
                selected.set(row + 1);
                long s = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                painter.paint(surface, l, f, new TimelineMarks(selected, row, row, 100));
                double paintCpu = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                canvas.snapshot(null, null);
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - s) / 1e6;
                    cpu[i] = paintCpu;
                }
            }
            System.out.printf(Locale.ROOT, "one picture (paint + snapshot, 1280x400): median %.1f ms, p90 %.1f ms;"
                    + " the painter alone: CPU median %.1f ms, p90 %.1f ms%n", median(ms), percentile(ms, 0.9), median(cpu),
                    percentile(cpu, 0.9));
            done.countDown();
        });
        done.await();
        Platform.exit();
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }
}
