package dev.stagecraft.bench;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.io.SourceMap;
import dev.stagecraft.model.ChangeWindow;
import dev.stagecraft.model.Freeze;
import dev.stagecraft.model.Governance;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.policy.Policy;
import dev.stagecraft.policy.PolicyEngine;
import dev.stagecraft.policy.PolicyFacts;
import dev.stagecraft.policy.PolicyFinding;
import dev.stagecraft.policy.PolicyReader;
import dev.stagecraft.synthetic.GraphGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

/**
 * Planning the generated 20,000-component / 100,000-dependency graph (every component changing) in calendar time
 * with change windows and freezes and a capacity budget (40 cpu, 160 GiB: 10 steps' surge at once, a database's
 * three times more), then checking a 10-rule policy (the eight rules of policies/example-policy.yaml and
 * two more) over the plan: issue 14's goal is under 1 s for the whole in process. Prints median and p90 in ms of
 * the plan with a start (max parallel 8), the policy's facts, the rules' evaluation and the three together.
 *
 * <p>{@code mvn -q -o -Pbench test-compile exec:java -Dexec.mainClass=dev.stagecraft.bench.GovernanceBench
 * -Dexec.cleanupDaemonThreads=false} (optional arguments: components dependencies rounds).
 */
public final class GovernanceBench {
    private static final String MORE_RULES = """
              - id: bench-databases-have-rollback
                for: component
                expression: component.kind != 'database' || !component.changing || component.rollback.size() > 0
              - id: bench-wide-blast-radius-bakes
                for: step
                severity: warning
                expression: step.blastRadius.outage < 500 || step.stages.all(s, s.bakeMinutes >= 10)
            """;

    private GovernanceBench() {
    }

    public static void main(String[] args) throws IOException {
        int components = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int dependencies = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        ServiceGraph g = PlanBenchmark.allChanging(GraphGenerator.generate(components, dependencies, 42));
        EnumSet<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        String someTeam = g.components().stream().map(c -> c.team()).filter(t -> t != null).findFirst().orElse(null);
        g.setMetadata(g.metadata().withGovernance(new Governance("Europe/Berlin", List.of(
                new ChangeWindow("weekdays", weekdays, LocalTime.of(9, 0), LocalTime.of(16, 0), null, List.of(),
                        List.of()),
                new ChangeWindow("team-mornings", EnumSet.allOf(DayOfWeek.class), LocalTime.of(7, 0),
                        LocalTime.of(12, 0), null, someTeam == null ? List.of() : List.of(someTeam), List.of())),
                List.of(new Freeze("maintenance", LocalDateTime.of(2026, 12, 9, 12, 0), LocalDateTime.of(2026, 12, 10, 9, 0),
                                null, "maintenance", List.of(), List.of()),
                        new Freeze("year-end", LocalDateTime.of(2026, 12, 21, 0, 0), LocalDateTime.of(2027, 1, 4, 9, 0),
                                null, "year-end", List.of(), List.of())), List.of(),
                List.of(new dev.stagecraft.model.CapacityPool("prod", java.util.Map.of("cpu", 40.0, "memoryGi", 160.0),
                        List.of(new dev.stagecraft.model.CapacityPool.Surge(List.of(), List.of(), List.of("database"),
                                        java.util.Map.of("cpu", 12.0, "memoryGi", 48.0)),
                                new dev.stagecraft.model.CapacityPool.Surge(List.of(), List.of(), List.of(),
                                        java.util.Map.of("cpu", 4.0, "memoryGi", 16.0))))))));
        String example = Files.readString(Path.of("policies/example-policy.yaml"));
        Policy policy = PolicyReader.parse(example + MORE_RULES, "bench-policy.yaml");
        PolicyEngine engine = PolicyEngine.compile(policy);
        ZonedDateTime start = ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        PlanOptions options = PlanOptions.defaults().withMaxParallel(8).withStart(start);
        GraphAnalysis analysis = GraphAnalysis.of(g);
        analysis.blastRadius().sizes(); // per revision, shared with the window; not part of planning
        System.out.printf("graph: %d components, %d dependencies, all changing; %d windows, %d freezes, %d rules;"
                + " a capacity budget; %d rounds after warm-up; %d cores%n", g.componentCount(), g.dependencyCount(), 2, 2,
                policy.rules().size(), rounds, Runtime.getRuntime().availableProcessors());
        RolloutPlan plan = PlanBenchmark.measure("plan with --start (windows, freezes, budget, max 8)", rounds,
                () -> new PlanBuilder(analysis, options).build());
        System.out.printf("  -> %d steps, %s to %s, %d minutes waiting; capacity %s%n", plan.steps().size(),
                plan.summary().clock().start(), plan.summary().clock().end(), plan.summary().clock().waitMinutes(),
                plan.summary().capacity());
        PolicyFacts facts = PlanBenchmark.measure("policy facts (graph, plan as CEL values)", rounds,
                () -> new PolicyFacts(analysis, plan));
        List<PolicyFinding> found = PlanBenchmark.measure("evaluate 10 rules", rounds,
                () -> engine.evaluate(facts, SourceMap.EMPTY));
        System.out.printf("  -> %d findings%n", found.size());
        PlanBenchmark.measure("all three (plan + facts + rules)", rounds, () -> {
            RolloutPlan p = new PlanBuilder(analysis, options).build();
            return engine.evaluate(new PolicyFacts(analysis, p), SourceMap.EMPTY);
        });
        PlanBenchmark.measure("plan without --start (for comparison)", rounds,
                () -> new PlanBuilder(analysis, PlanOptions.defaults().withMaxParallel(8)).build());
    }
}
