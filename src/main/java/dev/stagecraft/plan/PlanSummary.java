package dev.stagecraft.plan;

import java.util.List;
import java.util.Objects;

/**
 * The plan at a glance.
 *
 * @param components       number of components the plan advances
 * @param steps            number of steps
 * @param waves            number of waves (highest step wave + 1; 0 for an empty plan)
 * @param maxParallel      the limit the schedule honoured, {@link PlanOptions#UNLIMITED} for none
 * @param estimatedMinutes when the last step ends in the schedule
 * @param maxParallelism   the peak number of steps running at once in the schedule
 * @param criticalPath     the longest chain of steps by minutes
 * @param clock            the start date-time, end and waits of a plan made with a start; {@code null} otherwise
 * @param approvalWaitMinutes the minutes all steps wait for sign-offs together (each its approvals' longest median)
 * @param capacity         each budgeted (pool, resource) with its budget and the peak the schedule uses
 * @param overBudget       ids of steps whose own surge exceeds a budget (run alone, still over it)
 */
public record PlanSummary(int components, int steps, int waves, int maxParallel, int estimatedMinutes,
                          int maxParallelism, PlanCriticalPath criticalPath, PlanClock clock, int approvalWaitMinutes,
                          List<CapacityLedger.Usage> capacity, List<String> overBudget) {
    public PlanSummary {
        Objects.requireNonNull(criticalPath, "criticalPath");
        capacity = capacity == null ? List.of() : List.copyOf(capacity);
        overBudget = overBudget == null ? List.of() : List.copyOf(overBudget);
    }

    /** The summary of a plan without capacity budgets. */
    public PlanSummary(int components, int steps, int waves, int maxParallel, int estimatedMinutes,
                       int maxParallelism, PlanCriticalPath criticalPath, PlanClock clock, int approvalWaitMinutes) {
        this(components, steps, waves, maxParallel, estimatedMinutes, maxParallelism, criticalPath, clock,
                approvalWaitMinutes, List.of(), List.of());
    }

    /** The summary of a plan whose steps need no sign-off. */
    public PlanSummary(int components, int steps, int waves, int maxParallel, int estimatedMinutes,
                       int maxParallelism, PlanCriticalPath criticalPath, PlanClock clock) {
        this(components, steps, waves, maxParallel, estimatedMinutes, maxParallelism, criticalPath, clock, 0);
    }

    /** The summary of a plan in relative minutes (no start date-time). */
    public PlanSummary(int components, int steps, int waves, int maxParallel, int estimatedMinutes,
                       int maxParallelism, PlanCriticalPath criticalPath) {
        this(components, steps, waves, maxParallel, estimatedMinutes, maxParallelism, criticalPath, null);
    }
}
