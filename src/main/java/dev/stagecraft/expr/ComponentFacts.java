package dev.stagecraft.expr;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.Migration;
import dev.stagecraft.model.RolloutDefaults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A component as a CEL value: what the component says of itself, with the rollout defaults in force filled in
 * (CEL ints are Java longs). The graph's expressions (an approval's {@code when}) see these; policy rules see them
 * and what the analysis adds (wave, dependsOn, dependents, blastRadius).
 * <ul>
 *   <li>id, name, kind, team ("" when none), system ("" when none), tier (in force), changing,</li>
 *   <li>durationMinutes, stages (percents), bakeMinutes, failureProbability, gates ({metric, max}), rollback,
 *       rollbackMinutes,</li>
 *   <li>migration ({store, phase}, "" when none).</li>
 * </ul>
 */
public final class ComponentFacts {
    private ComponentFacts() {
    }

    /** The component's own facts as map entries, in the order above. */
    public static List<Map.Entry<String, Object>> entries(Component c) {
        RolloutDefaults.EffectiveRollout r = RolloutDefaults.effective(c);
        List<Map.Entry<String, Object>> out = new ArrayList<>(16);
        out.add(Map.entry("id", c.id()));
        out.add(Map.entry("name", c.displayName()));
        out.add(Map.entry("kind", c.kind().id()));
        out.add(Map.entry("team", c.team() == null ? "" : c.team()));
        out.add(Map.entry("system", c.system() == null ? "" : c.system()));
        out.add(Map.entry("tier", (long) c.effectiveTier()));
        out.add(Map.entry("changing", c.changing()));
        out.add(Map.entry("durationMinutes", (long) r.durationMinutes()));
        out.add(Map.entry("stages", longs(r.stages())));
        out.add(Map.entry("bakeMinutes", (long) r.bakeMinutes()));
        out.add(Map.entry("failureProbability", r.failureProbability()));
        out.add(Map.entry("gates", gates(r.gates())));
        out.add(Map.entry("rollback", List.copyOf(r.rollback())));
        out.add(Map.entry("rollbackMinutes", (long) r.rollbackMinutes()));
        out.add(Map.entry("migration", Migration.of(c).<Map<String, Object>>map(mg -> Map.of(
                "store", mg.store(), "phase", mg.phase().id())).orElse(Map.of("store", "", "phase", ""))));
        return out;
    }

    /** The component's own facts (immutable). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(Component c) {
        return Map.ofEntries(entries(c).toArray(Map.Entry[]::new));
    }

    public static List<Object> longs(List<Integer> values) {
        List<Object> out = new ArrayList<>(values.size());
        for (Integer v : values) {
            out.add((long) v);
        }
        return out;
    }

    public static List<Object> gates(List<Gate> gates) {
        List<Object> out = new ArrayList<>(gates.size());
        for (Gate gate : gates) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", gate.metric());
            m.put("max", gate.max());
            out.add(m);
        }
        return out;
    }
}
