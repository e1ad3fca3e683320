package dev.stagecraft.io.nativeyaml;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.Rollout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps one item of {@code components:} to a {@link Component}. Values out of range are findings and
 * kept as written; an unknown or missing kind is a finding and reads as {@code service}; a gate that
 * cannot be held (no metric or no max) or a half-given position is a finding and left out.
 */
final class ComponentDecoder {
    static final List<String> KEYS = List.of("id", "name", "kind", "team", "system", "tier", "changing", "rollout", "position");
    static final List<String> ROLLOUT_KEYS = List.of("durationMinutes", "stages", "bakeMinutes",
            "failureProbability", "gates", "rollback", "rollbackMinutes");
    private static final Map<String, ComponentKind> KINDS = FieldReader.spellings(ComponentKind.values(), ComponentKind::id);
    private static final List<String> GATE_KEYS = List.of("metric", "max");
    private static final List<String> POSITION_KEYS = List.of("x", "y");

    private final FieldReader fields;

    ComponentDecoder(FieldReader fields) {
        this.fields = fields;
    }

    /** The component, given its id (already read and checked by the caller). */
    Component decode(YamlNode.Mapping m, String id) {
        String owner = "component '" + id + "'";
        List<String> subject = List.of(id);
        String name = fields.text(m, "name", owner);
        ComponentKind kind = kind(m, id, owner);
        String team = fields.text(m, "team", owner);
        String system = fields.text(m, "system", owner);
        Integer tier = fields.whole(m, "tier", owner);
        if (tier != null && (tier < 0 || tier > 3)) {
            fields.error("tier-out-of-range", owner + ": tier " + tier + " is outside 0..3 (0 is the most critical)",
                    subject, fields.value(m, "tier"));
        }
        Boolean changing = fields.bool(m, "changing", owner);
        YamlNode.Mapping rolloutNode = fields.mapping(m, "rollout", owner);
        Rollout rollout = rolloutNode == null ? Rollout.NONE : rollout(rolloutNode, owner, subject);
        YamlNode.Mapping positionNode = fields.mapping(m, "position", owner);
        Position position = positionNode == null ? null : position(positionNode, owner, subject);
        Map<String, Object> extras = fields.extras(m, KEYS, owner, subject);
        return new Component(id, name, kind, team, system, tier, Boolean.TRUE.equals(changing), rollout, position,
                extras);
    }

    private ComponentKind kind(YamlNode.Mapping m, String id, String owner) {
        String text = fields.text(m, "kind", owner);
        if (text == null) {
            fields.error("missing-kind", owner + " has no kind; add 'kind:' with one of " + ComponentKind.choices()
                    + " (read as service)", List.of(id), m);
            return ComponentKind.SERVICE;
        }
        ComponentKind kind = KINDS.get(text);
        if (kind == null) {
            fields.error("unknown-kind", owner + ": unknown kind '" + text + "'; use one of " + ComponentKind.choices()
                    + " (read as service)", List.of(id), fields.value(m, "kind"));
            return ComponentKind.SERVICE;
        }
        return kind;
    }

    private Rollout rollout(YamlNode.Mapping m, String owner, List<String> subject) {
        String where = owner + " rollout";
        Integer duration = minutes(m, "durationMinutes", where, subject);
        List<Integer> stages = stages(m, where, subject);
        Integer bake = minutes(m, "bakeMinutes", where, subject);
        YamlNode probabilityNode = fields.value(m, "failureProbability");
        Double probability = probabilityNode == null ? null : fields.number(probabilityNode, where + ": failureProbability");
        if (probability != null && !Double.isFinite(probability)) {
            fields.error("probability-out-of-range", where + ": failureProbability "
                    + ((YamlNode.Scalar) probabilityNode).text() + " is not a finite number; the default is used",
                    subject, probabilityNode);
            probability = null;
        } else if (probability != null && !(probability >= 0 && probability <= 1)) {
            fields.error("probability-out-of-range", where + ": failureProbability "
                    + ((YamlNode.Scalar) probabilityNode).text() + " is outside 0..1", subject, probabilityNode);
        }
        List<Gate> gates = gates(m, where, subject);
        List<String> rollback = null;
        YamlNode.Sequence steps = fields.list(m, "rollback", where);
        if (steps != null) {
            rollback = new ArrayList<>(steps.items().size());
            for (YamlNode step : steps.items()) {
                rollback.add(fields.text(step, where + ": each rollback step"));
            }
        }
        Integer rollbackMinutes = minutes(m, "rollbackMinutes", where, subject);
        fields.dropUnknown(m, ROLLOUT_KEYS, where, subject);
        return new Rollout(duration, stages, bake, probability, gates, rollback, rollbackMinutes);
    }

    private Integer minutes(YamlNode.Mapping m, String key, String where, List<String> subject) {
        Integer value = fields.whole(m, key, where);
        if (value != null && value < 0) {
            fields.error("negative-minutes", where + ": " + key + " is " + value + "; minutes cannot be negative",
                    subject, fields.value(m, key));
        }
        return value;
    }

    private List<Integer> stages(YamlNode.Mapping m, String where, List<String> subject) {
        YamlNode.Sequence list = fields.list(m, "stages", where);
        if (list == null) {
            return null;
        }
        List<Integer> stages = new ArrayList<>(list.items().size());
        for (YamlNode item : list.items()) {
            stages.add(fields.whole(item, where + ": each stage (percent of traffic)"));
        }
        String problem = null;
        if (stages.isEmpty()) {
            problem = "stages is empty; give at least one percentage, e.g. [100]";
        } else {
            for (int i = 0; i < stages.size() && problem == null; i++) {
                int s = stages.get(i);
                if (s < 1 || s > 100) {
                    problem = "stage " + s + " is outside 1..100 percent";
                } else if (i > 0 && s <= stages.get(i - 1)) {
                    problem = "stages must go up, but " + s + " follows " + stages.get(i - 1);
                }
            }
        }
        if (problem != null) {
            fields.error("invalid-stages", where + ": " + problem, subject, list);
        }
        return stages;
    }

    private List<Gate> gates(YamlNode.Mapping m, String where, List<String> subject) {
        YamlNode.Sequence list = fields.list(m, "gates", where);
        if (list == null) {
            return null;
        }
        List<Gate> gates = new ArrayList<>(list.items().size());
        for (YamlNode item : list.items()) {
            YamlNode.Mapping gate = fields.asMapping(item, where + ": each gate");
            String metric = fields.text(gate, "metric", where + " gate");
            Double max = fields.number(gate, "max", where + " gate");
            fields.dropUnknown(gate, GATE_KEYS, where + " gate", subject);
            if (metric == null || max == null) {
                fields.error("invalid-gate", where + ": a gate needs both 'metric' and 'max' (e.g. {metric: error_rate,"
                        + " max: 0.01}); this one is left out", subject, gate);
            } else if (!Double.isFinite(max)) {
                YamlNode maxNode = fields.value(gate, "max");
                fields.error("invalid-gate", where + ": gate " + metric + " has max " + ((YamlNode.Scalar) maxNode).text()
                        + ", which is not a finite number; this gate is left out", subject, maxNode);
            } else {
                gates.add(new Gate(metric, max));
            }
        }
        return gates;
    }

    private Position position(YamlNode.Mapping m, String owner, List<String> subject) {
        Double x = fields.number(m, "x", owner + " position");
        Double y = fields.number(m, "y", owner + " position");
        fields.dropUnknown(m, POSITION_KEYS, owner + " position", subject);
        if (x == null || y == null) {
            fields.error("invalid-position", owner + ": position needs both x and y; it is left out and the editor"
                    + " will place the component", subject, m);
            return null;
        }
        for (String axis : POSITION_KEYS) {
            YamlNode v = fields.value(m, axis);
            if (!Double.isFinite(fields.number(v, axis))) {
                fields.error("invalid-position", owner + ": position " + axis + " " + ((YamlNode.Scalar) v).text()
                        + " is not a finite number; the position is left out and the editor will place the component",
                        subject, v);
                return null;
            }
        }
        return new Position(x, y);
    }
}
