package dev.stagecraft.cli;

import dev.stagecraft.analysis.CriticalPath;
import dev.stagecraft.analysis.RolloutUnits;
import dev.stagecraft.analysis.RolloutWaves;
import dev.stagecraft.analysis.StronglyConnected;
import dev.stagecraft.model.GraphSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the {@code analyze --format json} object of DESIGN.md straight to a byte stream.
 *
 * <p>Printing every component's blast radius is output-bound: the sets add up to the number of
 * (dependency, dependent) pairs. So ids are encoded once, each set is found by a reverse BFS that marks
 * bits in a bit set indexed by the id's sorted rank (iterating it yields the sorted list for free), and
 * the bytes go out through one large buffer. Two searches per component (all edges, hard edges) serve all
 * three maps: the blast radius is written at once and kept split into outage and degraded rank lists for
 * the maps after it. O(V log V + sum over X of the edges into X's blast radius).
 */
final class AnalysisJsonWriter {
    private final GraphSnapshot s;
    private final int n;
    private final int[] byRank;
    private final int[] rankOf;
    private final byte[][] encoded;
    private final long[] rankBits;
    private final int[] queue;
    private final int[] seenAll;
    private final int[] seenHard;
    private final long maxKept;
    private int epoch;

    AnalysisJsonWriter(GraphSnapshot snapshot) {
        this(snapshot, MAX_KEPT);
    }

    /** Keeping at most {@code maxKept} rank ints between the blast-radius map and the two maps after it. */
    AnalysisJsonWriter(GraphSnapshot snapshot, long maxKept) {
        this.s = snapshot;
        this.maxKept = maxKept;
        this.n = snapshot.size();
        byRank = snapshot.byIdOrder();
        rankOf = new int[n];
        for (int r = 0; r < n; r++) {
            rankOf[byRank[r]] = r;
        }
        encoded = new byte[n][];
        for (int v = 0; v < n; v++) {
            encoded[v] = quote(snapshot.id(v));
        }
        rankBits = new long[(n + 63) / 64];
        queue = new int[Math.max(1, n)];
        seenAll = new int[n];
        seenHard = new int[n];
    }

    /** Writes the whole object; with {@code onlyComponent >= 0} the three maps hold that component only. */
    void write(OutputStream raw, int onlyComponent) throws IOException {
        Sink out = new Sink(raw);
        out.ascii("{\"components\":").num(n).ascii(",\"dependencies\":").num(s.edgeCount());
        int[] order = onlyComponent >= 0 ? new int[] {onlyComponent} : byRank;
        Split split = writeBlastRadiusAndSplit(out, order);
        writeKeptMap(out, "outage", order, split, true);
        writeKeptMap(out, "degraded", order, split, false);
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

    /**
     * Writes the {@code blastRadius} map and, from the same two searches per component (all edges, hard
     * edges), keeps each set split into its outage and degraded parts as sorted rank lists, so the two
     * maps after it need no search. The kept lists hold as many ints as the blast-radius map has entries;
     * past the limit, the remaining components are searched again for those maps.
     */
    private Split writeBlastRadiusAndSplit(Sink out, int[] order) throws IOException {
        Split split = new Split(order.length);
        out.ascii(",\"blastRadius\":{");
        for (int i = 0; i < order.length; i++) {
            int x = order[i];
            if (i > 0) {
                out.comma();
            }
            out.bytes(encoded[x]).colon();
            boolean keep = split.size() < maxKept;
            if (keep) {
                markReach(x, true, seenHard, false);
            }
            int hardEpoch = epoch;
            markReach(x, false, seenAll, true);
            out.ascii("[");
            writeMarked(out, keep ? split : null, hardEpoch);
            out.ascii("]");
            if (keep) {
                split.close(i);
            }
        }
        out.ascii("}");
        return split;
    }

    /** The outage or degraded map: the kept lists, then a fresh search for components past the limit. */
    private void writeKeptMap(Sink out, String name, int[] order, Split split, boolean outage) throws IOException {
        out.ascii(",\"").ascii(name).ascii("\":{");
        int[] ranks = outage ? split.outage : split.degraded;
        int[] start = outage ? split.outageStart : split.degradedStart;
        for (int i = 0; i < order.length; i++) {
            int x = order[i];
            if (i > 0) {
                out.comma();
            }
            out.bytes(encoded[x]).colon().ascii("[");
            if (i < split.closed()) {
                for (int k = start[i]; k < start[i + 1]; k++) {
                    if (k > start[i]) {
                        out.comma();
                    }
                    out.bytes(encoded[byRank[ranks[k]]]);
                }
            } else {
                searchAndWrite(out, x, outage);
            }
            out.ascii("]");
        }
        out.ascii("}");
    }

    /** One outage or degraded set found by search and written in id order. */
    private void searchAndWrite(Sink out, int x, boolean outage) throws IOException {
        if (outage) {
            markReach(x, true, seenHard, true);
        } else {
            markReach(x, true, seenHard, false);
            int hardEpoch = epoch;
            int count = markReach(x, false, seenAll, false);
            for (int i = 1; i < count; i++) {
                int v = queue[i];
                if (seenHard[v] != hardEpoch) {
                    rankBits[rankOf[v] >>> 6] |= 1L << rankOf[v];
                }
            }
        }
        writeMarked(out, null, 0);
    }

    /**
     * Writes the ids whose rank bits are set, in rank (= id) order, clearing the bits; with a
     * {@code split}, also files each rank as outage (stamped {@code hardEpoch} in the hard search) or
     * degraded.
     */
    private void writeMarked(Sink out, Split split, int hardEpoch) throws IOException {
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
                    out.comma();
                }
                first = false;
                int v = byRank[r];
                out.bytes(encoded[v]);
                if (split != null) {
                    split.add(seenHard[v] == hardEpoch, r);
                }
            }
        }
    }

    /** Most rank ints kept from the blast-radius map for the two maps after it: 2^26 ints, 256 MB. */
    static final int MAX_KEPT = 1 << 26;

    /** Each component's blast radius split into its outage and degraded ranks, in map order. */
    private static final class Split {
        int[] outage = new int[1 << 16];
        int[] degraded = new int[1 << 16];
        final int[] outageStart;
        final int[] degradedStart;
        private int outageLen;
        private int degradedLen;
        private int closed;

        Split(int count) {
            outageStart = new int[count + 1];
            degradedStart = new int[count + 1];
        }

        int size() {
            return outageLen + degradedLen;
        }

        int closed() {
            return closed;
        }

        void add(boolean isOutage, int rank) {
            if (isOutage) {
                if (outageLen == outage.length) {
                    outage = Arrays.copyOf(outage, outage.length * 2);
                }
                outage[outageLen++] = rank;
            } else {
                if (degradedLen == degraded.length) {
                    degraded = Arrays.copyOf(degraded, degraded.length * 2);
                }
                degraded[degradedLen++] = rank;
            }
        }

        /** Ends the lists of the i-th component of the map. */
        void close(int i) {
            outageStart[i + 1] = outageLen;
            degradedStart[i + 1] = degradedLen;
            closed = i + 1;
        }
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
            if (len + b.length > buf.length) {
                drain();
                if (b.length > buf.length) {
                    out.write(b);
                    return this;
                }
            }
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
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

        Sink colon() throws IOException {
            if (len == buf.length) {
                drain();
            }
            buf[len++] = ':';
            return this;
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
