package dev.stagecraft.simulation;

/**
 * The random numbers of a Monte Carlo run, as a pure function of (seed, run, what is drawn): each uniform is
 * SplitMix64's finalizer over the combination, so a run draws the same numbers whichever thread computes it
 * and in whatever order, and two variants of a plan (another max-parallel, another graph) draw the same
 * numbers for the same component ids: common random numbers, so a difference between variants is not noise.
 */
final class Draws {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Draws() {
    }

    /** A 64-bit key of an id (FNV-1a over its UTF-16 units): stable across runs, JVMs and graphs. */
    static long key(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** A uniform in [0, 1) for run {@code run}, thing {@code key} and purpose {@code salt}. */
    static double uniform(long seed, long run, long key, long salt) {
        long z = mix(seed + GOLDEN * (run + 1));
        z = mix(z ^ key);
        z = mix(z + salt * GOLDEN);
        return (z >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
