package dev.stagecraft.ui.canvas;

/**
 * Decides whether the canvas paints a new picture every pulse while the view moves, from what its pictures
 * really cost. A picture's cost is the longer of its painting on the JavaFX thread and the time from the start of
 * the previous pulse, when that one painted too: a pulse waits for the previous picture to be rendered before it
 * hands over its own, so that period includes the render thread's share (which the JavaFX thread cannot time
 * directly). The first period of a run of pictures is left out, as it does not yet include its own rendering.
 * While pictures cost at most {@link #BUDGET_NANOS} the canvas keeps painting; beyond, it moves and scales the
 * last picture.
 *
 * <p>"Slow" needs the median of the last three costs over the budget, or two pictures in a row over twice the
 * budget (a huge view: two slow pictures, not three), so one late pulse (a collection, another process) decides
 * nothing. A verdict belongs to the diagram and the zoom it was measured at: after a zoom by more than
 * {@link #SCALE_TOLERANCE}, or for another diagram, the canvas paints and measures anew; a slow verdict is tried
 * again after a while (1 s, doubling up to 16 s while it stays slow). No JavaFX: the canvas feeds it pulse times.
 */
final class FrameBudget {
    /**
     * 10 pictures a second. Slower than that a repainted view lags behind the hand and the moved picture is the
     * better one; faster, new pictures are. (Moving the picture is not free either: on the software pipeline a
     * zoom that only scales a 1280x800 picture ran at 51-57 pulses a second, CanvasFpsBench.)
     */
    static final long BUDGET_NANOS = 1_000_000_000L / 10;
    /** Zoom factor beyond which a verdict no longer says much about the cost of a picture. */
    static final double SCALE_TOLERANCE = 1.25;
    private static final int SAMPLES = 3;
    private static final long RETRY_NANOS = 1_000_000_000L;
    private static final long MAX_RETRY_NANOS = 16_000_000_000L;

    private enum Verdict { UNKNOWN, FITS, SLOW }

    private long pulses;
    private long pulseStart;
    private long paintedPulse = Long.MIN_VALUE;
    private long paintedStart;
    private boolean runStarted;
    /** The last {@link #SAMPLES} costs measured for the current diagram and zoom, newest at {@code measured - 1}. */
    private final long[] costs = new long[SAMPLES];
    private int measured;
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
        long cost = paintNanos;
        boolean consecutive = paintedPulse == pulses - 1;
        if (consecutive && runStarted) {
            cost = Math.max(cost, pulseStart - paintedStart);
        }
        runStarted = consecutive;
        paintedPulse = pulses;
        paintedStart = pulseStart;
        record(cost);
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

    private void record(long cost) {
        costs[measured % SAMPLES] = cost;
        measured++;
        long previous = measured >= 2 ? costs[(measured - 2) % SAMPLES] : 0;
        if (measured >= 2 && Math.min(cost, previous) > 2 * BUDGET_NANOS) {
            slow();
        } else if (measured >= SAMPLES) {
            if (median() > BUDGET_NANOS) {
                slow();
            } else {
                verdict = Verdict.FITS;
                retry = RETRY_NANOS;
            }
        }
    }

    private long median() {
        long a = costs[0];
        long b = costs[1];
        long c = costs[2];
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
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
