package dev.stagecraft.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The long fuzz run: the same targets, mutations and oracle as {@code ReaderFuzzTest}, with more inputs.
 * Prints per target: inputs, models, import errors, failures by signature (the exception class and where it
 * was thrown, or the law broken), inputs per second and the slowest input; then one example of each failure
 * with its reproducer. Known bugs are counted like any other failure unless {@code --tolerate} is given (then
 * they are counted apart, labelled with their number from {@link KnownBugs}).
 *
 * <p>{@code mvn -q -o -Pbench test-compile exec:java -Dexec.mainClass=dev.stagecraft.fuzz.FuzzBench
 * -Dexec.args="50000 8"} (arguments: count per target, run seed, optionally a comma-separated list of targets
 * such as {@code native,plan,dot}, the time limit per input in ms (default 10000) and {@code --tolerate}).
 */
public final class FuzzBench {
    private FuzzBench() {
    }

    public static void main(String[] args) {
        List<String> positional = new ArrayList<>();
        boolean tolerate = false;
        for (String a : args) {
            if (a.equals("--tolerate")) {
                tolerate = true;
            } else {
                positional.add(a);
            }
        }
        int count = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 50_000;
        long seed = positional.size() > 1 ? Long.parseLong(positional.get(1)) : 8;
        List<FuzzTarget> targets = new ArrayList<>();
        if (positional.size() > 2 && !positional.get(2).equals("all")) {
            for (String id : positional.get(2).split(",")) {
                targets.add(FuzzTarget.parse(id.trim()));
            }
        } else {
            targets.addAll(List.of(FuzzTarget.values()));
        }
        Duration timeout = Duration.ofMillis(positional.size() > 3 ? Long.parseLong(positional.get(3)) : 10_000);
        System.out.printf(Locale.ROOT, "fuzz: %,d inputs per target, run seed %d, time limit %d ms per input%s%n",
                count, seed, timeout.toMillis(), tolerate ? ", known bugs tolerated" : "");
        List<FuzzCampaign.Report> reports = new ArrayList<>();
        for (FuzzTarget target : targets) {
            FuzzCampaign.Report r;
            try (FuzzCampaign campaign = new FuzzCampaign(target, timeout)) {
                r = campaign.run(count, seed, tolerate);
            }
            reports.add(r);
            System.out.printf(Locale.ROOT, "%-9s inputs %,7d  models %,7d  import errors %,7d  failures %,6d"
                            + "  tolerated %,6d  %,7.0f inputs/s (%.1f s, CPU %.1f s)  slowest #%d %.0f ms%s%n", target.id(),
                    r.inputs(), r.models(), r.importErrors(), r.failureCount(), r.toleratedCount(),
                    r.inputsPerSecond(), r.nanos() / 1e9, r.cpuNanos() / 1e9,
                    r.slowestIndex(), r.slowestNanos() / 1e6, r.stoppedEarly() ? "  STOPPED after hangs" : "");
            System.out.printf(Locale.ROOT, "            time by input size: <10 KB %d in %.1f s, <100 KB %d in %.1f s,"
                            + " <1 MB %d in %.1f s, larger %d in %.1f s%n", r.inputsBySize()[0], r.nanosBySize()[0] / 1e9,
                    r.inputsBySize()[1], r.nanosBySize()[1] / 1e9, r.inputsBySize()[2], r.nanosBySize()[2] / 1e9,
                    r.inputsBySize()[3], r.nanosBySize()[3] / 1e9);
            r.failures().forEach((sig, n) -> System.out.printf(Locale.ROOT, "            %,6d x %s%n", n, sig));
            r.tolerated().forEach((sig, n) -> System.out.printf(Locale.ROOT, "            %,6d x %s%n", n, sig));
            System.out.flush();
        }
        System.out.println();
        for (FuzzCampaign.Report r : reports) {
            for (Failure f : r.examples()) {
                System.out.println(f.describe());
            }
        }
    }
}
