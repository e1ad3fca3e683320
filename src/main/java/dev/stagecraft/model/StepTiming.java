package dev.stagecraft.model;

import java.util.Arrays;

/**
 * How long a step takes and when each of its canary stages begins and ends (DESIGN.md, "Step timing").
 *
 * <p>A step has stages 1..n with traffic percent p_i and bake b_i minutes, and a duration D (its slowest
 * member's {@code durationMinutes}). Its <b>effective duration</b> is {@code T = max(D, B)} with
 * {@code B = b_1 + ... + b_n}: bake times are a safety requirement, D an estimate, so bake wins. The deploy
 * time {@code E = T - B} is spread over the stages: stage i lasts {@code d_i + b_i} with
 * {@code d_i = floor(E / n) + (1 if i <= E mod n else 0)}. Stage i starts with the traffic shift to p_i and
 * ends with its gate check. Offsets here are minutes from the step's start; indexes are 0-based
 * (stage {@code i} here is stage {@code i + 1} of the contract). O(n) to build, O(1) per query.
 */
public final class StepTiming {
    private final int durationMinutes;
    private final int[] percent;
    private final int[] bake;
    private final int[] end;
    /** Where each stage starts, when waits separate them (a calendar's); null when each starts as the last ends. */
    private final int[] begin;
    private final int effective;

    /**
     * @param durationMinutes D, &gt;= 0
     * @param percent         traffic share of each stage, at least one stage
     * @param bake            bake minutes of each stage, &gt;= 0, as many as {@code percent}
     */
    public StepTiming(int durationMinutes, int[] percent, int[] bake) {
        if (percent.length == 0 || percent.length != bake.length) {
            throw new IllegalArgumentException("a step has at least one stage, with one bake time each");
        }
        this.durationMinutes = durationMinutes;
        this.percent = percent.clone();
        this.bake = bake.clone();
        long totalBake = 0;
        for (int b : bake) {
            totalBake += b;
        }
        int n = percent.length;
        long total = Math.max(durationMinutes, totalBake);
        long deploy = total - totalBake;
        end = new int[n];
        long at = 0;
        for (int i = 0; i < n; i++) {
            at += deploy / n + (i < deploy % n ? 1 : 0) + bake[i];
            end[i] = (int) Math.min(Integer.MAX_VALUE, at);
        }
        begin = null;
        this.effective = end[n - 1];
    }

    private StepTiming(StepTiming base, int[] begin) {
        this.durationMinutes = base.durationMinutes;
        this.percent = base.percent;
        this.bake = base.bake;
        this.effective = base.effective;
        this.begin = begin;
        this.end = new int[percent.length];
        for (int i = 0; i < percent.length; i++) {
            end[i] = begin[i] + base.stageEnd(i) - base.stageStart(i);
        }
    }

    /**
     * The same stages, each starting at the given offset from the step's start (the first at 0): a step held
     * between its stages (by a change window or a freeze). Each stage keeps its length; the effective duration T
     * stays the contract's, the span ({@link #spanMinutes()}) grows by the waits.
     */
    public StepTiming withStageStarts(int[] offsets) {
        if (offsets.length != percent.length || offsets[0] != 0) {
            throw new IllegalArgumentException("one offset per stage, the first 0");
        }
        for (int i = 1; i < offsets.length; i++) {
            if (offsets[i] < offsets[i - 1] + stageEnd(i - 1) - stageStart(i - 1)) {
                throw new IllegalArgumentException("stage " + (i + 1) + " starts before stage " + i + " ends");
            }
        }
        return new StepTiming(this, offsets.clone());
    }

    /** From the step's start to its last gate check: T, plus any waits between stages. */
    public int spanMinutes() {
        return end[end.length - 1];
    }

    /** The effective duration T of a step with duration D and total bake B: {@code max(D, B)}. */
    public static int effectiveMinutes(int durationMinutes, long totalBakeMinutes) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(durationMinutes, totalBakeMinutes));
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    /** T = max(D, B). */
    public int effectiveMinutes() {
        return effective;
    }

    public int stageCount() {
        return percent.length;
    }

    public int percent(int stage) {
        return percent[stage];
    }

    public int bakeMinutes(int stage) {
        return bake[stage];
    }

    /** Minutes from the step's start to the traffic shift of this stage. */
    public int stageStart(int stage) {
        return begin != null ? begin[stage] : stage == 0 ? 0 : end[stage - 1];
    }

    /** Minutes from the step's start to this stage's gate check. */
    public int stageEnd(int stage) {
        return end[stage];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StepTiming t && t.durationMinutes == durationMinutes && Arrays.equals(t.percent, percent)
                && Arrays.equals(t.bake, bake) && Arrays.equals(t.begin, begin);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * durationMinutes + Arrays.hashCode(percent)) + Arrays.hashCode(bake);
    }

    @Override
    public String toString() {
        return "StepTiming[D=" + durationMinutes + ", percent=" + Arrays.toString(percent) + ", bake="
                + Arrays.toString(bake) + ", T=" + effectiveMinutes() + "]";
    }
}
