package dev.stagecraft.ui.inspector;

import dev.stagecraft.model.Gate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and writes the text forms of the inspector's fields; empty text means "not given". */
final class FieldParsers {
    private FieldParsers() {
    }

    static Integer integer(String text, int min, int max, String what) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            int v = Integer.parseInt(text);
            if (v < min || v > max) {
                throw new IllegalArgumentException(what + " must be " + range(min, max));
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number " + range(min, max));
        }
    }

    private static String range(int min, int max) {
        return max == Integer.MAX_VALUE ? ">= " + min : "in " + min + ".." + max;
    }

    static Double probability(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(text);
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("failure probability must be in 0..1");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("failure probability must be a number in 0..1");
        }
    }

    /** "1, 10, 50, 100": percentages of traffic, ascending, each in 1..100. */
    static List<Integer> stages(String text) {
        if (text.isEmpty()) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            Integer v = integer(part, 1, 100, "each stage");
            if (!out.isEmpty() && v <= out.get(out.size() - 1)) {
                throw new IllegalArgumentException("stages must be ascending");
            }
            out.add(v);
        }
        return out;
    }

    static String stagesText(List<Integer> stages) {
        return stages == null ? "" : stages.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** "error_rate <= 0.01", one gate per line (or separated by ';'). */
    static List<Gate> gates(String text) {
        if (text.isEmpty()) {
            return null;
        }
        List<Gate> out = new ArrayList<>();
        for (String part : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] mv = part.split("<=");
            if (mv.length != 2 || mv[0].isBlank()) {
                throw new IllegalArgumentException("write each gate as 'metric <= max', one per line");
            }
            try {
                out.add(new Gate(mv[0].strip(), Double.parseDouble(mv[1].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("gate '" + mv[0].strip() + "': max must be a number");
            }
        }
        return out;
    }

    static String gatesText(List<Gate> gates) {
        return gates == null ? "" : gates.stream().map(g -> g.metric() + " <= " + number(g.max()))
                .collect(Collectors.joining("\n"));
    }

    static String number(Double v) {
        if (v == null) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf(v.longValue()) : String.valueOf(v);
    }

    /** One rollback step per line. */
    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return null;
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String linesText(List<String> lines) {
        return lines == null ? "" : String.join("\n", lines);
    }

    /** "a, b, c": component ids. */
    static List<String> ids(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    static String nullToEmpty(Object v) {
        return v == null ? "" : v.toString();
    }

    /** "users-db backfill, 4500000 rows at 50000/min, not idempotent": a component's migration as one line. */
    static String migrationText(dev.stagecraft.model.Component c) {
        return dev.stagecraft.model.Migration.of(c).map(m -> {
            StringBuilder b = new StringBuilder(m.store()).append(' ').append(m.phase().id());
            if (m.rows() != null && m.rowsPerMinute() != null) {
                b.append(", ").append(m.rows()).append(" rows at ").append(m.rowsPerMinute()).append("/min");
            }
            if (!m.idempotent()) {
                b.append(", not idempotent");
            }
            return b.toString();
        }).orElse("");
    }

    /**
     * The {@code migration:} mapping a line of {@link #migrationText} gives, {@code null} for empty text.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static java.util.Map<String, Object> migration(String text) {
        if (text.isBlank()) {
            return null;
        }
        String[] parts = text.split(",");
        String[] head = parts[0].trim().split("\\s+");
        String phases = String.join(", ", dev.stagecraft.model.Migration.Phase.ids());
        if (head.length != 2 || dev.stagecraft.model.Migration.Phase.parse(head[1]).isEmpty()) {
            throw new IllegalArgumentException("write the data store and the phase, e.g. 'users-db expand' (phases: "
                    + phases + "), then optionally ', 4000000 rows at 50000/min' and ', not idempotent'");
        }
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("store", head[0]);
        m.put("phase", head[1]);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            java.util.regex.Matcher rate = java.util.regex.Pattern.compile("(\\d+) rows at (\\d+)\\s*/\\s*min")
                    .matcher(part);
            if (rate.matches()) {
                try {
                    m.put("rows", Long.parseLong(rate.group(1)));
                    m.put("rowsPerMinute", Long.parseLong(rate.group(2)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("rows and rows per minute must be whole numbers: " + part);
                }
            } else if (part.equals("not idempotent")) {
                m.put("idempotent", false);
            } else if (!part.isEmpty()) {
                throw new IllegalArgumentException("'" + part + "' is neither 'N rows at M/min' nor 'not idempotent'");
            }
        }
        return m;
    }
}
