package dev.stagecraft.io.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the host names an environment variable's value points at, e.g. {@code orders-db} in
 * {@code DATABASE_URL=postgres://app:secret@orders-db:5432/orders} or {@code kafka-1} and {@code kafka-2} in
 * {@code KAFKA_BROKERS=kafka-1:9092,kafka-2:9092}. A bare word ({@code REDIS_HOST=cache}) counts only when the
 * variable's name says it holds an address (HOST, ADDR, URL, ...), so {@code LOG_LEVEL=info} names no host.
 */
public final class EnvironmentHosts {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");
    private static final List<String> ADDRESS_WORDS = List.of("HOST", "ADDR", "SERVER", "BROKER", "URL", "URI",
            "ENDPOINT", "DSN", "NODES", "SEEDS", "UPSTREAM", "BACKEND", "TARGET");

    private EnvironmentHosts() {
    }

    /** Lower-case host names in the value, in order, possibly repeated. */
    public static List<String> hostsIn(String key, String value) {
        List<String> hosts = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return hosts;
        }
        boolean addressKey = isAddressKey(key);
        for (String token : value.split("[\\s,;]+")) {
            String t = token;
            boolean url = false;
            int scheme = t.indexOf("://");
            if (scheme >= 0) {
                t = t.substring(scheme + 3);
                url = true;
            }
            int at = t.lastIndexOf('@');
            if (at >= 0) {
                t = t.substring(at + 1);
            }
            t = cutAtAny(t, "/?#");
            if (t.isEmpty() || t.startsWith("[")) {
                continue;
            }
            String host = t;
            boolean port = false;
            int colon = t.indexOf(':');
            if (colon >= 0) {
                if (!PORT.matcher(t.substring(colon + 1)).matches()) {
                    continue;
                }
                host = t.substring(0, colon);
                port = true;
            }
            if (HOST.matcher(host).matches() && (url || port || addressKey)) {
                hosts.add(host.toLowerCase(Locale.ROOT));
            }
        }
        return hosts;
    }

    private static boolean isAddressKey(String key) {
        String upper = key.toUpperCase(Locale.ROOT);
        return ADDRESS_WORDS.stream().anyMatch(upper::contains);
    }

    private static String cutAtAny(String s, String stops) {
        for (int i = 0; i < s.length(); i++) {
            if (stops.indexOf(s.charAt(i)) >= 0) {
                return s.substring(0, i);
            }
        }
        return s;
    }
}
