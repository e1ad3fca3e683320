package dev.stagecraft.simulation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.simulation.Distribution;
import dev.stagecraft.simulation.Fault;
import dev.stagecraft.simulation.Injection;
import dev.stagecraft.simulation.MonteCarloResult;
import dev.stagecraft.simulation.RunEvents;
import dev.stagecraft.simulation.RunResult;
import dev.stagecraft.simulation.SimulationEvent;
import dev.stagecraft.simulation.WorstMinute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON object of {@code stagecraft simulate --format json} (DESIGN.md, "Simulation"): the contract's fields
 * for the main variant at the top level, and with a comparison a {@code comparison} list of every variant with
 * its differences from the first. Deterministic: the same report gives the same bytes.
 */
public final class SimulationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SimulationJson() {
    }

    public static String write(SimulationReport report) {
        Map<String, Object> out = variant(report.main(), report);
        if (!report.others().isEmpty()) {
            List<Object> variants = new ArrayList<>();
            for (Variant v : report.variants()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", v.name());
                m.putAll(summary(v));
                m.put("difference", difference(v, report.main()));
                variants.add(m);
            }
            out.put("comparison", variants);
        }
        try {
            return MAPPER.writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the simulation as JSON", e);
        }
    }

    private static Map<String, Object> variant(Variant v, SimulationReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("graph", report.graphName());
        out.put("scenario", scenario(report));
        out.putAll(summary(v));
        MonteCarloResult b = v.batch();
        List<Object> origins = new ArrayList<>();
        for (MonteCarloResult.OriginShare o : b.topFailureOrigins()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("component", o.component());
            m.put("share", o.share());
            m.put("expectedImpact", o.expectedImpact());
            origins.add(m);
        }
        out.put("topFailureOrigins", origins);
        List<Object> steps = new ArrayList<>();
        for (MonteCarloResult.StepImpact s : b.stepImpact()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("step", s.step());
            m.put("expectedImpact", s.expectedImpact());
            steps.add(m);
        }
        out.put("stepImpact", steps);
        List<Object> halts = new ArrayList<>();
        for (MonteCarloResult.StepHalt h : b.stepHalts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("step", h.step());
            m.put("haltProbability", h.haltProbability());
            halts.add(m);
        }
        out.put("stepHalts", halts);
        if (v.single() != null) {
            single(v.single(), out);
        }
        return out;
    }

    private static Map<String, Object> summary(Variant v) {
        MonteCarloResult b = v.batch();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runs", b.runs());
        out.put("seed", b.seed());
        out.put("maxParallel", v.plan().maxParallel() == PlanOptions.UNLIMITED ? null : v.plan().maxParallel());
        out.put("planMinutes", v.plan().makespan());
        if (v.plan().plan().summary().approvalWaitMinutes() > 0) {
            // the minutes the steps wait for people to sign off (each its approvals' median), within planMinutes
            out.put("approvalWaitMinutes", v.plan().plan().summary().approvalWaitMinutes());
        }
        out.put("haltProbability", b.haltProbability());
        out.put("rollbackProbability", b.rollbackProbability());
        if (b.unrecoverableProbability() > 0) {
            out.put("unrecoverableProbability", b.unrecoverableProbability());
        }
        out.put("durationMinutes", distribution(b.durationMinutes()));
        out.put("impact", distribution(b.impact()));
        if (b.approvalWaitMinutes() != null) {
            // per run, the minutes its started steps waited for sign-offs (latency drawn from each rule's log-normal)
            out.put("runApprovalWaitMinutes", distribution(b.approvalWaitMinutes()));
        }
        if (b.cancelled()) {
            out.put("cancelled", true);
        }
        return out;
    }

    private static Map<String, Object> difference(Variant v, Variant base) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("planMinutes", v.plan().makespan() - base.plan().makespan());
        d.put("haltProbability", v.batch().haltProbability() - base.batch().haltProbability());
        d.put("rollbackProbability", v.batch().rollbackProbability() - base.batch().rollbackProbability());
        d.put("durationMinutes", minus(v.batch().durationMinutes(), base.batch().durationMinutes()));
        d.put("impact", minus(v.batch().impact(), base.batch().impact()));
        return d;
    }

    private static Map<String, Object> minus(Distribution a, Distribution b) {
        return distribution(new Distribution(a.p50() - b.p50(), a.p90() - b.p90(), a.p99() - b.p99(),
                a.mean() - b.mean()));
    }

    private static Map<String, Object> scenario(SimulationReport report) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("onFailure", report.scenario().onFailure().id());
        s.put("detectionMinutes", report.scenario().detectionMinutes());
        s.put("inject", report.scenario().injections().stream().map(Injection::text).toList());
        s.put("fault", report.scenario().faults().stream().map(Fault::text).toList());
        return s;
    }

    private static void single(RunResult run, Map<String, Object> out) {
        out.put("outcome", run.outcome().id());
        if (run.unrecoverable()) {
            // a contract step would have had to be rolled back: it cannot be (a fix forward is the only way)
            out.put("unrecoverable", true);
        }
        out.put("cause", run.cause() == null ? null : run.cause().id());
        out.put("haltMinute", run.haltMinute() < 0 ? null : run.haltMinute());
        out.put("runMinutes", run.durationMinutes());
        out.put("runImpact", run.impact());
        out.put("rolledBack", run.rolledBackIds());
        List<Object> events = new ArrayList<>();
        for (SimulationEvent e : RunEvents.of(run)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("minute", e.minute());
            m.put("type", e.type().id());
            m.put("step", e.step());
            m.put("components", e.components());
            if (e.percent() >= 0) {
                m.put("percent", e.percent());
            }
            events.add(m);
        }
        out.put("events", events);
        WorstMinute worst = WorstMinute.of(run);
        Map<String, Object> impacted = new LinkedHashMap<>();
        impacted.put("minute", worst.minute() < 0 ? null : worst.minute());
        impacted.put("outage", worst.outage());
        impacted.put("degraded", worst.degraded());
        out.put("impacted", impacted);
    }

    static Map<String, Object> distribution(Distribution d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", d.p50());
        m.put("p90", d.p90());
        m.put("p99", d.p99());
        m.put("mean", d.mean());
        return m;
    }
}
