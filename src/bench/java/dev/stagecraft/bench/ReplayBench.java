package dev.stagecraft.bench;

import dev.stagecraft.analysis.FastBlastRadius;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.model.SavedScenario;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.revision.Revision;
import dev.stagecraft.simulation.Replay;
import dev.stagecraft.simulation.RunResult;
import dev.stagecraft.simulation.SimulationPlan;
import dev.stagecraft.synthetic.GraphGenerator;
import dev.stagecraft.ui.canvas.GraphCanvas;
import dev.stagecraft.ui.render.FxTextMeasurer;
import dev.stagecraft.ui.scenario.ReplayViewModel;
import dev.stagecraft.ui.task.SameThreadExecutor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The replay's speed (issue 12): (1) {@code Replay.stateAt} alone and with the map's colours, at every minute of a
 * run of the 20,000-component plan (all changing); (2) in a 1280x800 window under Xvfb (software pipeline), playing
 * the 2,000-component plan at 60 plan minutes per second, so that the minute, the colours and the picture change
 * every pulse: new pictures per second; (3) scrubbing the 20,000-component plan from its first to its last minute in
 * 40 steps: each step from setting the minute to the end of the pulse that painted it plus a snapshot of the canvas
 * (stateAt + recolour + paint; a snapshot of both its layers, an upper bound), median, p90 and max. The scenario: a bad version of the changing component with the
 * largest blast radius among 200 sampled, from its last stage, policy rollback-all.
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" mvn -q -o -Pbench test-compile exec:java -Dexec.mainClass=dev.stagecraft.bench.ReplayBench -Dprism.order=sw}
 */
public final class ReplayBench {
    private ReplayBench() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "all";
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        if (what.equals("all") || what.equals("play")) {
            ServiceGraph medium = PlanBenchmark.allChanging(GraphGenerator.generate(2_000, 8_000, 1));
            Revision mediumRev = new Revision(1, medium.copy());
            SavedScenario s = scenario(mediumRev);
            for (int run = 0; run < 3; run++) {
                play(medium, mediumRev, s);
            }
        }
        if (!what.equals("play")) {
            ServiceGraph large = PlanBenchmark.allChanging(GraphGenerator.generate(20_000, 100_000, 1));
            Revision largeRev = new Revision(1, large.copy());
            SavedScenario largeScenario = scenario(largeRev);
            stateAtAlone(largeRev, largeScenario);
            for (int run = 0; run < 3; run++) {
                scrub(large, largeRev, largeScenario);
            }
        }
        Platform.exit();
    }

    static SavedScenario scenario(Revision r) {
        RolloutPlan plan = r.plan(PlanOptions.defaults());
        SimulationPlan sp = new SimulationPlan(r.analysis(), plan, PlanOptions.UNLIMITED);
        Random random = new Random(3);
        int best = -1;
        int bestSize = -1;
        for (int i = 0; i < 200; i++) {
            int v = random.nextInt(sp.snapshot().size());
            FastBlastRadius.Split split = sp.blastRadius(v);
            int size = split.outage().length + split.degraded().length;
            if (size > bestSize && sp.stepOf(v) >= 0) {
                best = v;
                bestSize = size;
            }
        }
        String id = sp.snapshot().id(best);
        PlanStep step = plan.steps().get(sp.stepOf(best));
        System.out.printf(Locale.ROOT, "scenario on %d components: %s@%d (blast radius %d), rollback-all%n",
                sp.snapshot().size(), id, step.stages().size(), bestSize);
        return new SavedScenario("bench", List.of(SavedScenario.BadVersion.atStage(id, step.stages().size())), List.of(),
                "rollback-all", null);
    }

    private static void stateAtAlone(Revision r, SavedScenario s) {
        ReplayViewModel.Run run = compute(r, s);
        RunResult result = run.result();
        Replay replay = run.replay();
        int end = result.durationMinutes();
        System.out.printf(Locale.ROOT, "20,000: run of %d minutes, %d events, outcome %s%n", end, run.events().size(),
                result.outcome());
        for (int round = 0; round < 3; round++) {
            double[] ms = new double[end + 1];
            for (int m = 0; m <= end; m++) {
                long t0 = System.nanoTime();
                replay.stateAt(m);
                ms[m] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "  stateAt, every minute 0..%d: median %.2f ms, p90 %.2f, max %.2f%n", end,
                    ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[ms.length - 1]);
        }
    }

    static ReplayViewModel.Run compute(Revision r, SavedScenario s) {
        ReplayViewModel vm = new ReplayViewModel(new SimpleObjectProperty<>(r), new SimpleObjectProperty<>(s),
                new SimpleObjectProperty<>(), SameThreadExecutor::new);
        vm.setActive(true);
        return vm.runProperty().get();
    }

    /** A 1280x800 window with the canvas showing the replay of {@code s} on {@code g}, fitted. */
    private record Window(Stage stage, Scene scene, GraphCanvas canvas, ReplayViewModel replay) {
    }

    private static Window open(ServiceGraph g, Revision r, SavedScenario s) {
        FxTextMeasurer m = new FxTextMeasurer();
        Diagram d = new Diagram(g, m, new DiagramPlacement(() -> new int[g.componentCount()]));
        ReplayViewModel vm = new ReplayViewModel(new SimpleObjectProperty<>(r), new SimpleObjectProperty<>(s),
                new SimpleObjectProperty<>(d), SameThreadExecutor::new);
        vm.setActive(true);
        GraphCanvas canvas = new GraphCanvas(m, Palette.of(Theme.LIGHT));
        canvas.diagramProperty().set(d);
        canvas.highlightingProperty().bind(vm.highlightingProperty());
        Stage stage = new Stage();
        Scene scene = new Scene(new StackPane(canvas), 1280, 800);
        stage.setScene(scene);
        stage.show();
        canvas.zoomToFit();
        return new Window(stage, scene, canvas, vm);
    }

    private static void play(ServiceGraph g, Revision r, SavedScenario s) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        double[] out = new double[3];
        Platform.runLater(() -> {
            Window w = open(g, r, s);
            w.replay().speedProperty().set(60);
            new AnimationTimer() {
                private long first;
                private long warm;
                private int pulses;
                private int warmPulses;
                private long warmPictures;
                private int warmMinute;
                private long last;

                @Override
                public void handle(long now) {
                    if (first == 0) {
                        first = now;
                        w.replay().play();
                    } else {
                        w.replay().advance((now - last) / 1e9); // as the Scenario tab's timer does
                    }
                    last = now;
                    pulses++;
                    double t = (now - first) / 1e9;
                    if (warm == 0 && t >= 1) {
                        warm = now;
                        warmPulses = pulses;
                        warmPictures = w.canvas().framesPainted();
                        warmMinute = w.replay().minuteProperty().get();
                    }
                    if (t >= 5 || !w.replay().playingProperty().get()) {
                        stop();
                        double steady = (now - warm) / 1e9;
                        out[0] = (pulses - warmPulses) / steady;
                        out[1] = (w.canvas().framesPainted() - warmPictures) / steady;
                        out[2] = (w.replay().minuteProperty().get() - warmMinute) / steady;
                        w.stage().close();
                        done.countDown();
                    }
                }
            }.start();
        });
        done.await();
        System.out.printf(Locale.ROOT, "2,000 playing at 60 min/s, 1280x800 fit: %.1f pulses/s, %.1f new pictures/s,"
                + " %.1f minutes/s shown%n", out[0], out[1], out[2]);
    }

    private static void scrub(ServiceGraph g, Revision r, SavedScenario s) throws Exception {
        CountDownLatch ready = new CountDownLatch(1);
        Window[] w = new Window[1];
        Platform.runLater(() -> {
            w[0] = open(g, r, s);
            ready.countDown();
        });
        ready.await();
        Thread.sleep(2000);
        int end = w[0].replay().endMinuteProperty().get();
        int steps = 40;
        List<Double> ms = new ArrayList<>();
        List<Double> model = new ArrayList<>();
        for (int k = 0; k <= steps; k++) {
            int minute = (int) Math.round((double) end * k / steps);
            CountDownLatch painted = new CountDownLatch(1);
            double[] took = new double[2];
            Platform.runLater(() -> {
                long t0 = System.nanoTime();
                w[0].replay().minuteProperty().set(minute);
                took[1] = (System.nanoTime() - t0) / 1e6;
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    w[0].scene().removePostLayoutPulseListener(listener[0]);
                    w[0].canvas().snapshot(null, null); // both layers, forcing the software rasteriser through them
                    took[0] = (System.nanoTime() - t0) / 1e6;
                    painted.countDown();
                };
                w[0].scene().addPostLayoutPulseListener(listener[0]);
                Platform.requestNextPulse();
            });
            painted.await();
            ms.add(took[0]);
            model.add(took[1]);
            Thread.sleep(50);
        }
        Platform.runLater(() -> w[0].stage().close());
        double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] b = model.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "  of which stateAt + recolour (setting the minute): median %.1f ms, max %.1f%n",
                b[b.length / 2], b[b.length - 1]);
        System.out.printf(Locale.ROOT, "20,000 scrubbing 0..%d in %d steps, 1280x800 fit: set minute -> painted median %.1f ms,"
                + " p90 %.1f, max %.1f%n", end, steps, a[a.length / 2], a[(int) (a.length * 0.9)], a[a.length - 1]);
    }
}
