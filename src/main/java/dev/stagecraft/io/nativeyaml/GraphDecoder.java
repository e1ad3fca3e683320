package dev.stagecraft.io.nativeyaml;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.SourceMap;
import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Severity;
import dev.stagecraft.model.SourceLocation;
import dev.stagecraft.model.Strength;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the located YAML trees of a graph file, as {@link YamlTreeReader} hands them over (top-level entries
 * whole, list items one at a time), to a {@link ServiceGraph}. Structure that cannot be understood
 * (wrong apiVersion or kind, a section or field of the wrong type) throws {@link GraphFormatException};
 * everything else becomes a finding and the graph is repaired so that it satisfies the model's invariants:
 * duplicates, dependencies with a missing end and unknown group members are skipped.
 * O(size of the tree).
 */
final class GraphDecoder implements YamlTreeReader.Handler {
    static final String API_VERSION = "stagecraft/v1";
    static final String KIND = "ServiceGraph";
    static final List<String> ROOT_KEYS = List.of("apiVersion", "kind", "metadata", "components", "dependencies",
            "groups", "scenarios", "governance");
    static final List<String> METADATA_KEYS = List.of("name", "description");
    static final List<String> DEPENDENCY_KEYS = List.of("from", "to", "kind", "strength");
    static final List<String> GROUP_KEYS = List.of("id", "members");

    private static final Map<String, DependencyKind> DEPENDENCY_KINDS =
            FieldReader.spellings(DependencyKind.values(), DependencyKind::id);
    private static final Map<String, Strength> STRENGTHS = FieldReader.spellings(Strength.values(), Strength::id);
    private static final List<String> SECTIONS = List.of("components", "dependencies", "groups");

    private final String file;
    private final FieldReader fields;
    private final ComponentDecoder components;
    private final SourceMap.Builder places = new SourceMap.Builder();
    private final ServiceGraph graph = new ServiceGraph();
    private final List<YamlNode.Entry> top = new ArrayList<>();
    /** Items read before they could be decoded: before the header was checked, or links before all components. */
    private final Map<String, List<YamlNode>> waiting = new HashMap<>();
    private boolean versionChecked;
    private boolean kindChecked;
    private boolean componentsDone;

    private GraphDecoder(String file) {
        this.file = file;
        this.fields = new FieldReader(file);
        this.components = new ComponentDecoder(fields);
    }

    /**
     * Reads the text of a graph file into a graph. In the usual order (apiVersion, kind, ..., components
     * before dependencies and groups) every list item is decoded as soon as it is read; in any other order
     * items wait until what they need has been read. Text in the plain subset that {@link BlockYamlScanner}
     * understands is read by it; anything else, and every text with a problem, is read again from the
     * start with Jackson's parser, so messages and places are always Jackson's.
     */
    static LoadResult decode(String text, String file, int maxCodePoints, String headerComment) {
        LoadResult fast = decodeFast(text, file, maxCodePoints, headerComment);
        return fast != null ? fast : decodeWithJackson(text, file, maxCodePoints, headerComment);
    }

    /**
     * The fast path alone: the result, or {@code null} when the text is outside its subset (the scanner
     * returns false) or has a problem the decoder reports ({@link GraphFormatException}, which the Jackson
     * path then reports with Jackson's message and place). Any other exception is a bug and propagates.
     */
    static LoadResult decodeFast(String text, String file, int maxCodePoints, String headerComment) {
        GraphDecoder d = new GraphDecoder(file);
        d.graph.beginUpdate();
        try {
            if (!BlockYamlScanner.read(text, maxCodePoints, SECTIONS, d)) {
                return null;
            }
            d.finish();
        } catch (GraphFormatException problem) {
            return null;
        } finally {
            d.graph.endUpdate();
        }
        return new LoadResult(d.graph, d.fields.findings(), d.places.build(), headerComment);
    }

    /** The Jackson path alone, which reports every problem with its place. */
    static LoadResult decodeWithJackson(String text, String file, int maxCodePoints, String headerComment) {
        GraphDecoder d = new GraphDecoder(file);
        d.graph.beginUpdate();
        try {
            if (!YamlTreeReader.read(text, file, maxCodePoints, SECTIONS, d)) {
                throw new GraphFormatException(file, 1, 1, "the file holds no graph; it should start with"
                        + " 'apiVersion: " + API_VERSION + "' and 'kind: " + KIND + "'");
            }
            d.finish();
        } finally {
            d.graph.endUpdate();
        }
        return new LoadResult(d.graph, d.fields.findings(), d.places.build(), headerComment);
    }

    @Override
    public void item(String section, YamlNode item) {
        if (ready(section)) {
            decodeItem(section, item);
        } else {
            waiting.computeIfAbsent(section, k -> new ArrayList<>()).add(item);
        }
    }

    @Override
    public void entry(YamlNode.Entry entry) {
        top.add(entry);
        YamlNode value = entry.value();
        switch (entry.key()) {
            case "apiVersion" -> checkVersion(value);
            case "kind" -> checkKind(value);
            case "components", "dependencies", "groups" -> {
                if (!(value instanceof YamlNode.Sequence || value instanceof YamlNode.Scalar s && s.isNull())) {
                    throw fields.fail(value, entry.key() + " must be a list (lines starting with '- '), found "
                            + value.describe());
                }
                componentsDone |= entry.key().equals("components");
            }
            default -> {
                // metadata and unknown keys are handled at the end
            }
        }
        flushReady();
    }

    private boolean ready(String section) {
        return versionChecked && kindChecked && (componentsDone || section.equals("components"));
    }

    private void flushReady() {
        for (String section : SECTIONS) {
            if (ready(section) && waiting.containsKey(section)) {
                waiting.remove(section).forEach(item -> decodeItem(section, item));
            }
        }
    }

    private void decodeItem(String section, YamlNode item) {
        switch (section) {
            case "components" -> component(fields.asMapping(item, "each item of components"));
            case "dependencies" -> dependency(fields.asMapping(item, "each item of dependencies"));
            default -> group(fields.asMapping(item, "each item of groups"));
        }
    }

    private void finish() {
        YamlNode.Entry first = top.isEmpty() ? null : top.get(0);
        int line = first == null ? 1 : first.line();
        int column = first == null ? 1 : first.column();
        if (!versionChecked) {
            throw new GraphFormatException(file, line, column, "apiVersion is missing; a graph file starts with"
                    + " 'apiVersion: " + API_VERSION + "'");
        }
        if (!kindChecked) {
            throw new GraphFormatException(file, line, column, "kind is missing; a graph file has 'kind: " + KIND
                    + "' after its apiVersion");
        }
        componentsDone = true;
        flushReady();
        YamlNode scenarios = null;
        YamlNode governance = null;
        for (YamlNode.Entry e : top) {
            if (e.key().equals("metadata")) {
                metadata(e.value());
            } else if (e.key().equals("scenarios")) {
                scenarios = e.value();
            } else if (e.key().equals("governance")) {
                governance = e.value();
            } else if (!ROOT_KEYS.contains(e.key())) {
                fields.report(Severity.WARNING, "unknown-key", "unknown top-level key '" + e.key() + "' cannot be kept"
                        + " (known: " + String.join(", ", ROOT_KEYS) + ") and is dropped on save; metadata can hold"
                        + " extra keys", List.of(), fields.at(e));
            }
        }
        if (scenarios != null) {
            graph.setMetadata(graph.metadata().withScenarios(new ScenarioDecoder(fields, graph).decode(scenarios)));
        }
        if (governance != null) {
            graph.setMetadata(graph.metadata().withGovernance(new GovernanceDecoder(fields, graph).decode(governance)));
        }
    }

    private void metadata(YamlNode value) {
        if (value instanceof YamlNode.Scalar s && s.isNull()) {
            return;
        }
        YamlNode.Mapping m = fields.asMapping(value, "metadata");
        graph.setMetadata(new GraphMetadata(fields.text(m, "name", "metadata"), fields.text(m, "description", "metadata"),
                fields.extras(m, METADATA_KEYS, "metadata", List.of())));
    }

    private void checkVersion(YamlNode version) {
        String v = fields.text(version, "apiVersion");
        if (!v.equals(API_VERSION)) {
            String why = v.startsWith("stagecraft/")
                    ? "apiVersion '" + v + "' is not supported: this version of Stagecraft reads " + API_VERSION
                            + " only; a file from a newer Stagecraft needs that version"
                    : "apiVersion '" + v + "' is not a Stagecraft graph version; supported: " + API_VERSION;
            throw fields.fail(version, why);
        }
        versionChecked = true;
    }

    private void checkKind(YamlNode kind) {
        String k = fields.text(kind, "kind");
        if (!k.equals(KIND)) {
            throw fields.fail(kind, "kind '" + k + "' is not a graph; this reader opens files with 'kind: " + KIND + "'"
                    + (k.equals("RolloutPlan") ? " (a rollout plan is written by 'stagecraft plan', not opened)" : ""));
        }
        kindChecked = true;
    }

    private String id(YamlNode.Mapping m, String what) {
        String id = fields.text(m, "id", what);
        if (id == null) {
            fields.error("missing-id", what + " has no id and is skipped; add 'id:'", List.of(), m);
            return null;
        }
        if (!Component.ID_PATTERN.matcher(id).matches()) {
            fields.error("invalid-id", what + " id '" + id + "' should match [a-z0-9][a-z0-9._-]*"
                    + " (lower case letters, digits, '.', '_', '-'; starting with a letter or digit)",
                    List.of(id), fields.value(m, "id"));
        }
        return id;
    }

    private void component(YamlNode.Mapping m) {
        String id = id(m, "a component");
        if (id == null) {
            return;
        }
        SourceLocation first = places.componentAt(id);
        if (first != null) {
            fields.error("duplicate-id", "component '" + id + "' is defined twice (first at line " + first.line()
                    + "); this one is skipped", List.of(id), m);
            return;
        }
        SourceLocation where = fields.at(m);
        graph.addComponent(components.decode(m, id));
        places.component(id, where);
    }

    private void dependency(YamlNode.Mapping m) {
        String from = fields.text(m, "from", "a dependency");
        String to = fields.text(m, "to", "a dependency");
        if (from == null || to == null) {
            fields.error("missing-end", "a dependency needs both 'from' (the dependent) and 'to' (what it depends on);"
                    + " this one is skipped", from == null ? (to == null ? List.of() : List.of(to)) : List.of(from), m);
            return;
        }
        String owner = "dependency " + from + " -> " + to;
        List<String> subjects = from.equals(to) ? List.of(from) : List.of(from, to);
        DependencyKind kind = choice(m, "kind", owner, subjects, DEPENDENCY_KINDS, "unknown-dependency-kind", "sync");
        Strength strength = choice(m, "strength", owner, subjects, STRENGTHS, "unknown-strength", "hard");
        String missing = !graph.contains(from) ? "from" : !graph.contains(to) ? "to" : null;
        if (missing != null) {
            fields.error("dangling-dependency", owner + ": there is no component '" + (missing.equals("from") ? from : to)
                    + "'; the dependency is skipped", subjects, fields.value(m, missing));
            return;
        }
        Dependency.Key key = new Dependency.Key(from, to);
        SourceLocation first = places.dependencyAt(key);
        if (first != null) {
            fields.error("duplicate-dependency", owner + " is written twice (first at line " + first.line()
                    + "); this one is skipped", subjects, m);
            return;
        }
        Map<String, Object> extras = fields.extras(m, DEPENDENCY_KEYS, owner, subjects);
        graph.addDependency(new Dependency(key.from(), key.to(), kind, strength, extras));
        places.dependency(key, fields.at(m));
    }

    /** A closed choice spelled in the file; an unknown spelling is a finding and reads as null (the default). */
    private <E> E choice(YamlNode.Mapping m, String key, String owner, List<String> subjects, Map<String, E> spellings,
                         String code, String defaultSpelling) {
        String text = fields.text(m, key, owner);
        if (text == null) {
            return null;
        }
        E value = spellings.get(text);
        if (value == null) {
            fields.error(code, owner + ": unknown " + key + " '" + text + "'; use one of "
                    + String.join(" | ", spellings.keySet()) + " (read as the default, " + defaultSpelling + ")",
                    subjects, fields.value(m, key));
        }
        return value;
    }

    private void group(YamlNode.Mapping m) {
        String id = id(m, "a group");
        if (id == null) {
            return;
        }
        String owner = "group '" + id + "'";
        SourceLocation first = places.groupAt(id);
        if (first != null) {
            fields.error("duplicate-id", owner + " is defined twice (first at line " + first.line()
                    + "); this one is skipped", List.of(id), m);
            return;
        }
        List<String> members = new ArrayList<>();
        YamlNode.Sequence list = fields.list(m, "members", owner);
        Set<String> seen = new LinkedHashSet<>();
        for (YamlNode item : list == null ? List.<YamlNode>of() : list.items()) {
            String member = fields.text(item, owner + ": each member");
            if (!graph.contains(member)) {
                fields.error("unknown-member", owner + ": there is no component '" + member + "'; it is left out of"
                        + " the group", List.of(id), item);
            } else if (!seen.add(member)) {
                fields.report(Severity.WARNING, "duplicate-member", owner + ": '" + member + "' is listed twice;"
                        + " listed once on save", List.of(id), fields.at(item));
            } else {
                members.add(member);
            }
        }
        Map<String, Object> extras = fields.extras(m, GROUP_KEYS, owner, List.of(id));
        if (members.isEmpty()) {
            fields.report(Severity.WARNING, "empty-group", owner + " has no members and is skipped", List.of(id),
                    fields.at(m));
            return;
        }
        graph.addGroup(new ChangeGroup(id, members, extras));
        places.group(id, fields.at(m));
    }
}
