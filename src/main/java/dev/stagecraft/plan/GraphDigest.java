package dev.stagecraft.plan;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.ChangeWindow;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Freeze;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.Governance;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code sha256:<hex>} of a graph's content in a canonical text form, so a plan names exactly the graph it
 * was built from. Canonical: components sorted by id, one line each with every field as written (absent =
 * {@code ~}, text quoted and escaped); then dependencies sorted by (from, to), naming their ends by position
 * in the sorted component list and their kind and strength by ordinal; then groups sorted by id. Its exact
 * text is internal: digests compare plans built by the same version. What does not change the rollout is left out:
 * positions (layout), the graph's metadata (but not its change windows and freezes) and unknown keys. Independent
 * of file order and formatting.
 * O(V log V + E log E).
 */
public final class GraphDigest {
    private GraphDigest() {
    }

    public static String of(ServiceGraph graph) {
        CanonicalText out = new CanonicalText(sha256());
        Component[] components = graph.components().toArray(new Component[0]);
        Arrays.sort(components, Comparator.comparing(Component::id));
        Map<String, Integer> position = new HashMap<>(components.length * 2);
        for (int i = 0; i < components.length; i++) {
            Component c = components[i];
            position.put(c.id(), i);
            Rollout r = c.rollout();
            out.word("c").text(c.id()).text(c.name()).word(c.kind().name()).text(c.team())
                    .number(c.tier()).word(c.changing() ? "true" : "false")
                    .number(r.durationMinutes()).list(r.stages()).number(r.bakeMinutes())
                    .number(r.failureProbability())
                    .list(r.gates() == null ? null : r.gates().stream().map(GraphDigest::gate).toList())
                    .list(r.rollback());
            if (r.rollbackMinutes() != null) { // left out when absent: digests of older files stay as they were
                out.word("rb").number(r.rollbackMinutes());
            }
            out.endLine();
        }
        int m = graph.dependencyCount();
        int[] from = new int[m];
        int[] to = new int[m];
        byte[] kind = new byte[m];
        byte[] strength = new byte[m];
        int e = 0;
        for (Dependency d : graph.dependencies()) {
            from[e] = position.get(d.from());
            to[e] = position.get(d.to());
            kind[e] = (byte) (d.kind() == null ? '~' : '0' + d.kind().ordinal());
            strength[e] = (byte) (d.strength() == null ? '~' : '0' + d.strength().ordinal());
            e++;
        }
        for (int i : sortedByEnds(from, to, components.length)) {
            out.word("d").integer(from[i]).integer(to[i]).code(kind[i]).code(strength[i]).endLine();
        }
        List<ChangeGroup> groups = new ArrayList<>(graph.groups());
        groups.sort(Comparator.comparing(ChangeGroup::id));
        for (ChangeGroup g : groups) {
            out.word("g").text(g.id()).list(g.members()).endLine();
        }
        Governance governance = graph.metadata().governance();
        if (!governance.isEmpty()) { // windows and freezes move a plan made with --start; absent: digests stay
            out.word("z").text(governance.timeZone()).endLine();
            for (ChangeWindow w : governance.windows()) {
                out.word("w").text(w.id()).text(w.sortedDays().toString()).text(w.from().toString())
                        .text(w.to().toString()).text(w.timeZone()).list(w.teams()).list(w.components()).endLine();
            }
            for (Freeze f : governance.freezes()) {
                out.word("f").text(f.id()).text(f.from().toString()).text(f.to().toString()).text(f.timeZone())
                        .text(f.reason()).list(f.teams()).list(f.components()).endLine();
            }
            for (var p : governance.capacity()) {
                out.word("p").text(p.pool()).text(p.budget().toString()).endLine();
                for (var sg : p.surges()) {
                    out.word("s").list(sg.components()).list(sg.teams()).list(sg.kinds()).text(sg.cost().toString())
                            .endLine();
                }
            }
            for (var a : governance.approvals()) {
                out.word("a").text(a.id()).list(a.tiers()).list(a.kinds()).list(a.teams()).list(a.approvers())
                        .text(a.escalation()).integer(a.medianMinutes()).integer(a.p90Minutes())
                        .text(a.when() == null ? null : a.when().expression()).endLine();
            }
        }
        return "sha256:" + HexFormat.of().formatHex(out.digest());
    }

    /** Indexes of the dependencies by (from, to): a primitive sort of packed keys, boxed only for enormous graphs. */
    private static int[] sortedByEnds(int[] from, int[] to, long n) {
        long m = from.length;
        if (m == 0 || n * n > Long.MAX_VALUE / m) {
            return IntStream.range(0, from.length).boxed()
                    .sorted(Comparator.<Integer>comparingInt(e -> from[e]).thenComparingInt(e -> to[e]))
                    .mapToInt(Integer::intValue).toArray();
        }
        long[] keys = new long[from.length];
        for (int e = 0; e < from.length; e++) {
            // (from, to) is unique per graph; the low part carries the index back after the sort.
            keys[e] = (from[e] * n + to[e]) * m + e;
        }
        Arrays.sort(keys);
        int[] order = new int[from.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = (int) (keys[i] % m);
        }
        return order;
    }

    private static String gate(Gate g) {
        return g.metric() + "<=" + g.max();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** Fields separated by '|', lines by '\n', fed to the digest in blocks; text is escaped so it cannot forge either. */
    private static final class CanonicalText {
        private final MessageDigest sha;
        private final byte[] buffer = new byte[1 << 16];
        private int length;
        private boolean lineStart = true;

        CanonicalText(MessageDigest sha) {
            this.sha = sha;
        }

        CanonicalText word(String value) {
            separator();
            if (value == null) {
                put('~');
            } else {
                ascii(value);
            }
            return this;
        }

        /** One ASCII character standing for an enum constant (its ordinal) or absence ({@code ~}). */
        CanonicalText code(byte value) {
            separator();
            put((char) value);
            return this;
        }

        CanonicalText integer(int value) {
            separator();
            if (value < 0) {
                put('-');
                value = -value;
            }
            int digits = 1;
            for (int rest = value / 10; rest > 0; rest /= 10) {
                digits *= 10;
            }
            for (; digits > 0; digits /= 10) {
                put((char) ('0' + value / digits % 10));
            }
            return this;
        }

        CanonicalText number(Number value) {
            separator();
            if (value == null) {
                put('~');
            } else {
                ascii(value.toString());
            }
            return this;
        }

        CanonicalText text(String value) {
            separator();
            if (value == null) {
                put('~');
            } else {
                put('"');
                escaped(value);
                put('"');
            }
            return this;
        }

        CanonicalText list(List<?> values) {
            separator();
            if (values == null) {
                put('~');
                return this;
            }
            put('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    put(',');
                }
                escaped(String.valueOf(values.get(i)));
            }
            put(']');
            return this;
        }

        void endLine() {
            put('\n');
            lineStart = true;
        }

        byte[] digest() {
            sha.update(buffer, 0, length);
            length = 0;
            return sha.digest();
        }

        private void separator() {
            if (!lineStart) {
                put('|');
            }
            lineStart = false;
        }

        private void escaped(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\', '|', '"', ',', '[', ']' -> {
                        put('\\');
                        put(ch);
                    }
                    case '\n' -> {
                        put('\\');
                        put('n');
                    }
                    case '\r' -> {
                        put('\\');
                        put('r');
                    }
                    default -> {
                        if (ch < 0x80) {
                            put(ch);
                        } else {
                            int codePoint = s.codePointAt(i);
                            bytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                            i += Character.charCount(codePoint) - 1;
                        }
                    }
                }
            }
        }

        /** Enum names and numbers: ASCII by construction. */
        private void ascii(String s) {
            for (int i = 0; i < s.length(); i++) {
                put(s.charAt(i));
            }
        }

        private void bytes(byte[] bytes) {
            for (byte b : bytes) {
                put((char) (b & 0xff));
            }
        }

        private void put(char ch) {
            if (length == buffer.length) {
                sha.update(buffer, 0, length);
                length = 0;
            }
            buffer[length++] = (byte) ch;
        }
    }
}
