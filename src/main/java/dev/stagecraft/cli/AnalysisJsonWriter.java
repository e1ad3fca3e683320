package dev.stagecraft.cli;

import dev.stagecraft.analysis.CriticalPath;
import dev.stagecraft.analysis.FastBlastRadius;
import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.model.GraphSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the {@code analyze --format json} object of DESIGN.md straight to a byte stream.
 *
 * <p>Every fact comes from the revision's shared {@link GraphAnalysis}: cycles, waves and the critical path,
 * and the blast radius from its {@link FastBlastRadius} (one reusable split traversal per component).
 *
 * <p>Printing every component's blast radius is output-bound: the sets add up to the number of
 * (dependency, dependent) pairs. So ids are encoded once, each set's members are marked in a bit set indexed
 * by the id's sorted rank (iterating it yields the sorted list for free), and the bytes go out through one
 * large buffer. One split traversal per component serves all three maps: the blast radius is written at once
 * and kept split into outage and degraded rank lists for the maps after it. O(V log V + sum over X of the
 * edges into X's blast radius).
 */
final class AnalysisJsonWriter {
    private final GraphAnalysis analysis;
    private final GraphSnapshot s;
    private final int n;
    private final int[] byRank;
    private final int[] rankOf;
    private final byte[][] encoded;
    private final long[] rankBits;
    private final FastBlastRadius.Splitter splitter;
    private final long maxKept;

    AnalysisJsonWriter(GraphAnalysis analysis) {
        this(analysis, MAX_KEPT);
    }

    /** Keeping at most {@code maxKept} rank ints between the blast-radius map and the two maps after it. */
    AnalysisJsonWriter(GraphAnalysis analysis, long maxKept) {
        GraphSnapshot snapshot = analysis.snapshot();
        this.analysis = analysis;
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
        splitter = analysis.blastRadius().splitter();
    }

    /** Writes the whole object; with {@code onlyComponent >= 0} the three maps hold that component only. */
    void write(OutputStream raw, int onlyComponent) throws IOException {
        Sink out = new Sink(raw);
        out.ascii("{\"components\":").num(n).ascii(",\"dependencies\":").num(s.edgeCount());
        int[] order = onlyComponent >= 0 ? new int[] {onlyComponent} : byRank;
        Split split = writeBlastRadiusAndSplit(out, order);
        writeKeptMap(out, "outage", order, split, true);
        writeKeptMap(out, "degraded", order, split, false);
        out.ascii(",\"cycles\":");
        writeLists(out, analysis.stronglyConnected().cycles());
        out.ascii(",\"waves\":");
        writeLists(out, analysis.waves().waves());
        CriticalPath path = analysis.criticalPath();
        out.ascii(",\"criticalPath\":{\"minutes\":").num(path.minutes()).ascii(",\"path\":");
        writeStrings(out, path.path());
        out.ascii("}}\n");
        out.flush();
    }

    /**
     * Writes the {@code blastRadius} map and, from the same split traversal per component, keeps each set
     * split into its outage and degraded parts as sorted rank lists, so the two maps after it need no
     * search. The kept lists hold as many ints as the blast-radius map has entries; past the limit, the
     * remaining components are split again for those maps.
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
            splitter.split(x);
            markOutage();
            markDegraded();
            out.ascii("[");
            writeMarked(out, keep ? split : null);
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

    /** One outage or degraded set found by a split traversal and written in id order. */
    private void searchAndWrite(Sink out, int x, boolean outage) throws IOException {
        splitter.split(x);
        if (outage) {
            markOutage();
        } else {
            markDegraded();
        }
        writeMarked(out, null);
    }

    /** Sets the rank bit of every member of the last split's outage set. */
    private void markOutage() {
        for (int i = 0; i < splitter.outageCount(); i++) {
            int r = rankOf[splitter.outage(i)];
            rankBits[r >>> 6] |= 1L << r;
        }
    }

    /** Sets the rank bit of every member of the last split's degraded set. */
    private void markDegraded() {
        for (int i = 0; i < splitter.degradedCount(); i++) {
            int r = rankOf[splitter.degraded(i)];
            rankBits[r >>> 6] |= 1L << r;
        }
    }

    /**
     * Writes the ids whose rank bits are set, in rank (= id) order, clearing the bits; with a
     * {@code split}, also files each rank as outage or degraded (by the last split traversal).
     */
    private void writeMarked(Sink out, Split split) throws IOException {
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
                    split.add(splitter.inOutage(v), r);
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
