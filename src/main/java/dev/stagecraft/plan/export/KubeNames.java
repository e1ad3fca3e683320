package dev.stagecraft.plan.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Kubernetes names for one kind of exported object: every name an RFC 1123 DNS label (lower case
 * {@code [a-z0-9-]}, starting and ending with a letter or digit, at most {@link #LABEL} characters; Helm
 * release names at most {@link #HELM_RELEASE}). Deterministic: the same sources asked in the same order get the same
 * names. Collision-free: a source whose cleaned name is taken by another source gets a suffix of 6 hex digits of the
 * SHA-256 of its source, as does one cut to the length limit. Every change is kept for the export's report.
 */
final class KubeNames {
    static final int LABEL = 63;
    /** Helm 3 refuses longer release names: it appends suffixes of its own to them. */
    static final int HELM_RELEASE = 53;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern INVALID_RUN = Pattern.compile("[^a-z0-9]+");

    private final String what;
    private final int max;
    private final Map<String, String> bySource = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();
    private final List<String> changes = new ArrayList<>();
    private final boolean reportCleaning;

    /** @param what the objects named, for the report ("Rollout", "Helm release") */
    KubeNames(String what, int max) {
        this(what, max, true);
    }

    /**
     * @param reportCleaning false for names the exporter composes ({@code <rollout>-<metric>}): their cleaning is by
     *                       design; cuts and collisions are still reported
     */
    KubeNames(String what, int max, boolean reportCleaning) {
        this.what = what;
        this.max = max;
        this.reportCleaning = reportCleaning;
    }

    static boolean isValid(String name, int max) {
        return name.length() <= max && VALID.matcher(name).matches();
    }

    /** The name of {@code source}: the same on every call; a new source is cleaned and made unique. */
    String of(String source) {
        String known = bySource.get(source);
        if (known != null) {
            return known;
        }
        String cleaned = clean(source);
        String name = cleaned;
        String why = null;
        if (!cleaned.equals(source) && reportCleaning) {
            why = cleaned.length() < source.length() || !cleaned.equals(source.toLowerCase(Locale.ROOT))
                    ? "only a-z, 0-9 and '-' are allowed" : "only lower case is allowed";
        }
        if (name.length() > max) {
            name = suffixed(cleaned, source);
            why = "longer than " + max + " characters";
        }
        if (byName.containsKey(name)) {
            why = "'" + name + "' is already the name of '" + byName.get(name) + "'";
            name = suffixed(cleaned, source);
            for (int i = 2; byName.containsKey(name); i++) {
                name = suffixed(cleaned, source + "#" + i);
            }
        }
        bySource.put(source, name);
        byName.put(name, source);
        if (why != null) {
            changes.add(what + " '" + source + "' is named '" + name + "': " + why);
        }
        return name;
    }

    /** Every name that differs from its source, with why, in the order asked. */
    List<String> changes() {
        return List.copyOf(changes);
    }

    private static String clean(String source) {
        String s = INVALID_RUN.matcher(source.toLowerCase(Locale.ROOT)).replaceAll("-");
        s = trimDashes(s);
        return s.isEmpty() ? "x" : s;
    }

    private String suffixed(String cleaned, String source) {
        String hash = sha256(source).substring(0, 6);
        String stem = trimDashes(cleaned.substring(0, Math.min(cleaned.length(), max - hash.length() - 1)));
        return (stem.isEmpty() ? "x" : stem) + "-" + hash;
    }

    private static String trimDashes(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '-') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '-') {
            b--;
        }
        return s.substring(a, b);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
