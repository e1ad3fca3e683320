package dev.stagecraft.ui.canvas;

/**
 * Decides whether the canvas paints a new picture every pulse while the view moves, from how long its pictures
 * really took: the time between the starts of two consecutive pulses that each painted one. A pulse waits for the
 * previous picture to be rendered before it hands over its own, so that time is the period of pictures, the
 * render thread's share included (which the JavaFX thread cannot time directly). While pictures come within
 * {@link #BUDGET_NANOS} the canvas keeps painting; beyond it, it moves and scales the last picture.
 *
 * <p>The first period of a run of pictures is left out (it does not yet include its own rendering). Then one
 * period over twice the budget is enough to say "slow", as is one picture whose painting alone on the JavaFX
 * thread took longer than the budget (so a huge view costs one slow picture, not three); otherwise the shortest
 * of the last {@link #SAMPLES} decides, so one late pulse (a collection, the first picture after the window opened) does not. A verdict
 * belongs to the diagram and the zoom it was measured at: after a zoom by more than {@link #SCALE_TOLERANCE}, or
 * for another diagram, the canvas paints and measures anew. A "slow" verdict is tried again after a while
 * (1 s, doubling up to 16 s), as the machine may have been busy. No JavaFX: the canvas feeds it pulse times.
 */
final class FrameBudget {
    /** 15 pictures a second: slower than that a repainted view lags behind the hand; a moved picture does not. */
    static final long BUDGET_NANOS = 1_000_000_000L / 15;
    /** Zoom factor beyond which a verdict no longer says much about the cost of a picture. */
    static final double SCALE_TOLERANCE = 1.25;
    static final int SAMPLES = 3;
    private static final long RETRY_NANOS = 1_000_000_000L;
    private static final long MAX_RETRY_NANOS = 16_000_000_000L;

    private enum Verdict { UNKNOWN, FITS, SLOW }

    private long pulses;
    private long pulseStart;
    private long paintedPulse = Long.MIN_VALUE;
    private long paintedStart;
    /** Periods of the current run of consecutive pictures (the first left out), the last {@link #SAMPLES}. */
    private final long[] periods = new long[SAMPLES];
    private int measured;
    private boolean runStarted;
    private Verdict verdict = Verdict.UNKNOWN;
    private Object measuredFor;
    private double measuredScale;
    private long slowSince;
    private long retry = RETRY_NANOS;

    /** A pulse began at {@code now} (ns). */
    void pulse(long now) {
        pulses++;
        pulseStart = now;
    }

    /**
     * The canvas painted a picture of a moving view in the current pulse, of {@code diagram} at {@code scale}, in
     * {@code paintNanos} on the JavaFX thread.
     */
    void painted(Object diagram, double scale, long paintNanos) {
        if (diagram != measuredFor || stale(scale)) {
            forget(diagram, scale);
        }
        if (paintNanos > BUDGET_NANOS) {
            slow();
        }
        if (paintedPulse == pulses - 1) {
            if (runStarted) {
                record(pulseStart - paintedStart);
            }
            runStarted = true;
        } else {
            runStarted = false;
        }
        paintedPulse = pulses;
        paintedStart = pulseStart;
    }

    /**
     * Whether to paint every pulse, for {@code diagram} at {@code scale}: yes unless pictures were measured to be
     * too slow there (and it is not yet time to try again).
     */
    boolean fits(Object diagram, double scale) {
        if (diagram != measuredFor || stale(scale)) {
            return true;
        }
        if (verdict == Verdict.SLOW && pulseStart - slowSince >= retry) {
            retry = Math.min(MAX_RETRY_NANOS, retry * 2);
            verdict = Verdict.UNKNOWN;
            measured = 0;
        }
        return verdict != Verdict.SLOW;
    }

    private void record(long period) {
        periods[measured % SAMPLES] = period;
        measured++;
        if (period > 2 * BUDGET_NANOS) {
            slow();
            return;
        }
        if (measured >= SAMPLES) {
            long shortest = Long.MAX_VALUE;
            for (long p : periods) {
                shortest = Math.min(shortest, p);
            }
            if (shortest > BUDGET_NANOS) {
                slow();
            } else {
                verdict = Verdict.FITS;
                retry = RETRY_NANOS;
            }
        }
    }

    private void slow() {
        verdict = Verdict.SLOW;
        slowSince = pulseStart;
        measured = 0;
    }

    private void forget(Object diagram, double scale) {
        measuredFor = diagram;
        measuredScale = scale;
        verdict = Verdict.UNKNOWN;
        measured = 0;
        retry = RETRY_NANOS;
    }

    private boolean stale(double scale) {
        double r = scale / measuredScale;
        return r > SCALE_TOLERANCE || r < 1 / SCALE_TOLERANCE;
    }
}
