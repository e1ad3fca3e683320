package dev.stagecraft.io.yaml;

import java.util.Locale;

/**
 * The size limit of every YAML text read here: 64 MiB, the same as a native graph file's
 * ({@code NativeGraphReader.DEFAULT_MAX_BYTES}). A 20,000-component graph is 5 to 11 MB and its 20,000-step
 * plan 23 MB, so this leaves room, while still refusing a runaway file before it fills the memory. SnakeYAML's
 * own default (3,145,728 code points) is smaller than such a plan; it is raised to this limit.
 */
public final class YamlLimits {
    /** The largest text read, in code points (and so at most this many characters of one scalar). */
    public static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private YamlLimits() {
    }

    /**
     * Whether a text is over {@code limit} code points; counts only when its length in chars says it may be.
     */
    public static boolean overLimit(String text, int limit) {
        return text.length() > limit && text.codePointCount(0, text.length()) > limit;
    }

    /** The sentence for a text over the limit, e.g. "is 70,000,000 characters, over the limit of 67,108,864 ...". */
    public static String tooLarge(long size, long limit, String unit, String what) {
        return String.format(Locale.ROOT, "is %,d %s, over the limit of %,d %s for %s", size, unit, limit, unit, what);
    }
}
