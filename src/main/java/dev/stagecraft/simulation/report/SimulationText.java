package dev.stagecraft.simulation.report;

import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.simulation.Distribution;
import dev.stagecraft.simulation.Fault;
import dev.stagecraft.simulation.Injection;
import dev.stagecraft.simulation.MonteCarloResult;
import dev.stagecraft.simulation.RunEvents;
import dev.stagecraft.simulation.RunResult;
import dev.stagecraft.simulation.SimulationEvent;
import dev.stagecraft.simulation.WorstMinute;
import java.util.List;
import java.util.Locale;

/**
 * {@code stagecraft simulate --format text}: the scenario, the outcome, an aligned event timeline, the
 * distributions, the top failure origins and the comparison, for people.
 */
public final class SimulationText {
    private SimulationText() {
    }

    public static String write(SimulationReport report) {
        StringBuilder out = new StringBuilder();
        Variant main = report.main();
        RolloutPlan plan = main.plan().plan();
        out.append("Simulation of ").append(plan.metadata().name());
        if (report.graphName() != null) {
            out.append(" (graph ").append(report.graphName()).append(')');
        }
        out.append(": ").append(plan.steps().size()).append(plan.steps().size() == 1 ? " step" : " steps")
                .append(", plan ").append(main.plan().makespan()).append(" minutes, max parallel ")
                .append(limit(main.plan().maxParallel())).append('\n');
        out.append("Scenario: ").append(scenario(report)).append('\n');
        if (main.single() != null) {
            single(main.single(), out);
        }
        batch(main.batch(), out);
        if (!report.others().isEmpty()) {
            comparison(report, out);
        }
        return out.toString();
    }

    private static String scenario(SimulationReport report) {
        StringBuilder s = new StringBuilder();
        List<Injection> injections = report.scenario().injections();
        if (injections.isEmpty()) {
            s.append("bad versions drawn from each component's failureProbability");
        } else {
            s.append("inject ").append(String.join(", ", injections.stream().map(Injection::text).toList()));
        }
        if (!report.scenario().faults().isEmpty()) {
            s.append("; fault ").append(String.join(", ", report.scenario().faults().stream().map(Fault::text).toList()));
        }
        s.append("; on failure ").append(report.scenario().onFailure().id())
                .append("; detection after completion ").append(report.scenario().detectionMinutes()).append(" min");
        return s.toString();
    }

    private static void single(RunResult run, StringBuilder out) {
        out.append("Outcome: ").append(run.outcome().id());
        if (run.haltMinute() >= 0) {
            out.append(" — first gate failed at minute ").append(run.haltMinute()).append(" (")
                    .append(run.cause().id()).append("); run ends at minute ").append(run.durationMinutes());
            out.append("; rolled back in order: ")
                    .append(run.rolledBackIds().isEmpty() ? "nothing" : String.join(", ", run.rolledBackIds()));
        } else {
            out.append(" at minute ").append(run.durationMinutes());
        }
        out.append(String.format(Locale.ROOT, "; impact %.2f%n", run.impact()));
        WorstMinute worst = WorstMinute.of(run);
        if (worst.minute() >= 0) {
            out.append("Worst minute ").append(worst.minute()).append(": outage ")
                    .append(list(worst.outage())).append("; degraded ").append(list(worst.degraded())).append('\n');
        }
        List<SimulationEvent> events = RunEvents.of(run);
        int stepWidth = 4;
        for (SimulationEvent e : events) {
            stepWidth = Math.max(stepWidth, e.step().length());
        }
        out.append("\nTimeline\n");
        out.append(String.format(Locale.ROOT, "  %6s  %-14s  %-" + stepWidth + "s  %s%n", "minute", "event", "step",
                "traffic  components"));
        for (SimulationEvent e : events) {
            out.append(String.format(Locale.ROOT, "  %6d  %-14s  %-" + stepWidth + "s  %7s  %s%n", e.minute(),
                    e.type().id(), e.step(), e.percent() >= 0 ? e.percent() + "%" : "", String.join(", ", e.components())));
        }
        out.append('\n');
    }

    private static void batch(MonteCarloResult b, StringBuilder out) {
        out.append(String.format(Locale.ROOT, "%d run%s, seed %d%s: P(halt) %.4f, P(rollback) %.4f%n", b.runs(),
                b.runs() == 1 ? "" : "s", b.seed(), b.cancelled() ? " (cancelled early)" : "", b.haltProbability(),
                b.rollbackProbability()));
        out.append(String.format(Locale.ROOT, "  %-10s %10s %10s %10s %10s%n", "", "p50", "p90", "p99", "mean"));
        row(out, "minutes", b.durationMinutes());
        row(out, "impact", b.impact());
        if (b.approvalWaitMinutes() != null) {
            // the part of the minutes spent waiting for people (sign-off latency drawn per run)
            row(out, "sign-offs", b.approvalWaitMinutes());
        }
        if (!b.topFailureOrigins().isEmpty()) {
            out.append("Top failure origins (share of impact, expected impact per run)\n");
            int width = 4;
            for (MonteCarloResult.OriginShare o : b.topFailureOrigins()) {
                width = Math.max(width, o.component().length());
            }
            for (MonteCarloResult.OriginShare o : b.topFailureOrigins()) {
                out.append(String.format(Locale.ROOT, "  %-" + width + "s %6.1f%% %10.3f%n", o.component(),
                        100 * o.share(), o.expectedImpact()));
            }
        }
    }

    private static void comparison(SimulationReport report, StringBuilder out) {
        out.append("\nComparison on the same seed (differences from ").append(report.main().name()).append(")\n");
        int width = 7;
        for (Variant v : report.variants()) {
            width = Math.max(width, v.name().length());
        }
        out.append(String.format(Locale.ROOT, "  %-" + width + "s %8s %9s %9s %10s %10s %10s%n", "variant", "plan",
                "P(halt)", "P(rollbk)", "p50 min", "mean min", "mean imp."));
        for (Variant v : report.variants()) {
            MonteCarloResult b = v.batch();
            out.append(String.format(Locale.ROOT, "  %-" + width + "s %8d %9.4f %9.4f %10.1f %10.1f %10.3f%n", v.name(),
                    v.plan().makespan(), b.haltProbability(), b.rollbackProbability(), b.durationMinutes().p50(),
                    b.durationMinutes().mean(), b.impact().mean()));
        }
        Variant base = report.main();
        for (Variant v : report.others()) {
            MonteCarloResult b = v.batch();
            out.append(String.format(Locale.ROOT, "  %-" + width + "s %+8d %+9.4f %+9.4f %+10.1f %+10.1f %+10.3f  (%s - %s)%n",
                    "diff", v.plan().makespan() - base.plan().makespan(),
                    b.haltProbability() - base.batch().haltProbability(),
                    b.rollbackProbability() - base.batch().rollbackProbability(),
                    b.durationMinutes().p50() - base.batch().durationMinutes().p50(),
                    b.durationMinutes().mean() - base.batch().durationMinutes().mean(),
                    b.impact().mean() - base.batch().impact().mean(), v.name(), base.name()));
        }
    }

    private static void row(StringBuilder out, String name, Distribution d) {
        out.append(String.format(Locale.ROOT, "  %-10s %10.1f %10.1f %10.1f %10.2f%n", name, d.p50(), d.p90(), d.p99(),
                d.mean()));
    }

    private static String list(List<String> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        return ids.size() <= 12 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 12)) + " and " + (ids.size() - 12) + " more";
    }

    static String limit(int maxParallel) {
        return maxParallel == PlanOptions.UNLIMITED ? "unlimited" : String.valueOf(maxParallel);
    }
}
