package dev.stagecraft.io.nativeyaml;

import dev.stagecraft.model.SavedScenario;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decodes the top-level {@code scenarios:} section (see the README's "Scenarios in the graph file"). An entry
 * that cannot be understood (no name, a duplicate name, a bad version with neither or both of stage and minute,
 * a fault window that ends before it starts, an unknown policy) is an error finding at its place and is left
 * out; unknown keys are warnings (dropped on save); a component the graph does not have is a warning and kept,
 * since the simulation reports it again when the scenario is run. Values of the wrong type throw, as elsewhere.
 * O(size of the section).
 */
final class ScenarioDecoder {
    static final List<String> KEYS = List.of("name", "onFailure", "detectionMinutes", "inject", "faults");
    static final List<String> INJECT_KEYS = List.of("component", "stage", "minute");
    static final List<String> FAULT_KEYS = List.of("component", "from", "to");

    private final FieldReader fields;
    private final ServiceGraph graph;

    ScenarioDecoder(FieldReader fields, ServiceGraph graph) {
        this.fields = fields;
        this.graph = graph;
    }

    List<SavedScenario> decode(YamlNode section) {
        if (section instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(section instanceof YamlNode.Sequence list)) {
            throw fields.fail(section, "scenarios must be a list (lines starting with '- '), found " + section.describe());
        }
        List<SavedScenario> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode item : list.items()) {
            SavedScenario s = scenario(fields.asMapping(item, "each item of scenarios"));
            if (s == null) {
                continue;
            }
            if (!names.add(s.name())) {
                fields.error("duplicate-scenario", "scenario '" + s.name() + "' is defined twice; this one is skipped",
                        List.of(), item);
                continue;
            }
            out.add(s);
        }
        return out;
    }

    private SavedScenario scenario(YamlNode.Mapping m) {
        String name = fields.text(m, "name", "a scenario");
        if (name == null) {
            fields.error("missing-name", "a scenario has no name and is skipped; add 'name:'", List.of(), m);
            return null;
        }
        String owner = "scenario '" + name + "'";
        if (!SavedScenario.NAME_PATTERN.matcher(name).matches()) {
            fields.error("invalid-scenario-name", owner + ": a name should match [a-z0-9][a-z0-9._-]*; the scenario is"
                    + " skipped", List.of(), fields.value(m, "name"));
            return null;
        }
        fields.dropUnknown(m, KEYS, owner, List.of());
        String policy = fields.text(m, "onFailure", owner);
        if (policy != null && !SavedScenario.POLICIES.contains(policy)) {
            fields.error("unknown-on-failure", owner + ": unknown onFailure '" + policy + "'; use one of "
                    + String.join(" | ", SavedScenario.POLICIES) + " (read as halt)", List.of(), fields.value(m, "onFailure"));
            policy = null;
        }
        Integer detection = fields.whole(m, "detectionMinutes", owner);
        if (detection != null && detection < 0) {
            fields.error("invalid-detection-minutes", owner + ": detectionMinutes cannot be negative (read as the"
                    + " default, 5)", List.of(), fields.value(m, "detectionMinutes"));
            detection = null;
        }
        List<SavedScenario.BadVersion> inject = new ArrayList<>();
        YamlNode.Sequence injections = fields.list(m, "inject", owner);
        for (YamlNode item : injections == null ? List.<YamlNode>of() : injections.items()) {
            SavedScenario.BadVersion b = badVersion(fields.asMapping(item, owner + ": each item of inject"), owner);
            if (b != null) {
                inject.add(b);
            }
        }
        List<SavedScenario.Outage> faults = new ArrayList<>();
        YamlNode.Sequence outages = fields.list(m, "faults", owner);
        for (YamlNode item : outages == null ? List.<YamlNode>of() : outages.items()) {
            SavedScenario.Outage f = outage(fields.asMapping(item, owner + ": each item of faults"), owner);
            if (f != null) {
                faults.add(f);
            }
        }
        return new SavedScenario(name, inject, faults, policy, detection);
    }

    private SavedScenario.BadVersion badVersion(YamlNode.Mapping m, String owner) {
        String what = owner + ": a bad version";
        fields.dropUnknown(m, INJECT_KEYS, what, List.of());
        String component = component(m, what);
        Integer stage = fields.whole(m, "stage", what);
        Integer minute = fields.whole(m, "minute", what);
        if (component == null) {
            return null;
        }
        if ((stage == null) == (minute == null)) {
            fields.error("invalid-injection", what + " of '" + component + "' needs exactly one of 'stage' (from 1) and"
                    + " 'minute' (from 0); it is skipped", List.of(component), m);
            return null;
        }
        if (stage != null && stage < 1 || minute != null && minute < 0) {
            fields.error("invalid-injection", what + " of '" + component + "': stages count from 1 and minutes from 0;"
                    + " it is skipped", List.of(component), fields.value(m, stage != null ? "stage" : "minute"));
            return null;
        }
        return new SavedScenario.BadVersion(component, stage, minute);
    }

    private SavedScenario.Outage outage(YamlNode.Mapping m, String owner) {
        String what = owner + ": a fault";
        fields.dropUnknown(m, FAULT_KEYS, what, List.of());
        String component = component(m, what);
        Integer from = fields.whole(m, "from", what);
        Integer to = fields.whole(m, "to", what);
        if (component == null) {
            return null;
        }
        if (from == null || to == null || from < 0 || to <= from) {
            fields.error("invalid-fault", what + " of '" + component + "' needs 'from' and 'to' minutes with"
                    + " 0 <= from < to; it is skipped", List.of(component), m);
            return null;
        }
        return new SavedScenario.Outage(component, from, to);
    }

    private String component(YamlNode.Mapping m, String what) {
        String id = fields.text(m, "component", what);
        if (id == null) {
            fields.error("missing-component", what + " names no component and is skipped; add 'component:'",
                    List.of(), m);
            return null;
        }
        if (!graph.contains(id)) {
            fields.report(Severity.WARNING, "unknown-scenario-component", what + " names '" + id + "', which the graph"
                    + " does not have; kept, but the scenario cannot run until it is fixed", List.of(), fields.at(
                    fields.value(m, "component")));
        }
        return id;
    }
}
