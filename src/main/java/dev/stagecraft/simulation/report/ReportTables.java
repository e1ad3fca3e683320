package dev.stagecraft.simulation.report;

import dev.stagecraft.plan.PlanSummary;
import dev.stagecraft.simulation.Distribution;
import dev.stagecraft.simulation.Fault;
import dev.stagecraft.simulation.Injection;
import dev.stagecraft.simulation.MonteCarloResult;
import dev.stagecraft.simulation.RunEvents;
import dev.stagecraft.simulation.RunResult;
import dev.stagecraft.simulation.Scenario;
import dev.stagecraft.simulation.SimulationEvent;
import dev.stagecraft.simulation.WorstMinute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the Markdown and HTML reports say, as labelled facts and tables of plain (unescaped) text, so that both
 * formats carry the same content and only differ in markup. Numbers are formatted with {@link Locale#ROOT}.
 */
final class ReportTables {
    /** Timeline rows shown; a run of a large plan has thousands of events. */
    static final int TIMELINE_ROWS = 500;

    private ReportTables() {
    }

    /** A label and its value, for short "key: value" lists. */
    record Fact(String label, String value) {
    }

    /**
     * @param numeric per column, true when it holds numbers (right-aligned)
     * @param omitted rows left out after {@code rows} (0 when none)
     */
    record Table(List<String> header, List<Boolean> numeric, List<List<String>> rows, int omitted) {
        Table {
            header = List.copyOf(header);
            numeric = List.copyOf(numeric);
            rows = rows.stream().map(List::copyOf).toList();
            if (numeric.size() != header.size()) {
                throw new IllegalArgumentException("one alignment per column");
            }
        }
    }

    static String title(SimulationReport report) {
        String plan = report.main().plan().plan().metadata().name();
        return "Rollout simulation: " + plan + (report.graphName() != null && !report.graphName().equals(plan)
                ? " (graph " + report.graphName() + ")" : "");
    }

    static List<Fact> plan(Variant v) {
        PlanSummary s = v.plan().plan().summary();
        String path = s.criticalPath().path().isEmpty() ? "none"
                : s.criticalPath().minutes() + " min: " + String.join(" → ", s.criticalPath().path());
        return List.of(new Fact("Steps", String.valueOf(s.steps())), new Fact("Waves", String.valueOf(s.waves())),
                new Fact("Plan minutes", String.valueOf(v.plan().makespan())), new Fact("Critical path", path),
                new Fact("Max parallel", SimulationText.limit(v.plan().maxParallel())));
    }

    static List<Fact> scenario(SimulationReport report) {
        Scenario s = report.scenario();
        MonteCarloResult b = report.main().batch();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Bad versions", s.injections().isEmpty() ? "drawn from each component's failureProbability"
                : "injected " + String.join(", ", s.injections().stream().map(Injection::text).toList())));
        facts.add(new Fact("Faults", s.faults().isEmpty() ? "none"
                : String.join(", ", s.faults().stream().map(Fault::text).toList())));
        facts.add(new Fact("On failure", s.onFailure().id()));
        facts.add(new Fact("Detection after completion", s.detectionMinutes() + " min"));
        facts.add(new Fact("Runs", b.runs() + ", seed " + b.seed() + (b.cancelled() ? " (cancelled early)" : "")));
        return facts;
    }

    static List<Fact> run(RunResult run) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Outcome", run.outcome().id()));
        facts.add(new Fact("Cause", run.cause() == null ? "none" : run.cause().id()));
        facts.add(new Fact("Halt minute", run.haltMinute() < 0 ? "none" : String.valueOf(run.haltMinute())));
        facts.add(new Fact("Run ends at minute", String.valueOf(run.durationMinutes())));
        facts.add(new Fact("Impact", number(run.impact(), 2)));
        facts.add(new Fact("Rollback order", run.rolledBackIds().isEmpty() ? "nothing rolled back"
                : String.join(" → ", run.rolledBackIds())));
        List<String> waiting = new ArrayList<>();
        for (int k = 0; k < run.plan().stepCount(); k++) {
            if (!run.started(k)) {
                waiting.add(run.plan().stepId(k));
            }
        }
        if (!waiting.isEmpty()) {
            facts.add(new Fact("Never started", waiting.size() <= 20 ? String.join(", ", waiting)
                    : String.join(", ", waiting.subList(0, 20)) + " and " + (waiting.size() - 20) + " more"));
        }
        return facts;
    }

    static List<Fact> worstMinute(WorstMinute worst) {
        return List.of(new Fact("Minute", String.valueOf(worst.minute())),
                new Fact("Outage", worst.outage().isEmpty() ? "none" : String.join(", ", worst.outage())),
                new Fact("Degraded", worst.degraded().isEmpty() ? "none" : String.join(", ", worst.degraded())));
    }

    static Table timeline(RunResult run) {
        List<SimulationEvent> events = RunEvents.of(run);
        List<List<String>> rows = new ArrayList<>();
        for (SimulationEvent e : events.subList(0, Math.min(TIMELINE_ROWS, events.size()))) {
            rows.add(List.of(String.valueOf(e.minute()), e.type().id(), e.step(),
                    e.percent() >= 0 ? e.percent() + "%" : "", String.join(", ", e.components())));
        }
        return new Table(List.of("Minute", "Event", "Step", "Traffic", "Components"),
                List.of(true, false, false, true, false), rows, Math.max(0, events.size() - TIMELINE_ROWS));
    }

    static List<Fact> probabilities(MonteCarloResult b) {
        return List.of(new Fact("P(halt)", percent(b.haltProbability(), 2)),
                new Fact("P(rollback)", percent(b.rollbackProbability(), 2)));
    }

    static Table distributions(MonteCarloResult b) {
        return new Table(List.of("", "p50", "p90", "p99", "mean"), List.of(false, true, true, true, true),
                List.of(distribution("Duration (min)", b.durationMinutes(), 1),
                        distribution("Impact", b.impact(), 2)), 0);
    }

    private static List<String> distribution(String name, Distribution d, int digits) {
        return List.of(name, number(d.p50(), digits), number(d.p90(), digits), number(d.p99(), digits),
                number(d.mean(), digits));
    }

    static Table origins(MonteCarloResult b) {
        List<List<String>> rows = new ArrayList<>();
        for (MonteCarloResult.OriginShare o : b.topFailureOrigins()) {
            rows.add(List.of(o.component(), percent(o.share(), 1), number(o.expectedImpact(), 3)));
        }
        return new Table(List.of("Component", "Share of impact", "Expected impact per run"),
                List.of(false, true, true), rows, 0);
    }

    static Table stepImpact(MonteCarloResult b) {
        List<List<String>> rows = new ArrayList<>();
        for (MonteCarloResult.StepImpact s : b.stepImpact()) {
            rows.add(List.of(s.step(), number(s.expectedImpact(), 3)));
        }
        return new Table(List.of("Step", "Expected impact per run"), List.of(false, true), rows, 0);
    }

    static Table stepHalts(MonteCarloResult b) {
        List<List<String>> rows = new ArrayList<>();
        for (MonteCarloResult.StepHalt h : b.stepHalts()) {
            rows.add(List.of(h.step(), percent(h.haltProbability(), 2)));
        }
        return new Table(List.of("Step", "P(halt) by its gate"), List.of(false, true), rows, 0);
    }

    /** Every variant, then per other variant (named "Δ name") its difference from the first. */
    static Table comparison(SimulationReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (Variant v : report.variants()) {
            MonteCarloResult b = v.batch();
            rows.add(List.of(v.name(), String.valueOf(v.plan().makespan()), percent(b.haltProbability(), 2),
                    percent(b.rollbackProbability(), 2), number(b.durationMinutes().p50(), 1),
                    number(b.durationMinutes().p90(), 1), number(b.durationMinutes().mean(), 1),
                    number(b.impact().mean(), 2), number(b.impact().p90(), 2)));
        }
        Variant base = report.main();
        MonteCarloResult a = base.batch();
        for (Variant v : report.others()) {
            MonteCarloResult b = v.batch();
            rows.add(List.of("Δ " + v.name(),
                    String.format(Locale.ROOT, "%+d", v.plan().makespan() - base.plan().makespan()),
                    signedPercent(b.haltProbability() - a.haltProbability()),
                    signedPercent(b.rollbackProbability() - a.rollbackProbability()),
                    signed(b.durationMinutes().p50() - a.durationMinutes().p50(), 1),
                    signed(b.durationMinutes().p90() - a.durationMinutes().p90(), 1),
                    signed(b.durationMinutes().mean() - a.durationMinutes().mean(), 1),
                    signed(b.impact().mean() - a.impact().mean(), 2),
                    signed(b.impact().p90() - a.impact().p90(), 2)));
        }
        return new Table(List.of("Variant", "Plan min", "P(halt)", "P(rollback)", "p50 min", "p90 min", "Mean min",
                "Mean impact", "p90 impact"), List.of(false, true, true, true, true, true, true, true, true), rows, 0);
    }

    static String number(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", zeroIfRoundsToIt(value, digits));
    }

    static String percent(double share, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f%%", zeroIfRoundsToIt(100 * share, digits));
    }

    private static String signed(double value, int digits) {
        return String.format(Locale.ROOT, "%+." + digits + "f", zeroIfRoundsToIt(value, digits));
    }

    /** A difference of two shares, in percentage points. */
    private static String signedPercent(double share) {
        return String.format(Locale.ROOT, "%+.2f pp", zeroIfRoundsToIt(100 * share, 2));
    }

    /** So that a difference of -0.0001 reads +0.00, not -0.00. */
    private static double zeroIfRoundsToIt(double value, int digits) {
        return Math.abs(value) < 0.5 * Math.pow(10, -digits) ? 0 : value;
    }
}
