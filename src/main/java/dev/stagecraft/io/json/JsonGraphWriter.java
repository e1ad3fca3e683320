package dev.stagecraft.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stagecraft.io.GraphWriter;
import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.SavedScenario;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.WrittenNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a graph as JSON in the shape of JGraphT's JSON format ({@code nodes} with {@code id},
 * {@code edges} with {@code source} and {@code target}, attributes beside them), plus {@code groups}.
 * Carries everything the native format does: name, kind, team, tier, changing, rollout, position, extras, and the
 * scenarios saved with the graph ({@code scenarios}, with the native section's keys), and the change windows and
 * freezes ({@code governance}, with the native section's keys).
 * Keys in a fixed order (insertion-ordered maps only: a {@code Map.of} iterates in an order that changes from
 * one JVM to the next), absent values left out, so the same graph gives the same bytes.
 */
public final class JsonGraphWriter implements GraphWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String write(ServiceGraph graph) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("creator", "stagecraft");
        root.put("version", "1");
        putIf(root, "name", graph.metadata().name());
        putIf(root, "description", graph.metadata().description());
        putExtras(root, graph.metadata().extras());
        List<Object> nodes = new ArrayList<>(graph.componentCount());
        graph.components().forEach(c -> nodes.add(node(c)));
        root.put("nodes", nodes);
        List<Object> edges = new ArrayList<>(graph.dependencyCount());
        graph.dependencies().forEach(d -> edges.add(edge(d)));
        root.put("edges", edges);
        if (!graph.groups().isEmpty()) {
            List<Object> groups = new ArrayList<>();
            for (ChangeGroup g : graph.groups()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", g.id());
                m.put("members", g.members());
                putExtras(m, g.extras());
                groups.add(m);
            }
            root.put("groups", groups);
        }
        if (!graph.metadata().governance().isEmpty()) {
            root.put("governance", governance(graph.metadata().governance()));
        }
        if (!graph.metadata().scenarios().isEmpty()) {
            List<Object> scenarios = new ArrayList<>();
            graph.metadata().scenarios().forEach(s -> scenarios.add(scenario(s)));
            root.put("scenarios", scenarios);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static Map<String, Object> node(Component c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        putIf(m, "label", c.name());
        m.put("kind", c.kind().id());
        putIf(m, "team", c.team());
        putIf(m, "system", c.system());
        putIf(m, "tier", c.tier());
        if (c.changing()) {
            m.put("changing", true);
        }
        if (!c.rollout().isEmpty()) {
            m.put("rollout", rollout(c.rollout()));
        }
        if (c.position() != null) {
            Map<String, Object> position = new LinkedHashMap<>();
            position.put("x", c.position().x());
            position.put("y", c.position().y());
            m.put("position", position);
        }
        putExtras(m, c.extras());
        return m;
    }

    /** The native {@code governance:} section's keys in their order (days as mon, tue, ...; times as HH:MM). */
    private static Map<String, Object> governance(dev.stagecraft.model.Governance g) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIf(m, "timeZone", g.timeZone());
        if (!g.windows().isEmpty()) {
            List<Object> windows = new ArrayList<>();
            for (dev.stagecraft.model.ChangeWindow w : g.windows()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("id", w.id());
                List<Object> days = new ArrayList<>();
                w.sortedDays().forEach(d -> days.add(d.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT)));
                one.put("days", days);
                one.put("from", w.from().toString());
                one.put("to", w.to().toString());
                putIf(one, "timeZone", w.timeZone());
                if (!w.teams().isEmpty()) {
                    one.put("teams", w.teams());
                }
                if (!w.components().isEmpty()) {
                    one.put("components", w.components());
                }
                windows.add(one);
            }
            m.put("windows", windows);
        }
        if (!g.freezes().isEmpty()) {
            List<Object> freezes = new ArrayList<>();
            for (dev.stagecraft.model.Freeze f : g.freezes()) {
                Map<String, Object> one = new LinkedHashMap<>();
                putIf(one, "id", f.id());
                one.put("from", f.from().toString());
                one.put("to", f.to().toString());
                putIf(one, "timeZone", f.timeZone());
                putIf(one, "reason", f.reason());
                if (!f.teams().isEmpty()) {
                    one.put("teams", f.teams());
                }
                if (!f.components().isEmpty()) {
                    one.put("components", f.components());
                }
                freezes.add(one);
            }
            m.put("freezes", freezes);
        }
        if (!g.approvals().isEmpty()) {
            List<Object> approvals = new ArrayList<>();
            for (dev.stagecraft.model.ApprovalRule r : g.approvals()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("id", r.id());
                if (!r.tiers().isEmpty()) {
                    one.put("tiers", r.tiers());
                }
                if (!r.kinds().isEmpty()) {
                    one.put("kinds", r.kinds());
                }
                if (!r.teams().isEmpty()) {
                    one.put("teams", r.teams());
                }
                one.put("approvers", r.approvers());
                putIf(one, "escalation", r.escalation());
                Map<String, Object> latency = new LinkedHashMap<>();
                latency.put("median", r.medianMinutes());
                latency.put("p90", r.p90Minutes());
                one.put("latencyMinutes", latency);
                if (r.when() != null) {
                    one.put("when", r.when().expression());
                }
                approvals.add(one);
            }
            m.put("approvals", approvals);
        }
        if (!g.capacity().isEmpty()) {
            List<Object> pools = new ArrayList<>();
            for (dev.stagecraft.model.CapacityPool p : g.capacity()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("pool", p.pool());
                one.put("budget", p.budget());
                List<Object> surges = new ArrayList<>();
                for (dev.stagecraft.model.CapacityPool.Surge sg : p.surges()) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    if (!sg.components().isEmpty()) {
                        s.put("components", sg.components());
                    }
                    if (!sg.teams().isEmpty()) {
                        s.put("teams", sg.teams());
                    }
                    if (!sg.kinds().isEmpty()) {
                        s.put("kinds", sg.kinds());
                    }
                    s.putAll(sg.cost());
                    surges.add(s);
                }
                one.put("surge", surges);
                pools.add(one);
            }
            m.put("capacity", pools);
        }
        return m;
    }

    /** The native {@code scenarios:} keys in their order; defaults left out as the native writer leaves them out. */
    private static Map<String, Object> scenario(SavedScenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        putIf(m, "onFailure", s.onFailure());
        putIf(m, "detectionMinutes", s.detectionMinutes());
        if (!s.inject().isEmpty()) {
            List<Object> inject = new ArrayList<>();
            for (SavedScenario.BadVersion b : s.inject()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("component", b.component());
                putIf(one, "stage", b.stage());
                putIf(one, "minute", b.minute());
                inject.add(one);
            }
            m.put("inject", inject);
        }
        if (!s.faults().isEmpty()) {
            List<Object> faults = new ArrayList<>();
            for (SavedScenario.Outage f : s.faults()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("component", f.component());
                one.put("from", f.from());
                one.put("to", f.to());
                faults.add(one);
            }
            m.put("faults", faults);
        }
        return m;
    }

    private static Map<String, Object> rollout(Rollout r) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIf(m, "durationMinutes", r.durationMinutes());
        putIf(m, "stages", r.stages());
        putIf(m, "bakeMinutes", r.bakeMinutes());
        putIf(m, "failureProbability", r.failureProbability());
        if (r.gates() != null) {
            List<Object> gates = new ArrayList<>();
            for (Gate g : r.gates()) {
                Map<String, Object> gate = new LinkedHashMap<>();
                gate.put("metric", g.metric());
                gate.put("max", g.max());
                gates.add(gate);
            }
            m.put("gates", gates);
        }
        putIf(m, "rollback", r.rollback());
        putIf(m, "rollbackMinutes", r.rollbackMinutes());
        return m;
    }

    private static Map<String, Object> edge(Dependency d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", d.from());
        m.put("target", d.to());
        putIf(m, "kind", d.kind() == null ? null : d.kind().id());
        putIf(m, "strength", d.strength() == null ? null : d.strength().id());
        putExtras(m, d.extras());
        return m;
    }

    private static void putExtras(Map<String, Object> m, Map<String, Object> extras) {
        if (!extras.isEmpty()) {
            m.put("extras", plain(extras));
        }
    }

    /** Extras with each {@link WrittenNumber} as its number: JSON has one spelling of a number (0x1f is not JSON). */
    private static Object plain(Object extra) {
        if (extra instanceof WrittenNumber n) {
            return n.value();
        }
        if (extra instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (extra instanceof List<?> list) {
            return list.stream().map(JsonGraphWriter::plain).toList();
        }
        return extra;
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
