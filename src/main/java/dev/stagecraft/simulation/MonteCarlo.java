package dev.stagecraft.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A seeded batch of runs of one scenario, spread over threads. Each run is a pure function of (seed, run) and
 * its results are stored by run number, then summed in run order: the same seed gives the same numbers, to the
 * last bit, with one thread or many. Runs are handed out in blocks of {@value #BLOCK}; a cancelled batch
 * reports the first runs in order that all finished. O(runs × cost of a run / threads).
 */
public final class MonteCarlo {
    static final int BLOCK = 64;
    private static final int TOP = 10;
    private static final int[] NO_STEPS = new int[0];
    /** How often the batch reports progress: 100 ms. */
    private static final long REPORT_NANOS = 100_000_000L;
    /** Bins of the duration and impact histograms: 20 reads well as bars and halves to 10 rows of text. */
    public static final int BINS = 20;

    private final Simulator simulator;
    private final int runs;
    private final long seed;
    private final int threads;

    /**
     * @param runs    at least 1
     * @param threads at least 1
     */
    public MonteCarlo(Simulator simulator, int runs, long seed, int threads) {
        if (runs < 1 || threads < 1) {
            throw new IllegalArgumentException("runs and threads must be at least 1, were " + runs + ", " + threads);
        }
        this.simulator = simulator;
        this.runs = runs;
        this.seed = seed;
        this.threads = threads;
    }

    public MonteCarloResult run() {
        return run(done -> { }, new AtomicBoolean());
    }

    /**
     * @param progress  called on this thread about every 100 ms with the number of runs done (with one thread,
     *                  between blocks of runs), and once at the end
     * @param cancelled set it to stop early
     */
    public MonteCarloResult run(IntConsumer progress, AtomicBoolean cancelled) {
        int[] duration = new int[runs];
        double[] impact = new double[runs];
        Outcome[] outcome = new Outcome[runs];
        Exposure[][] exposures = new Exposure[runs][];
        int[][] halting = new int[runs][];
        boolean[] unrecoverable = new boolean[runs];
        int[] approvalWait = new int[runs];
        AtomicInteger nextBlock = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        // one thread: the batch runs on the calling thread, which reports between blocks every REPORT_NANOS
        long[] nextReport = {System.nanoTime() + REPORT_NANOS};
        Runnable afterBlock = threads > 1 ? () -> { } : () -> {
            long now = System.nanoTime();
            if (now >= nextReport[0]) {
                nextReport[0] = now + REPORT_NANOS;
                progress.accept(done.get());
            }
        };
        Runnable worker = () -> {
            int block;
            while (!cancelled.get() && (block = nextBlock.getAndIncrement()) * (long) BLOCK < runs) {
                int to = (int) Math.min(runs, (block + 1L) * BLOCK);
                for (int r = block * BLOCK; r < to; r++) {
                    RunResult result = simulator.run(seed, r);
                    duration[r] = result.durationMinutes();
                    impact[r] = result.impact();
                    unrecoverable[r] = result.unrecoverable();
                    approvalWait[r] = approvalWait(result);
                    outcome[r] = result.outcome();
                    exposures[r] = result.exposures().toArray(new Exposure[0]);
                    halting[r] = haltingSteps(result);
                }
                done.addAndGet(to - block * BLOCK);
                afterBlock.run();
            }
        };
        if (threads == 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "stagecraft-monte-carlo");
                t.setDaemon(true);
                return t;
            });
            for (int i = 0; i < threads; i++) {
                pool.execute(worker);
            }
            pool.shutdown();
            try {
                while (!pool.awaitTermination(REPORT_NANOS, TimeUnit.NANOSECONDS)) {
                    progress.accept(done.get());
                }
            } catch (InterruptedException e) {
                cancelled.set(true);
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        progress.accept(done.get());
        int complete = 0;
        while (complete < runs && outcome[complete] != null) {
            complete++;
        }
        return summarize(complete, duration, impact, outcome, exposures, halting, unrecoverable, approvalWait,
                cancelled.get() && complete < runs);
    }

    /** The minutes the run's started steps waited for their sign-offs. */
    private static int approvalWait(RunResult result) {
        int wait = 0;
        for (int k = 0; k < result.plan().stepCount(); k++) {
            if (result.started(k)) {
                wait += result.plan().approvalDelay(k);
            }
        }
        return wait;
    }

    /** The steps whose gate failed at the run's halt minute (the failures that halted it); none when it completed. */
    private static int[] haltingSteps(RunResult result) {
        if (result.haltMinute() < 0) {
            return NO_STEPS;
        }
        int count = 0;
        int[] steps = new int[result.plan().stepCount()];
        for (int k = 0; k < steps.length; k++) {
            if (result.gateFailMinute(k) == result.haltMinute()) {
                steps[count++] = k;
            }
        }
        return Arrays.copyOf(steps, count);
    }

    private static Distribution approvalWaits(SimulationPlan plan, int[] approvalWait, int n) {
        boolean signing = false;
        for (int k = 0; k < plan.stepCount() && !signing; k++) {
            signing = plan.approvalDelay(k) > 0 || plan.approvalsVary();
        }
        if (!signing) {
            return null;
        }
        double[] minutes = new double[n];
        for (int r = 0; r < n; r++) {
            minutes[r] = approvalWait[r];
        }
        return Distribution.of(minutes);
    }

    private MonteCarloResult summarize(int n, int[] duration, double[] impact, Outcome[] outcome,
                                       Exposure[][] exposures, int[][] halting, boolean[] unrecoverable,
                                       int[] approvalWait, boolean cancelled) {
        int stuck = 0;
        for (int r = 0; r < n; r++) {
            stuck += unrecoverable[r] ? 1 : 0;
        }
        SimulationPlan plan = simulator.plan();
        double[] minutes = new double[n];
        int halts = 0;
        int rollbacks = 0;
        double[] byOrigin = new double[plan.snapshot().size()];
        double[] byStep = new double[plan.stepCount()];
        int[] haltsByStep = new int[plan.stepCount()];
        double total = 0;
        for (int r = 0; r < n; r++) {
            minutes[r] = duration[r];
            halts += outcome[r] != Outcome.COMPLETED ? 1 : 0;
            rollbacks += outcome[r] == Outcome.ROLLED_BACK ? 1 : 0;
            for (int k : halting[r]) {
                haltsByStep[k]++;
            }
            for (Exposure e : exposures[r]) {
                byOrigin[e.component()] += e.impact();
                if (e.step() >= 0) {
                    byStep[e.step()] += e.impact();
                }
                total += e.impact();
            }
        }
        double[] impacts = Arrays.copyOf(impact, n);
        int runsDone = Math.max(1, n);
        List<MonteCarloResult.OriginShare> origins = new ArrayList<>();
        for (int v = 0; v < byOrigin.length; v++) {
            if (byOrigin[v] > 0) {
                origins.add(new MonteCarloResult.OriginShare(plan.snapshot().id(v), byOrigin[v] / total,
                        byOrigin[v] / runsDone));
            }
        }
        origins.sort(Comparator.comparingDouble(MonteCarloResult.OriginShare::share).reversed()
                .thenComparing(MonteCarloResult.OriginShare::component));
        List<MonteCarloResult.StepImpact> steps = new ArrayList<>();
        for (int k = 0; k < byStep.length; k++) {
            if (byStep[k] > 0) {
                steps.add(new MonteCarloResult.StepImpact(plan.stepId(k), byStep[k] / runsDone));
            }
        }
        steps.sort(Comparator.comparingDouble(MonteCarloResult.StepImpact::expectedImpact).reversed()
                .thenComparing(MonteCarloResult.StepImpact::step));
        List<MonteCarloResult.StepHalt> stepHalts = new ArrayList<>();
        for (int k = 0; k < haltsByStep.length; k++) {
            if (haltsByStep[k] > 0) {
                stepHalts.add(new MonteCarloResult.StepHalt(plan.stepId(k), (double) haltsByStep[k] / runsDone));
            }
        }
        stepHalts.sort(Comparator.comparingDouble(MonteCarloResult.StepHalt::haltProbability).reversed()
                .thenComparing(MonteCarloResult.StepHalt::step));
        return new MonteCarloResult(n, seed, (double) halts / runsDone, (double) rollbacks / runsDone,
                Distribution.of(minutes), Distribution.of(impacts), origins.subList(0, Math.min(TOP, origins.size())),
                steps.subList(0, Math.min(TOP, steps.size())), stepHalts.subList(0, Math.min(TOP, stepHalts.size())),
                Histogram.of(minutes, BINS), Histogram.of(impacts, BINS),
                cancelled, n == 0 ? 0 : (double) stuck / Math.max(1, n), approvalWaits(plan, approvalWait, n));
    }
}
