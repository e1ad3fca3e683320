package dev.stagecraft.cli;

import dev.stagecraft.analysis.CriticalPath;
import dev.stagecraft.analysis.RolloutUnits;
import dev.stagecraft.analysis.RolloutWaves;
import dev.stagecraft.analysis.StronglyConnected;
import dev.stagecraft.model.GraphSnapshot;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the {@code analyze --format json} object of DESIGN.md straight to a byte stream.
 *
 * <p>Printing every component's blast radius is output-bound: the sets add up to the number of
 * (dependency, dependent) pairs. So ids are encoded once, each set is found by a reverse BFS that marks
 * bits in a bit set indexed by the id's sorted rank (iterating it yields the sorted list for free), and
 * the bytes go out through one large buffer. On big graphs two threads compute chunks of a map while the
 * calling thread writes the finished chunks in order, so the bytes are the same as with one thread. O(V log V + sum over X of the edges into X's blast radius).
 */
final class AnalysisJsonWriter {
    /** Components per chunk of a map computed by one thread. */
    private static final int CHUNK = 256;
    /** Below this many components one thread does it all. */
    private static final int PARALLEL_MIN = 4096;
    private static final int THREADS = 2;
    private static final int IN_FLIGHT = 16;
    private final GraphSnapshot s;
    private final int n;
    private final int[] byRank;
    private final int[] rankOf;
    private final byte[][] encoded;

    AnalysisJsonWriter(GraphSnapshot snapshot) {
        this.s = snapshot;
        this.n = snapshot.size();
        Integer[] order = new Integer[n];
        for (int v = 0; v < n; v++) {
            order[v] = v;
        }
        Arrays.sort(order, Comparator.comparing(snapshot::id));
        byRank = new int[n];
        rankOf = new int[n];
        for (int r = 0; r < n; r++) {
            byRank[r] = order[r];
            rankOf[order[r]] = r;
        }
        encoded = new byte[n][];
        for (int v = 0; v < n; v++) {
            encoded[v] = quote(snapshot.id(v));
        }
    }

    /** Writes the whole object; with {@code onlyComponent >= 0} the three maps hold that component only. */
    void write(OutputStream raw, int onlyComponent) throws IOException {
        Sink out = new Sink(raw);
        out.ascii("{\"components\":").num(n).ascii(",\"dependencies\":").num(s.edgeCount());
        writeMap(out, "blastRadius", onlyComponent, Which.AFFECTED);
        writeMap(out, "outage", onlyComponent, Which.OUTAGE);
        writeMap(out, "degraded", onlyComponent, Which.DEGRADED);
        StronglyConnected scc = new StronglyConnected(s);
        out.ascii(",\"cycles\":");
        writeLists(out, scc.cycles());
        RolloutUnits units = new RolloutUnits(s);
        out.ascii(",\"waves\":");
        writeLists(out, new RolloutWaves(units).waves());
        CriticalPath path = new CriticalPath(units);
        out.ascii(",\"criticalPath\":{\"minutes\":").num(path.minutes()).ascii(",\"path\":");
        writeStrings(out, path.path());
        out.ascii("}}\n");
        out.flush();
    }

    private enum Which { AFFECTED, OUTAGE, DEGRADED }

    private void writeMap(Sink out, String name, int only, Which which) throws IOException {
        out.ascii(",\"").ascii(name).ascii("\":{");
        if (only >= 0) {
            Chunk chunk = new Chunk();
            new Worker().entry(chunk, only, which, false);
            out.bytes(chunk.buf, chunk.len);
        } else if (n < PARALLEL_MIN || Runtime.getRuntime().availableProcessors() < 2) {
            Worker worker = new Worker();
            for (int lo = 0; lo < n; lo += CHUNK) {
                out.bytes(worker.chunk(lo, Math.min(n, lo + CHUNK), which));
            }
        } else {
            writeInParallel(out, which);
        }
        out.ascii("}");
    }

    /**
     * Two threads compute chunks of consecutive ranks while this one writes the finished chunks in order;
     * at most {@value #IN_FLIGHT} chunks are held at a time.
     */
    private void writeInParallel(Sink out, Which which) throws IOException {
        BlockingQueue<Worker> workers = new ArrayBlockingQueue<>(THREADS);
        for (int i = 0; i < THREADS; i++) {
            workers.add(new Worker());
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread t = new Thread(task, "analysis-json");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<byte[]>> pending = new ArrayDeque<>();
            for (int lo = 0; lo < n; lo += CHUNK) {
                int from = lo;
                int to = Math.min(n, lo + CHUNK);
                pending.add(pool.submit(() -> {
                    Worker w = workers.take();
                    try {
                        return w.chunk(from, to, which);
                    } finally {
                        workers.add(w);
                    }
                }));
                if (pending.size() >= IN_FLIGHT) {
                    out.bytes(await(pending.poll()));
                }
            }
            while (!pending.isEmpty()) {
                out.bytes(await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] await(Future<byte[]> chunk) throws IOException {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the analysis");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        }
    }

    /** A growable byte array for one chunk of the output. */
    private static final class Chunk {
        byte[] buf = new byte[1 << 14];
        int len;

        void bytes(byte[] b) {
            if (len + b.length > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + b.length));
            }
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }

        void put(byte b) {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[len++] = b;
        }
    }

    /** The scratch state of one thread: BFS queue, visit stamps and the rank bit set. */
    private final class Worker {
        private final long[] rankBits = new long[(n + 63) / 64];
        private final int[] queue = new int[Math.max(1, n)];
        private final int[] seenAll = new int[n];
        private final int[] seenHard = new int[n];
        private int epoch;

        /** The entries for ranks {@code [from, to)}, each but the very first preceded by a comma. */
        byte[] chunk(int from, int to, Which which) {
            Chunk out = new Chunk();
            for (int r = from; r < to; r++) {
                entry(out, byRank[r], which, r > 0);
            }
            return Arrays.copyOf(out.buf, out.len);
        }

        void entry(Chunk out, int v, Which which, boolean comma) {
            if (comma) {
                out.put((byte) ',');
            }
            out.bytes(encoded[v]);
            out.put((byte) ':');
            writeSet(out, v, which);
        }

        private void writeSet(Chunk out, int x, Which which) {
            switch (which) {
                case AFFECTED -> markReach(x, false, seenAll, true);
                case OUTAGE -> markReach(x, true, seenHard, true);
                case DEGRADED -> {
                    markReach(x, true, seenHard, false);
                    int hardEpoch = epoch;
                    int count = markReach(x, false, seenAll, false);
                    for (int i = 0; i < count; i++) {
                        int v = queue[i];
                        if (v != x && seenHard[v] != hardEpoch) {
                            rankBits[rankOf[v] >>> 6] |= 1L << rankOf[v];
                        }
                    }
                }
            }
            out.put((byte) '[');
            boolean first = true;
            for (int w = 0; w < rankBits.length; w++) {
                long bits = rankBits[w];
                if (bits == 0) {
                    continue;
                }
                rankBits[w] = 0;
                while (bits != 0) {
                    int r = (w << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    if (!first) {
                        out.put((byte) ',');
                    }
                    first = false;
                    out.bytes(encoded[byRank[r]]);
                }
            }
            out.put((byte) ']');
        }

        /**
         * Reverse BFS from x (through hard edges only when asked); the visited vertices end up in
         * {@code queue[0..count)} with x first, stamped with the current epoch in {@code seen}. When
         * {@code mark}, every visited vertex but x gets its rank bit set: x is never in its own blast
         * radius, even on a cycle.
         */
        private int markReach(int x, boolean hardOnly, int[] seen, boolean mark) {
            int stamp = ++epoch;
            int[] start = s.inStart();
            int[] src = s.inSource();
            boolean[] hard = s.inHard();
            int head = 0;
            int tail = 0;
            queue[tail++] = x;
            seen[x] = stamp;
            while (head < tail) {
                int v = queue[head++];
                for (int e = start[v]; e < start[v + 1]; e++) {
                    if (hardOnly && !hard[e]) {
                        continue;
                    }
                    int u = src[e];
                    if (seen[u] != stamp) {
                        seen[u] = stamp;
                        queue[tail++] = u;
                    }
                }
            }
            if (mark) {
                for (int i = 1; i < tail; i++) {
                    int r = rankOf[queue[i]];
                    rankBits[r >>> 6] |= 1L << r;
                }
            }
            return tail;
        }
    }

    private void writeLists(Sink out, List<List<String>> lists) throws IOException {
        out.ascii("[");
        for (int i = 0; i < lists.size(); i++) {
            if (i > 0) {
                out.comma();
            }
            writeStrings(out, lists.get(i));
        }
        out.ascii("]");
    }

    private void writeStrings(Sink out, List<String> ids) throws IOException {
        out.ascii("[");
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                out.comma();
            }
            int v = s.indexOf(ids.get(i));
            out.bytes(v >= 0 ? encoded[v] : quote(ids.get(i)));
        }
        out.ascii("]");
    }

    /** A JSON string literal, UTF-8. */
    static byte[] quote(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A byte buffer in front of the stream: the output can be hundreds of megabytes. */
    private static final class Sink {
        private final OutputStream out;
        private final byte[] buf = new byte[1 << 16];
        private int len;

        Sink(OutputStream out) {
            this.out = out;
        }

        Sink bytes(byte[] b) throws IOException {
            return bytes(b, b.length);
        }

        Sink bytes(byte[] b, int count) throws IOException {
            if (len + count > buf.length) {
                drain();
                if (count > buf.length) {
                    out.write(b, 0, count);
                    return this;
                }
            }
            System.arraycopy(b, 0, buf, len, count);
            len += count;
            return this;
        }

        Sink ascii(String text) throws IOException {
            return bytes(text.getBytes(StandardCharsets.US_ASCII));
        }

        Sink num(long value) throws IOException {
            return ascii(Long.toString(value));
        }

        void comma() throws IOException {
            if (len == buf.length) {
                drain();
            }
            buf[len++] = ',';
        }

        void colon() throws IOException {
            if (len == buf.length) {
                drain();
            }
            buf[len++] = ':';
        }

        private void drain() throws IOException {
            out.write(buf, 0, len);
            len = 0;
        }

        void flush() throws IOException {
            drain();
            out.flush();
        }
    }
}
