package dev.stagecraft.io;

import dev.stagecraft.model.Component;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the names other formats use ({@code "[root] aws_instance.web (expand)"}, {@code Orders_API}) into
 * valid, unique component ids ({@code [a-z0-9][a-z0-9._-]*}): lower case, every other character becomes
 * {@code -}, runs of {@code -} collapse, and a clash gets {@code -2}, {@code -3}, ... The same name always
 * gets the same id within one import. O(length) per name.
 */
public final class IdAllocator {
    private final Map<String, String> byName = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Map<String, int[]> placeOf = new HashMap<>();

    /** The id for this foreign name, allocating one the first time the name is seen. */
    public String idFor(String name) {
        String known = byName.get(name);
        if (known != null) {
            return known;
        }
        String id = fresh(name);
        byName.put(name, id);
        return id;
    }

    /** A new id resembling the name, even when the name was seen before (two things of one name). */
    public String fresh(String name) {
        String base = sanitize(name);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }

    /**
     * Takes an id the input spells validly, before ids are made from labels, so those go around it.
     *
     * @return false when the id was taken already (the input spells it twice)
     */
    public boolean claim(String id, int line, int column) {
        boolean free = taken.add(id);
        if (free) {
            placeOf.put(id, new int[] {line, column});
        }
        return free;
    }

    /**
     * {@link #fresh(String)} for one node, group or service of the input at line:column: when the id resembling
     * its name is taken, the one it gets ({@code instance-2}) is reported as {@code renamed-id} at its place,
     * naming where the id it would have had comes from.
     *
     * @param what how the report names the thing, e.g. {@code node 'n3' (label 'instance')}
     */
    public String fresh(String name, String what, int line, int column, ImportReport.Builder report) {
        String base = sanitize(name);
        String id = fresh(name);
        placeOf.put(id, new int[] {line, column});
        if (!id.equals(base)) {
            int[] other = placeOf.get(base);
            String where = other == null || other[0] <= 0 ? "" : " at line " + other[0] + ", column " + other[1];
            report.info("renamed-id", what + " has the id '" + id + "' because '" + base + "' is already taken by"
                    + " the one" + where + "; give them distinct names to choose the ids", line, column,
                    List.of(id, base));
        }
        return id;
    }

    /** The id already allocated for this name, {@code null} when none. */
    public String existing(String name) {
        return byName.get(name);
    }

    /** A valid id resembling the name (not made unique). */
    public static String sanitize(String name) {
        if (Component.ID_PATTERN.matcher(name).matches()) {
            return name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
            char out = ok ? c : '-';
            if (out == '-' && b.length() > 0 && b.charAt(b.length() - 1) == '-') {
                continue;
            }
            if (b.length() == 0 && !Character.isLetterOrDigit(out)) {
                continue;
            }
            b.append(out);
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
            b.setLength(b.length() - 1);
        }
        return b.length() == 0 ? "component" : b.toString();
    }
}
