package dev.stagecraft.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Runs mutated inputs of one target through its {@link ReaderOracle}, each on one long-lived worker thread
 * under a watchdog: an input that takes longer than the time limit is a failure ("timeout"), the stuck worker
 * is abandoned (it is a daemon) and a fresh one takes over; after {@link #MAX_HANGS} hangs the run stops, as
 * each stuck worker keeps a core busy. Input {@code i} of run seed {@code s} depends on nothing else, so
 * {@link #input} regenerates any failing input. The first inputs are the seeds unchanged.
 */
final class FuzzCampaign implements AutoCloseable {
    static final int MAX_HANGS = 3;
    /** Where the whole input of the first failure of each kind is written. */
    static final Path FAILURES = Path.of("target", "fuzz-failures");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final FuzzTarget target;
    private final Duration timeout;
    /** CPU time the workers spent on inputs: what the run costs without the other processes of the machine. */
    private final AtomicLong cpuNanos = new AtomicLong();
    private final List<SeedCorpus.Seed> seeds;
    private final List<byte[]> seedBytes;
    private final TextMutator mutator;
    private final Path dir;
    private ExecutorService worker;
    private ReaderOracle oracle;
    private int workers;

    FuzzCampaign(FuzzTarget target, Duration timeout) {
        this.target = target;
        this.timeout = timeout;
        this.seeds = SeedCorpus.seeds(target);
        this.seedBytes = seeds.stream().map(SeedCorpus.Seed::bytes).toList();
        this.mutator = target.mutator();
        try {
            this.dir = Files.createTempDirectory(scratch(), "stagecraft-fuzz-" + target.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        freshWorker();
    }

    /**
     * Memory-backed {@code /dev/shm} where there is one: each input is written to a real file and read through
     * the entry point, and on this machine's disk a small write takes about 1.3 ms, more than reading it.
     */
    private static Path scratch() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Input {@code index} of run {@code runSeed}, as {@link #run} feeds it. */
    static byte[] input(FuzzTarget target, long runSeed, int index) {
        try (FuzzCampaign c = new FuzzCampaign(target, Duration.ofSeconds(1))) {
            return c.generate(runSeed, index).bytes();
        }
    }

    private SeedCorpus.Seed generate(long runSeed, int index) {
        if (index < seeds.size()) {
            return seeds.get(index);
        }
        Random rnd = new Random(mix(runSeed, index));
        SeedCorpus.Seed seed = seeds.get(rnd.nextInt(seeds.size()));
        return new SeedCorpus.Seed(seed.name(), mutator.mutate(seed.bytes(), seedBytes, rnd));
    }

    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Runs inputs 0 to count - 1 of the given run seed, tolerating the {@link KnownBugs}. */
    Report run(int count, long runSeed) {
        return run(count, runSeed, true);
    }

    /** @param tolerateKnownBugs false to count the failures of known bugs like any other (and keep examples) */
    Report run(int count, long runSeed, boolean tolerateKnownBugs) {
        Report.Builder report = new Report.Builder(target, runSeed);
        long start = System.nanoTime();
        int hangs = 0;
        for (int i = 0; i < count; i++) {
            SeedCorpus.Seed input = generate(runSeed, i);
            long t = System.nanoTime();
            Outcome outcome = runOne(input.bytes());
            report.timed(i, input.bytes().length, System.nanoTime() - t);
            if (outcome.kind() == Outcome.Kind.FAILURE) {
                Failure f = new Failure(target, runSeed, i, input.name(), outcome, input.bytes(), null);
                report.failure(f, tolerateKnownBugs ? KnownBugs.explain(f) : OptionalInt.empty());
                if (outcome.signature().startsWith("timeout") && ++hangs >= MAX_HANGS) {
                    report.stoppedEarly();
                    report.inputs(i + 1);
                    break;
                }
            } else {
                report.outcome(outcome.kind());
            }
            report.inputs(i + 1);
        }
        return report.build(System.nanoTime() - start, cpuNanos.getAndSet(0));
    }

    private Outcome runOne(byte[] bytes) {
        ReaderOracle current = oracle;
        Future<Outcome> future = worker.submit(() -> {
            long cpu = THREADS.getCurrentThreadCpuTime();
            try {
                return current.check(bytes);
            } finally {
                cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
            }
        });
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            freshWorker();
            return Outcome.failure("timeout (over " + timeout.toMillis() + " ms)", null, null);
        } catch (ExecutionException e) {
            return Outcome.thrown("", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fuzzing " + target.id(), e);
        }
    }

    private void freshWorker() {
        if (worker != null) {
            worker.shutdown();
        }
        int n = ++workers;
        Path own = dir.resolve("w" + n);
        try {
            Files.createDirectories(own);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        oracle = new ReaderOracle(target, own);
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz-" + target.id() + "-" + n);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }

    /**
     * What a run gave: counts of models, import errors and failures (by signature), the known-bug failures
     * tolerated (by signature), an example of each failure signature, and times (also by input size: under
     * 10 KB, 100 KB, 1 MB and over), wall-clock and CPU time of the workers.
     */
    record Report(FuzzTarget target, long runSeed, int inputs, int models, int importErrors,
                  Map<String, Integer> failures, Map<String, Integer> tolerated, List<Failure> examples,
                  long nanos, long slowestNanos, int slowestIndex, boolean stoppedEarly,
                  long[] nanosBySize, int[] inputsBySize, long cpuNanos) {
        int failureCount() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }

        int toleratedCount() {
            return tolerated.values().stream().mapToInt(Integer::intValue).sum();
        }

        double inputsPerSecond() {
            return inputs / (nanos / 1e9);
        }

        /** The failures the known bugs do not explain, one example each, ready for an assertion message. */
        String describeFailures() {
            StringBuilder b = new StringBuilder();
            b.append(target.id()).append(": ").append(failureCount()).append(" failures in ").append(inputs)
                    .append(" inputs (run seed ").append(runSeed).append(")").append(stoppedEarly
                            ? ", stopped after " + MAX_HANGS + " hangs" : "").append('\n');
            failures.forEach((signature, n) -> b.append("  ").append(n).append(" x ").append(signature).append('\n'));
            for (Failure f : examples) {
                if (failures.containsKey(f.signature())) {
                    b.append('\n').append(f.describe());
                }
            }
            return b.toString();
        }

        static final class Builder {
            private static final int EXAMPLES_PER_SIGNATURE = 1;
            private final FuzzTarget target;
            private final long runSeed;
            private int inputs;
            private int models;
            private int importErrors;
            private final Map<String, Integer> failures = new LinkedHashMap<>();
            private final Map<String, Integer> tolerated = new LinkedHashMap<>();
            private final Map<String, Integer> examplesOf = new LinkedHashMap<>();
            private final List<Failure> examples = new ArrayList<>();
            private long slowest = -1;
            private int slowestIndex = -1;
            private boolean stoppedEarly;
            private final long[] nanosBySize = new long[4];
            private final int[] inputsBySize = new int[4];

            Builder(FuzzTarget target, long runSeed) {
                this.target = target;
                this.runSeed = runSeed;
            }

            void inputs(int n) {
                inputs = n;
            }

            void outcome(Outcome.Kind kind) {
                if (kind == Outcome.Kind.MODEL) {
                    models++;
                } else {
                    importErrors++;
                }
            }

            void timed(int index, int size, long nanos) {
                int bucket = size < 10_000 ? 0 : size < 100_000 ? 1 : size < 1_000_000 ? 2 : 3;
                nanosBySize[bucket] += nanos;
                inputsBySize[bucket]++;
                if (nanos > slowest) {
                    slowest = nanos;
                    slowestIndex = index;
                }
            }

            void failure(Failure f, OptionalInt knownBug) {
                if (knownBug.isPresent()) {
                    tolerated.merge("[known bug " + knownBug.getAsInt() + "] " + f.signature(), 1, Integer::sum);
                    return;
                }
                failures.merge(f.signature(), 1, Integer::sum);
                if (examplesOf.merge(f.signature(), 1, Integer::sum) <= EXAMPLES_PER_SIGNATURE) {
                    examples.add(new Failure(f.target(), f.runSeed(), f.index(), f.seedName(), f.outcome(), f.input(),
                            save(f)));
                }
            }

            private static Path save(Failure f) {
                try {
                    Files.createDirectories(FAILURES);
                    Path file = FAILURES.resolve(f.target().id() + "-seed" + f.runSeed() + "-" + f.index() + ".bin");
                    Files.write(file, f.input());
                    return file;
                } catch (IOException e) {
                    return null;
                }
            }

            /** Most frequent first. */
            private static Map<String, Integer> byCount(Map<String, Integer> counts) {
                Map<String, Integer> sorted = new LinkedHashMap<>();
                counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
                return Collections.unmodifiableMap(sorted);
            }

            void stoppedEarly() {
                stoppedEarly = true;
            }

            Report build(long nanos, long cpuNanos) {
                return new Report(target, runSeed, inputs, models, importErrors, byCount(failures),
                        byCount(tolerated), List.copyOf(examples), nanos, slowest, slowestIndex, stoppedEarly,
                        nanosBySize.clone(), inputsBySize.clone(), cpuNanos);
            }
        }
    }
}
