package dev.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert} and {@code plan -o}, run as child JVMs and killed (SIGKILL) at seeded random moments, leave
 * the complete old or the complete new file, and the next successful write leaves no temporary file behind.
 *
 * <p>Half the kills come at a random delay after launch (they mostly land before the write: starting the JVM
 * and reading the graph take nearly all of a run); the other half at a random delay after the temporary file
 * appears, within the write window measured in a calibration run (temporary created to renamed), so that kills
 * land while the bytes are written, between the write and the rename, and just after. The where-it-landed counts
 * are printed ({@code kill test: ...}). About 15 s on an idle 2-core machine, 35-50 s on a loaded one.
 */
class KillDuringWriteTest {
    private static final long SEED = 20261201L;
    private static final int KILLS_PER_COMMAND = 10;
    /** At most this many more per command, only while no kill has landed inside a write. */
    private static final int EXTRA_KILLS = 20;
    private static final int RUNBOOK_CHARS = 4 * 1024 * 1024;
    /** Between looks at the directory: often enough to catch a write of milliseconds, without taking a core from the child. */
    private static final long POLL_NANOS = 300_000;

    /** Where a kill landed, told from the files it left. */
    enum Landing {
        BEFORE_WRITE("before the write (no temporary file yet)"),
        DURING_WRITE("while writing (partial temporary file)"),
        BEFORE_RENAME("between write and rename (complete temporary file)"),
        AFTER_RENAME("after the rename (new file in place)"),
        FINISHED("after the process had finished");

        final String description;

        Landing(String description) {
            this.description = description;
        }
    }

    @TempDir
    Path dir;

    @Test
    void killedConvertAndPlanLeaveTheOldOrTheNewFileAndTheNextWriteRemovesTheirTemporaries() throws Exception {
        Path[] graphs = {dir.resolve("a.yaml"), dir.resolve("b.yaml")};
        for (int i = 0; i < graphs.length; i++) {
            NativeGraphWriter.save(graphs[i], graphWithALongRunbook(i + 1), null);
        }
        Random random = new Random(SEED);
        Map<Landing, Integer> landings = new EnumMap<>(Landing.class);
        long started = System.nanoTime();
        Path out = Files.createDirectory(dir.resolve("out"));
        runKills("convert", graphs, g -> List.of("convert", g.toString(), out.resolve("graph.json").toString()),
                out.resolve("graph.json"), random, landings);
        runKills("plan", graphs, g -> List.of("plan", g.toString(), "-o", out.resolve("plan.yaml").toString()),
                out.resolve("plan.yaml"), random, landings);
        StringBuilder report = new StringBuilder("kill test: "
                + landings.values().stream().mapToInt(Integer::intValue).sum() + " kills in "
                + (System.nanoTime() - started) / 1_000_000 + " ms:");
        landings.forEach((where, n) -> report.append(' ').append(n).append(' ').append(where.description).append(';'));
        System.out.println(report);
        assertTrue(inWindow(landings) > 0, "no kill landed inside the write window: " + report);
    }

    /**
     * A generated graph whose first component carries a rollback runbook of {@link #RUNBOOK_CHARS} characters:
     * the JSON conversion and the plan both carry it, so the write takes long enough (tens of milliseconds, most
     * of it forcing the bytes to disk) for kills to land inside it, while reading the graph stays fast.
     */
    private static ServiceGraph graphWithALongRunbook(long seed) {
        ServiceGraph g = GraphGenerator.generate(300, 1200, seed);
        Component first = g.components().iterator().next();
        String line = "kubectl rollout undo deployment/" + first.id() + " --to-revision=" + seed + "; ";
        g.replaceComponent(first.id(), first.withChanging(true)
                .withRollout(first.rollout().withRollback(List.of(line.repeat(RUNBOOK_CHARS / line.length())))));
        return g;
    }

    private interface Arguments {
        List<String> of(Path graph);
    }

    /**
     * Kills one command {@link #KILLS_PER_COMMAND} times, each time writing the content the target does not
     * hold yet, then writes once to completion and checks that no temporary file is left.
     */
    private void runKills(String name, Path[] graphs, Arguments arguments, Path target, Random random,
                          Map<Landing, Integer> landings) throws Exception {
        byte[][] expected = new byte[graphs.length][];
        long[] window = new long[1];
        for (int i = 0; i < graphs.length; i++) {
            Process p = start(arguments.of(graphs[i]));
            window[0] = Math.max(window[0], measureWriteWindow(p, target));
            assertEquals(0, waitFor(p), name + " calibration run");
            expected[i] = Files.readAllBytes(target);
        }
        assertTrue(!Arrays.equals(expected[0], expected[1]), "the two inputs give different files");
        long launchToWrite = 0;
        // the seeded kills; then, while none has landed inside a write yet (timing differs from machine to
        // machine), more kills aimed inside the measured window, so the test always checks what it is for
        for (int k = 0; k < KILLS_PER_COMMAND || k < KILLS_PER_COMMAND + EXTRA_KILLS && inWindow(landings) == 0; k++) {
            boolean extra = k >= KILLS_PER_COMMAND;
            byte[] old = Files.readAllBytes(target);
            int next = Arrays.equals(old, expected[0]) ? 1 : 0;
            long launched = System.nanoTime();
            Process p = start(arguments.of(graphs[next]));
            boolean anchored = extra || k % 2 == 1;
            if (anchored) {
                awaitTemporary(p, target);
                launchToWrite = Math.max(launchToWrite, System.nanoTime() - launched);
                LockSupport.parkNanos((long) (random.nextDouble() * (extra ? 0.9 : 1.3) * window[0]));
            } else {
                long horizon = launchToWrite > 0 ? launchToWrite : 3_000_000_000L;
                LockSupport.parkNanos((long) (random.nextDouble() * horizon));
            }
            boolean alive = p.isAlive();
            p.destroyForcibly();
            waitFor(p);
            Landing where = alive ? landing(target, p.pid(), old, expected[next]) : Landing.FINISHED;
            landings.merge(where, 1, Integer::sum);
            byte[] now = Files.readAllBytes(target);
            if (!Arrays.equals(now, old) && !Arrays.equals(now, expected[next])) {
                fail(name + " kill " + k + ": the target is neither the old nor the new file (" + now.length + " bytes, old "
                        + old.length + ", new " + expected[next].length + ", first difference from the new at byte " + Arrays.mismatch(now, expected[next])
                        + ", landing " + where + ")");
            }
        }
        int last = Arrays.equals(Files.readAllBytes(target), expected[0]) ? 1 : 0;
        assertEquals(0, waitFor(start(arguments.of(graphs[last]))), name + " after the kills");
        assertArrayEquals(expected[last], Files.readAllBytes(target));
        List<Path> left = filesIn(target.getParent()).stream()
                .filter(f -> f.getFileName().toString().contains(target.getFileName().toString())).toList();
        assertEquals(List.of(target), left, name + ": no temporary file is left behind");
    }

    private static int inWindow(Map<Landing, Integer> landings) {
        return landings.getOrDefault(Landing.DURING_WRITE, 0) + landings.getOrDefault(Landing.BEFORE_RENAME, 0);
    }

    private static Landing landing(Path target, long pid, byte[] old, byte[] fresh) throws IOException {
        byte[] now = Files.readAllBytes(target);
        if (Arrays.equals(now, fresh) && !Arrays.equals(now, old)) {
            return Landing.AFTER_RENAME;
        }
        List<Path> temps = temporariesOf(target, pid);
        if (temps.isEmpty()) {
            return Landing.BEFORE_WRITE;
        }
        return Arrays.equals(Files.readAllBytes(temps.get(0)), fresh) ? Landing.BEFORE_RENAME : Landing.DURING_WRITE;
    }

    /** Nanoseconds from the temporary file's appearance to its rename, in a run left to finish. */
    private static long measureWriteWindow(Process p, Path target) throws IOException {
        awaitTemporary(p, target);
        long appeared = System.nanoTime();
        while (!temporariesOf(target, p.pid()).isEmpty()) {
            LockSupport.parkNanos(POLL_NANOS);
        }
        return System.nanoTime() - appeared;
    }

    /** Polls until the process's temporary file for the target exists, or the process ends. */
    private static void awaitTemporary(Process p, Path target) throws IOException {
        while (p.isAlive() && temporariesOf(target, p.pid()).isEmpty()) {
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private static List<Path> temporariesOf(Path target, long pid) throws IOException {
        String prefix = "." + target.getFileName() + "." + pid + ".";
        List<Path> out = new ArrayList<>();
        for (Path p : filesIn(target.getParent())) {
            if (p.getFileName().toString().startsWith(prefix)) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static Process start(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "dev.stagecraft.Launcher"));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static int waitFor(Process p) throws InterruptedException {
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the child process did not end within 60 s");
        }
        return p.exitValue();
    }
}
