package dev.stagecraft.bench;

import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.file.RecentFiles;
import dev.stagecraft.ui.file.RecoveryStore;
import dev.stagecraft.ui.file.ScriptedDialogs;
import dev.stagecraft.ui.simulate.SimulationViewModel;
import dev.stagecraft.ui.window.MainWindow;
import dev.stagecraft.ui.window.WindowServices;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A pulse probe while the Monte Carlo window runs a batch: the main window on a generated graph (about 10% of its
 * components changing: 5,000 components make the 522-step plan of the README), the Monte Carlo window shown, an animation timer asking for a pulse every
 * frame. Per pulse it records the <b>pulse work</b> (from the animation timer, the first thing a pulse runs, to the
 * last post-layout listener of the two scenes: animation, CSS and layout on the FX thread) and the <b>frame gap</b>
 * (time between two pulses: at 60 Hz about 16.7 ms when nothing blocks the FX thread; longer means a pulse or
 * other FX work overran). Measured from the click on Run until the batch is done and its charts are shown (the
 * pulse that lays the charts out is included), over {@value #ROUNDS} batches after one warm-up; prints median,
 * p99 and max of each, and the load. Arguments: components dependencies runs [max-parallel]. Under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" mvn -q -o -Pbench test-compile exec:java
 * -Dexec.mainClass=dev.stagecraft.bench.MonteCarloPulseBench -Dexec.args="5000 25000 10000 8" -Dprism.order=sw}.
 */
public final class MonteCarloPulseBench {
    private static final int ROUNDS = 5;

    private MainWindow window;
    private final List<Double> work = new ArrayList<>();
    private final List<Double> gaps = new ArrayList<>();
    private volatile boolean recording;
    /** Pulses from the batch's end (its result handed over) on: the charts being shown. */
    private final List<Double> showWork = new ArrayList<>();
    private final List<Double> showGaps = new ArrayList<>();
    private boolean showing;
    private long pulseStart;
    private long lastPulse;
    private long lastLayoutEnd;
    private long pulseCpuStart;
    private long lastLayoutCpu;
    private final List<Double> cpu = new ArrayList<>();
    private final List<Double> showCpu = new ArrayList<>();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private int progressUpdates;

    private MonteCarloPulseBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 25000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        String limit = args.length > 3 ? args[3] : "0";
        System.out.println("load before: " + EditLatencyBench.uptime());
        ServiceGraph g = GraphGenerator.generate(n, m, 1);
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        MonteCarloPulseBench bench = new MonteCarloPulseBench();
        bench.start(g);
        List<double[]> batches = new ArrayList<>();
        for (int r = 0; r <= ROUNDS; r++) {
            double[] one = bench.batch(runs, limit, r);
            if (r > 0) {
                batches.add(one);
            }
        }
        bench.report(n, m, runs, limit, batches);
        System.out.println("load after: " + EditLatencyBench.uptime());
        Platform.exit();
        System.exit(0);
    }

    private void start(ServiceGraph g) throws Exception {
        Preferences prefs = Preferences.userRoot().node("dev/stagecraft/test/" + UUID.randomUUID());
        WindowServices services = new WindowServices(new ScriptedDialogs(), new RecentFiles(prefs),
                new RecoveryStore(Files.createTempDirectory("stagecraft-bench").resolve("recovery")), Duration.hours(1));
        onFx(() -> {
            DocumentViewModel document = new DocumentViewModel();
            document.setDocument(g, null, List.of(), null);
            window = new MainWindow(new Stage(), document, services);
            window.show();
            window.monteCarlo().show();
            Runnable layoutEnd = () -> {
                lastLayoutEnd = System.nanoTime();
                lastLayoutCpu = THREADS.getCurrentThreadCpuTime();
            };
            window.stage().getScene().addPostLayoutPulseListener(layoutEnd);
            window.monteCarlo().stage().getScene().addPostLayoutPulseListener(layoutEnd);
            window.monteCarlo().panel().model().progressProperty().addListener(o -> progressUpdates++);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    long c = THREADS.getCurrentThreadCpuTime();
                    if (recording && pulseStart != 0) {
                        (showing ? showCpu : cpu).add((lastLayoutCpu - pulseCpuStart) / 1e6);
                    }
                    pulseCpuStart = c;
                    if (recording && pulseStart != 0) {
                        (showing ? showWork : work).add((lastLayoutEnd - pulseStart) / 1e6);
                        (showing ? showGaps : gaps).add((t - lastPulse) / 1e6);
                    }
                    pulseStart = t;
                    lastPulse = t;
                }
            }.start();
        });
        Thread.sleep(4000); // the first analysis, plan and pictures
    }

    /**
     * One batch: {pulses while it ran, median work, p99 work, max work, median gap, p99 gap, max gap, ms, progress
     * updates, then max work and max gap of the pulses showing the result, then median and max FX-thread CPU time of
     * the pulses while it ran}.
     */
    private double[] batch(int runs, String limit, int round) throws Exception {
        SimulationViewModel vm = window.monteCarlo().panel().model();
        CountDownLatch shown = new CountDownLatch(1);
        long[] t0 = new long[1];
        onFx(() -> {
            work.clear();
            gaps.clear();
            cpu.clear();
            showCpu.clear();
            showWork.clear();
            showGaps.clear();
            showing = false;
            progressUpdates = 0;
            vm.runsProperty().set(String.valueOf(runs));
            vm.seedProperty().set(String.valueOf(round + 1));
            vm.maxParallelProperty().set(limit);
            vm.stateProperty().addListener((o, was, now) -> {
                if (now == SimulationViewModel.State.DONE) {
                    showing = true;
                    // the charts are laid out and drawn in the next pulse: count it
                    Platform.runLater(() -> Platform.runLater(shown::countDown));
                }
            });
            t0[0] = System.nanoTime();
            recording = true;
            ((javafx.scene.control.Button) window.monteCarlo().stage().getScene().lookup("#sim-run")).fire();
        });
        shown.await();
        Thread.sleep(100);
        double[] w;
        double[] gap;
        double ms;
        int updates;
        CountDownLatch read = new CountDownLatch(1);
        double[][] out = new double[6][];
        int[] upd = new int[1];
        Platform.runLater(() -> {
            recording = false;
            if (Boolean.getBoolean("pulses")) {
                for (int i = 0; i < work.size(); i++) {
                    if (i < cpu.size() && cpu.get(i) > 2) {
                        System.out.printf(Locale.ROOT, "  pulse %d of %d: cpu %.1f work %.1f gap %.1f%n", i, work.size(),
                                cpu.get(i), work.get(i), gaps.get(i));
                    }
                }
            }
            out[0] = work.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out[1] = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out[2] = showWork.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out[3] = showGaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out[4] = cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out[5] = showCpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            upd[0] = progressUpdates;
            read.countDown();
        });
        read.await();
        ms = (System.nanoTime() - t0[0]) / 1e6;
        w = out[0];
        gap = out[1];
        updates = upd[0];
        return new double[] {w.length, q(w, 0.5), q(w, 0.99), q(w, 1), q(gap, 0.5), q(gap, 0.99), q(gap, 1), ms, updates,
            q(out[2], 1), q(out[3], 1), q(out[4], 0.5), q(out[4], 1), q(out[5], 1)};
    }

    private static double q(double[] sorted, double q) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1 < 0 ? 0
                : (int) Math.ceil(q * sorted.length) - 1)];
    }

    private void report(int n, int m, int runs, String limit, List<double[]> batches) {
        System.out.printf(Locale.ROOT, "%d components %d dependencies, %s steps, %,d runs, max-parallel %s, window %s%n", n, m,
                window.document().revision() == null ? "?" : String.valueOf(window.monteCarlo().panel().model().result()
                        .main().plan().stepCount()), runs, limit, "1280x800");
        System.out.println("while the batch runs (from Run until its result is handed over) | then showing the result");
        System.out.printf(Locale.ROOT, "%-6s %7s %9s %9s %9s %9s %9s %9s %9s %9s %9s %9s | %9s %9s %9s%n", "batch", "pulses",
                "work p50", "work p99", "work max", "cpu p50", "cpu max", "gap p50", "gap p99", "gap max", "batch ms",
                "progress", "work max", "cpu max", "gap max");
        for (int i = 0; i < batches.size(); i++) {
            double[] b = batches.get(i);
            System.out.printf(Locale.ROOT, "%-6d %7.0f %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f %9.0f %9.0f | %9.2f %9.2f %9.2f%n",
                    i + 1, b[0], b[1], b[2], b[3], b[11], b[12], b[4], b[5], b[6], b[7], b[8], b[9], b[13], b[10]);
        }
        System.out.printf(Locale.ROOT, "medians over batches: running: work p50 %.2f, work max %.2f, cpu max %.2f, gap p50 %.2f,"
                + " gap max %.2f ms; showing: work max %.2f, cpu max %.2f, gap max %.2f ms; batch %.0f ms%n",
                median(batches, 1), median(batches, 3), median(batches, 12), median(batches, 4), median(batches, 6),
                median(batches, 9), median(batches, 13), median(batches, 10), median(batches, 7));
    }

    private static double median(List<double[]> rows, int col) {
        double[] v = rows.stream().mapToDouble(r -> r[col]).sorted().toArray();
        return v[v.length / 2];
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    static double[] sorted(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v;
    }
}
