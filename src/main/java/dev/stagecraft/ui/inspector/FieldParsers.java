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
}
