package dev.stagecraft.io.kubernetes;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code # Source: chart/templates/x.yaml} comments {@code helm template} writes before each document, by
 * line, so an object can say which template it came from (YAML parsers drop comments). O(length of the text).
 */
final class HelmSources {
    private static final String PREFIX = "# Source: ";

    private final int[] lines;
    private final String[] paths;

    private HelmSources(int[] lines, String[] paths) {
        this.lines = lines;
        this.paths = paths;
    }

    static HelmSources scan(String text) {
        List<Integer> lines = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        int line = 1;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if (text.startsWith(PREFIX, start)) {
                String path = text.substring(start + PREFIX.length(), end).strip();
                if (!path.isEmpty()) {
                    lines.add(line);
                    paths.add(path);
                }
            }
            start = end + 1;
            line++;
        }
        return new HelmSources(lines.stream().mapToInt(Integer::intValue).toArray(), paths.toArray(String[]::new));
    }

    /** The last source comment after line {@code after} and before line {@code before}, {@code null} when none. */
    String between(int after, int before) {
        int lo = 0;
        int hi = lines.length - 1;
        int found = -1;
        while (lo <= hi) { // the last comment before the document
            int mid = (lo + hi) >>> 1;
            if (lines[mid] < before) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && lines[found] > after ? paths[found] : null;
    }
}
