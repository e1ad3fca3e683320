package dev.stagecraft.simulation;

/**
 * How long people take to sign off, in a Monte Carlo run: log-normal with the rule's median and 90th percentile
 * ({@code latencyMinutes: {median, p90}}), so {@code mu = ln(median)} and {@code sigma = ln(p90 / median) / z90}
 * with {@code z90 = 1.2815515655446004} (the standard normal's 90th percentile). One number (p90 = median) is a
 * fixed latency. A draw is rounded to whole minutes and capped at {@value #CAP} minutes (about two years).
 */
final class ApprovalLatency {
    static final double Z90 = 1.2815515655446004;
    static final int CAP = 1_000_000;

    private ApprovalLatency() {
    }

    /** The log-normal's sigma for this median and 90th percentile; 0 when the latency is fixed. */
    static double sigma(int median, int p90) {
        return median > 0 && p90 > median ? Math.log((double) p90 / median) / Z90 : 0;
    }

    /**
     * A latency in minutes from two uniforms in [0, 1) (Box–Muller: {@code z = sqrt(-2 ln(1 - u1)) cos(2 pi u2)}).
     */
    static int draw(double median, double sigma, double u1, double u2) {
        if (median <= 0) {
            return 0;
        }
        if (sigma == 0) {
            return (int) Math.round(median);
        }
        double z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
        double minutes = median * Math.exp(sigma * z);
        return (int) Math.min(CAP, Math.round(minutes));
    }
}
