package dev.stagecraft.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.SourceMap;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Severity;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules of each scope fire where their expression is false, and only there; bad policies are errors with places. */
class PolicyEngineTest {
    private static List<PolicyFinding> run(String policyText, ServiceGraph g) {
        Policy policy = PolicyReader.parse(policyText, "policy.yaml");
        GraphAnalysis analysis = GraphAnalysis.of(g);
        PolicyFacts facts = new PolicyFacts(analysis, new PlanBuilder(analysis, PlanOptions.defaults()).build());
        return PolicyEngine.compile(policy).evaluate(facts, SourceMap.EMPTY);
    }

    private static ServiceGraph shop() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("auth", ComponentKind.SERVICE).withTier(0).withChanging(true)
                .withRollout(Rollout.NONE.withStages(List.of(10, 50, 100))));
        g.addComponent(Component.of("pay", ComponentKind.SERVICE).withTier(0).withChanging(true)
                .withRollout(Rollout.NONE.withStages(List.of(1, 100))));
        g.addComponent(Component.of("db", ComponentKind.DATABASE).withTier(1));
        g.addComponent(Component.of("web", ComponentKind.SERVICE).withTier(0).withChanging(true));
        g.addDependency(Dependency.of("auth", "db"));
        g.addDependency(Dependency.of("web", "auth"));
        return g;
    }

    private static final String HEAD = "apiVersion: stagecraft/v1\nkind: Policy\nrules:\n";

    @Test
    void aStepRuleFiresForTheStepsThatBreakIt() {
        List<PolicyFinding> found = run(HEAD + """
                  - id: tier0-small-first-stage
                    for: step
                    expression: step.tier != 0 || step.stages[0].percent <= 5
                    message: a tier-0 step starts its canary at 5 % or less
                """, shop());
        assertEquals(List.of("auth"), found.stream().flatMap(f -> f.finding().subjects().stream()).toList(),
                "auth starts at 10 %; pay at 1 % keeps the rule, web at its tier-0 default (1 %) too");
        Finding f = found.get(0).finding();
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("tier0-small-first-stage", f.code());
        assertEquals("step auth: a tier-0 step starts its canary at 5 % or less", f.message());
        assertEquals(4, found.get(0).ruleAt().line(), "the rule's place in the policy file");
    }

    @Test
    void componentDependencyAndPlanRulesSeeTheirElements() {
        List<PolicyFinding> found = run(HEAD + """
                  - id: databases-are-not-changed-with-tier0
                    for: component
                    severity: warning
                    expression: component.kind != 'database' || component.dependents.all(d, components[d].tier > 0)
                    messageExpression: "'database ' + component.id + ' serves ' + component.dependents.join(', ')"
                  - id: no-hard-dependency-on-database
                    for: dependency
                    severity: info
                    expression: components[dependency.to].kind != 'database' || dependency.strength == 'soft'
                  - id: at-most-one-tier0-at-once
                    for: plan
                    expression: peakConcurrent(plan.steps.filter(s, s.tier == 0)) <= 1
                    messageExpression: "string(peakConcurrent(plan.steps.filter(s, s.tier == 0))) + ' tier-0 steps run at once'"
                """, shop());
        assertEquals(3, found.size(), found.toString());
        assertEquals("component db: database db serves auth", found.get(0).finding().message());
        assertEquals(Severity.WARNING, found.get(0).finding().severity());
        assertEquals(List.of("auth", "db"), found.get(1).finding().subjects());
        assertEquals("2 tier-0 steps run at once", found.get(2).finding().message(),
                "auth and pay start together (wave 0), web waits for auth");
    }

    @Test
    void aMalformedExpressionIsAnErrorAtItsPlace() {
        PolicyException e = assertThrows(PolicyException.class, () -> run(HEAD + """
                  - id: broken
                    for: step
                    expression: step.tier != 0 && && step.stages[0].percent <= 5
                """, shop()));
        Finding f = e.problems().get(0);
        assertEquals("policy-expression", f.code());
        assertEquals(6, f.location().line());
        assertEquals(35, f.location().column(), "at the second '&&': " + f.describe());
        assertTrue(f.describe().startsWith("policy.yaml:6:35: error [policy-expression] rule 'broken': "), f.describe());
    }

    @Test
    void anUnknownVariableOrANonBoolResultIsAnError() {
        PolicyException unknown = assertThrows(PolicyException.class, () -> run(HEAD + """
                  - id: typo
                    for: component
                    expression: compnent.tier < 3
                """, shop()));
        assertTrue(unknown.problems().get(0).message().contains("compnent"), unknown.problems().toString());
        assertEquals(6, unknown.problems().get(0).location().line());
        PolicyException number = assertThrows(PolicyException.class, () -> run(HEAD + """
                  - id: not-bool
                    for: plan
                    expression: plan.waves + 1
                """, shop()));
        assertTrue(number.problems().get(0).message().contains("bool"), number.problems().toString());
    }

    @Test
    void aRuleThatFailsAtRunTimeIsOneErrorForAllItsElements() {
        List<PolicyFinding> found = run(HEAD + """
                  - id: missing-key
                    for: component
                    expression: component.owner == 'x'
                """, shop());
        assertEquals(1, found.size(), found.toString());
        assertEquals("policy-evaluation", found.get(0).finding().code());
        assertTrue(found.get(0).finding().message().contains("(and 3 more)"), found.get(0).finding().message());
    }

    @Test
    void badPolicyFilesNameTheirPlace() {
        GraphFormatException noFor = assertThrows(GraphFormatException.class, () -> PolicyReader.parse(HEAD + """
                  - id: x
                    expression: "true"
                """, "policy.yaml"));
        assertTrue(noFor.getMessage().contains("'for'"), noFor.getMessage());
        GraphFormatException scope = assertThrows(GraphFormatException.class, () -> PolicyReader.parse(HEAD + """
                  - id: x
                    for: service
                    expression: "true"
                """, "policy.yaml"));
        assertEquals(5, scope.line());
        GraphFormatException unknownKey = assertThrows(GraphFormatException.class, () -> PolicyReader.parse(HEAD + """
                  - id: x
                    for: plan
                    expresion: "true"
                """, "policy.yaml"));
        assertEquals(6, unknownKey.line());
        GraphFormatException twice = assertThrows(GraphFormatException.class, () -> PolicyReader.parse(HEAD + """
                  - {id: x, for: plan, expression: "true"}
                  - {id: x, for: plan, expression: "false"}
                """, "policy.yaml"));
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
        GraphFormatException kind = assertThrows(GraphFormatException.class, () -> PolicyReader.parse(
                "apiVersion: stagecraft/v1\nkind: ServiceGraph\nrules: []\n", "policy.yaml"));
        assertEquals(2, kind.line());
    }

    @Test
    void peakConcurrentCountsOverlappingIntervals() {
        List<java.util.Map<String, Object>> steps = List.of(
                java.util.Map.of("startMinute", 0L, "endMinute", 10L),
                java.util.Map.of("startMinute", 10L, "endMinute", 20L),
                java.util.Map.of("startMinute", 5L, "endMinute", 15L),
                java.util.Map.of("startMinute", 6L, "endMinute", 7L));
        assertEquals(3, PolicyEngine.peakConcurrent(steps), "minute 6: the first, the third and the fourth");
        assertEquals(0, PolicyEngine.peakConcurrent(List.of()));
    }
}
