package dev.stagecraft.bench;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import dev.stagecraft.ui.command.EditComponent;
import dev.stagecraft.ui.edit.EditActions;
import dev.stagecraft.ui.file.RecentFiles;
import dev.stagecraft.ui.file.RecoveryStore;
import dev.stagecraft.ui.file.ScriptedDialogs;
import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.window.MainWindow;
import dev.stagecraft.ui.window.WindowServices;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.TabPane;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Edit → visible, in the real window, at 20,000 components / 100,000 dependencies (1280x800, run under Xvfb with
 * the software pipeline). Each edit goes through the path a user triggers, on the FX thread: Insert
 * ({@link EditActions#addComponent}), Delete ({@link EditActions#delete}), arrow-key nudge of a selection of 100
 * ({@link EditActions#nudge}), rename ({@link EditActions#rename}), a tier change (the inspector's
 * {@link EditComponent} through the History), undo and redo. Per edit it measures, from just before the call:
 * <ul>
 *   <li>{@code call}: how long the call itself held the FX thread;</li>
 *   <li>{@code visible}: until the canvas painted its next picture ({@code GraphCanvas.framesPainted} rose);</li>
 *   <li>{@code status}: until the status bar's counts and findings labels show the graph as it now is (counts equal
 *       the model's, findings text equals the count of the findings property, checked at every pulse);</li>
 *   <li>{@code findings}: until the findings property was last replaced ({@code -} when the edit did not replace it
 *       within the settle time, e.g. a move that needs no re-analysis);</li>
 *   <li>{@code plan}: until the plan panel's plan was last replaced, when the Plan tab is shown (third argument
 *       {@code plan}; {@code -} otherwise or when not rebuilt);</li>
 *   <li>{@code stall}: the longest gap between two JavaFX pulses while an animation timer asks for a pulse every
 *       frame, from the edit until it settled: what a user sees as a frozen window (≈17 ms when nothing blocks);
 *       {@code max stall}: the longest of all rounds, {@code at}: when that gap ended after the edit began.</li>
 * </ul>
 * Medians of 5 repetitions per edit kind, after 1 warm-up round of every kind (system properties
 * {@code bench.rounds}, {@code bench.warmup}); {@code -Dbench.stallLog=MS} prints each pulse gap over MS with its clock time.
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" mvn -q -o -Pbench test-compile exec:java
 * -Dexec.mainClass=dev.stagecraft.bench.EditLatencyBench -Dprism.order=sw} (arguments: components dependencies [plan|-] [kinds, e.g. add,tier]).
 */
public final class EditLatencyBench {
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 1);
    /** With {@code -Dbench.stallLog=45}, every pulse gap longer than that many ms is printed with its clock time. */
    private static final int STALL_LOG_MS = Integer.getInteger("bench.stallLog", 0);
    /** After the edit is visible and the status bar agrees, wait this long for late (background) results. */
    private static final long SETTLE_MS = 1500;
    private static final int MOVED = 100;

    private MainWindow window;
    private final Random random = new Random(11);
    private long pulses;
    private long lastPulse;
    private long longestGap;
    /** When the longest gap ended (to tell which pulse it was: the edit's, the findings', the plan's). */
    private long longestGapEnd;

    private EditLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 100000;
        System.out.println("load before: " + uptime());
        ServiceGraph g = GraphGenerator.generate(n, m, 1);
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        EditLatencyBench bench = new EditLatencyBench();
        bench.start(g, args.length > 2 && args[2].equals("plan"));
        bench.only = args.length > 3 ? List.of(args[3].split(",")) : List.of();
        bench.run(n, m);
        System.out.println("load after: " + uptime());
        Platform.exit();
        System.exit(0);
    }

    private void start(ServiceGraph g, boolean planShown) throws Exception {
        Preferences prefs = Preferences.userRoot().node("dev/stagecraft/test/" + UUID.randomUUID());
        WindowServices services = new WindowServices(new ScriptedDialogs(), new RecentFiles(prefs),
                new RecoveryStore(Files.createTempDirectory("stagecraft-bench").resolve("recovery")), Duration.hours(1));
        onFx(() -> {
            DocumentViewModel document = new DocumentViewModel();
            document.setDocument(g, null, List.of(), null);
            window = new MainWindow(new Stage(), document, services);
            window.show();
            if (planShown) {
                TabPane panels = (TabPane) window.stage().getScene().lookup(".tab-pane");
                panels.getSelectionModel().select(panels.getTabs().stream()
                        .filter(t -> "tab-plan".equals(t.getId())).findFirst().orElseThrow());
            }
            window.stage().getScene().addPreLayoutPulseListener(() -> {
                long now = System.nanoTime();
                if (lastPulse != 0) {
                    if (STALL_LOG_MS > 0 && now - lastPulse > STALL_LOG_MS * 1_000_000L) {
                        System.out.printf("stall %.1f ms, ended %s%n", (now - lastPulse) / 1e6,
                                java.time.LocalTime.now());
                    }
                    if (now - lastPulse > longestGap) {
                        longestGap = now - lastPulse;
                        longestGapEnd = now;
                    }
                }
                lastPulse = now;
                pulses++;
            });
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    // asks for a pulse every frame, so a gap between pulses is time the FX thread was busy
                }
            }.start();
        });
        Thread.sleep(3000);
    }

    private record Kind(String name, Consumer<EditLatencyBench> prepare, Consumer<EditLatencyBench> edit) {
    }

    /** Only these edit kinds (fourth argument, e.g. {@code add,tier}); all when empty. */
    private List<String> only = List.of();

    private void run(int n, int m) throws Exception {
        List<Kind> all = List.of(
                new Kind("add", b -> { }, b -> b.actions().addComponent(ComponentKind.SERVICE)),
                new Kind("delete", b -> b.actions().selection().selectComponents(List.of(b.randomId())),
                        b -> b.actions().delete()),
                new Kind("move 100", b -> b.actions().selection().selectComponents(b.randomIds(MOVED)),
                        b -> b.actions().nudge(EditActions.BIG_NUDGE, 0)),
                new Kind("rename", b -> b.actions().selection().selectComponents(List.of(b.randomId())),
                        b -> {
                            String id = b.actions().selection().components().get(0);
                            b.actions().rename(id, id + "-r");
                        }),
                new Kind("tier", b -> b.actions().selection().selectComponents(List.of(b.randomId())),
                        b -> {
                            ServiceGraph g = b.window.document().graph();
                            String id = b.actions().selection().components().get(0);
                            Component c = g.requireComponent(id);
                            b.window.document().history().execute(
                                    new EditComponent(g, id, c.withTier(c.effectiveTier() % 3 + 1)));
                        }),
                new Kind("undo", b -> b.actions().rename(b.randomId(), "undone-" + b.random.nextInt(1 << 30)),
                        b -> b.window.document().history().undo()),
                new Kind("redo", b -> { }, b -> b.window.document().history().redo()));
        List<Kind> kinds = all.stream().filter(k -> only.isEmpty() || only.contains(k.name().split(" ")[0])).toList();
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        for (int r = 0; r < WARM_UP + ROUNDS; r++) {
            for (Kind k : kinds) {
                double[] one = measure(k);
                if (r >= WARM_UP) {
                    results.computeIfAbsent(k.name(), x -> new ArrayList<>()).add(one);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d components %d dependencies, window %s, medians of %d (ms):%n", n, m,
                "1280x800", ROUNDS);
        System.out.printf(Locale.ROOT, "%-9s %9s %9s %9s %9s %9s %9s %9s %9s%n", "edit", "call", "visible", "status",
                "findings", "plan", "stall", "max stall", "at");
        results.forEach((name, rows) -> {
            System.out.printf(Locale.ROOT, "%-9s", name);
            for (int col = 0; col < 6; col++) {
                System.out.printf(Locale.ROOT, " %9s", median(rows, col));
            }
            // the longest stall of all rounds, and when it ended after the edit began (which pulse it was)
            double[] worst = rows.stream().max(java.util.Comparator.comparingDouble(r -> r[5])).orElseThrow();
            System.out.printf(Locale.ROOT, " %9.1f %9.1f%n", worst[5], worst[6]);
        });
    }

    private static String median(List<double[]> rows, int col) {
        double[] v = rows.stream().mapToDouble(r -> r[col]).filter(x -> x >= 0).sorted().toArray();
        if (v.length < rows.size()) {
            return v.length == 0 ? "-" : String.format(Locale.ROOT, "%.1f(%d/%d)", v[v.length / 2], v.length, rows.size());
        }
        return String.format(Locale.ROOT, "%.1f", v[v.length / 2]);
    }

    /** One edit: {call, visible, status, findings (-1 none), plan (-1 none), stall} in ms. */
    private double[] measure(Kind k) throws Exception {
        onFx(() -> k.prepare().accept(this));
        Thread.sleep(300);
        double[] row = new double[7];
        long[] frames0 = new long[1];
        long[] t0 = new long[1];
        long[] findingsAt = {-1};
        long[] planAt = {-1};
        CountDownLatch visible = new CountDownLatch(1);
        CountDownLatch status = new CountDownLatch(1);
        // invalidation, not change: a re-validation that finds the same findings still counts as done
        InvalidationListener onFindings = o -> {
            findingsAt[0] = System.nanoTime();
            window.document().findingsProperty().get();
        };
        InvalidationListener onPlan = o -> {
            planAt[0] = System.nanoTime();
            window.planPanel().planProperty().get();
        };
        Runnable[] probe = new Runnable[1];
        onFx(() -> {
            window.document().findingsProperty().addListener(onFindings);
            window.planPanel().planProperty().addListener(onPlan);
            frames0[0] = window.canvas().framesPainted();
            longestGap = 0;
            t0[0] = System.nanoTime();
            lastPulse = t0[0];
            k.edit().accept(this);
            row[0] = (System.nanoTime() - t0[0]) / 1e6;
            probe[0] = () -> {
                long now = System.nanoTime();
                if (visible.getCount() > 0 && window.canvas().framesPainted() > frames0[0]) {
                    row[1] = (now - t0[0]) / 1e6;
                    visible.countDown();
                }
                if (status.getCount() > 0 && statusAgrees()) {
                    row[2] = (now - t0[0]) / 1e6;
                    status.countDown();
                }
            };
            window.stage().getScene().addPostLayoutPulseListener(probe[0]);
            Platform.requestNextPulse();
        });
        boolean seen = visible.await(30, TimeUnit.SECONDS) & status.await(30, TimeUnit.SECONDS);
        Thread.sleep(SETTLE_MS);
        onFx(() -> {
            window.stage().getScene().removePostLayoutPulseListener(probe[0]);
            window.document().findingsProperty().removeListener(onFindings);
            window.planPanel().planProperty().removeListener(onPlan);
            row[3] = findingsAt[0] < 0 ? -1 : (findingsAt[0] - t0[0]) / 1e6;
            row[4] = planAt[0] < 0 ? -1 : (planAt[0] - t0[0]) / 1e6;
            row[5] = longestGap / 1e6;
            row[6] = (longestGapEnd - t0[0]) / 1e6;
        });
        if (!seen) {
            throw new IllegalStateException(k.name() + ": not visible within 30 s");
        }
        return row;
    }

    /** The status bar's counts and findings match the model and the findings property now. */
    private boolean statusAgrees() {
        ServiceGraph g = window.document().graph();
        String counts = label("#status-counts");
        String findings = label("#status-findings");
        return counts.startsWith(g.componentCount() + " component")
                && counts.contains(" " + g.dependencyCount() + " dependenc")
                && findings.startsWith(window.document().findingsProperty().get().size() + " finding");
    }

    private String label(String selector) {
        Node n = window.stage().getScene().lookup(selector);
        return n instanceof Label l && l.getText() != null ? l.getText() : "";
    }

    private EditActions actions() {
        return window.editor().actions();
    }

    private String randomId() {
        ServiceGraph g = window.document().graph();
        return g.components().stream().skip(random.nextInt(g.componentCount())).findFirst().orElseThrow().id();
    }

    private List<String> randomIds(int count) {
        List<String> all = window.document().graph().components().stream().map(Component::id).toList();
        int from = random.nextInt(all.size() - count);
        return List.copyOf(all.subList(from, from + count));
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
    }

    static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                return String.join(" ", r.lines().toList()).strip();
            }
        } catch (java.io.IOException e) {
            return "uptime unavailable: " + e.getMessage();
        }
    }
}
