package dev.stagecraft.ui.inspector;

import static dev.stagecraft.ui.inspector.FieldParsers.emptyToNull;
import static dev.stagecraft.ui.inspector.FieldParsers.nullToEmpty;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.GraphListener;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.RolloutDefaults;
import dev.stagecraft.model.StepTiming;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import dev.stagecraft.ui.command.EditComponent;
import dev.stagecraft.ui.command.EditDependency;
import dev.stagecraft.ui.command.EditGroup;
import dev.stagecraft.ui.command.EditMetadata;
import dev.stagecraft.ui.command.SetChanging;
import dev.stagecraft.ui.document.Selection;
import dev.stagecraft.ui.inspector.InspectorField.Editor;
import dev.stagecraft.ui.document.DocumentViewModel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The inspector's state: which element it shows (the one selected component, else the selected
 * dependency or group), one {@link InspectorField} per field of the file format, and {@link #commit}
 * which validates one field's text and, when valid and different, applies exactly one edit command.
 */
public final class InspectorViewModel {
    /** What the inspector shows. */
    public enum Target { NONE, GRAPH, COMPONENT, COMPONENTS, DEPENDENCY, GROUP }

    private final DocumentViewModel document;
    private final Selection selection;
    private final ReadOnlyObjectWrapper<Target> target = new ReadOnlyObjectWrapper<>(this, "target", Target.NONE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Nothing selected");
    private final List<InspectorField<Component>> componentFields = buildComponentFields();
    private final List<InspectorField<Dependency>> dependencyFields = buildDependencyFields();
    private final List<InspectorField<ChangeGroup>> groupFields = buildGroupFields();
    private final List<InspectorField<GraphMetadata>> graphFields = buildGraphFields();
    private final GraphListener onChange = (g, change) -> reload();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private ServiceGraph graph;
    private String componentId;
    private Dependency.Key dependencyKey;
    private String groupId;

    public InspectorViewModel(DocumentViewModel document, Selection selection) {
        this.document = document;
        this.selection = selection;
        selection.componentsProperty().addListener(o -> reload());
        selection.dependencyProperty().addListener(o -> reload());
        selection.groupProperty().addListener(o -> reload());
        document.graphProperty().addListener((o, was, now) -> attach(now));
        attach(document.graph());
    }

    private void attach(ServiceGraph g) {
        if (graph != null) {
            graph.removeListener(onChange);
        }
        graph = g;
        if (g != null) {
            g.addListener(onChange);
        }
        reload();
    }

    public ReadOnlyObjectProperty<Target> targetProperty() {
        return target.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public List<InspectorField<Component>> componentFields() {
        return componentFields;
    }

    public List<InspectorField<Dependency>> dependencyFields() {
        return dependencyFields;
    }

    public List<InspectorField<ChangeGroup>> groupFields() {
        return groupFields;
    }

    /** The graph's own fields, shown when nothing is selected. */
    public List<InspectorField<GraphMetadata>> graphFields() {
        return graphFields;
    }

    /** The field with this key among the fields of the current target. */
    public InspectorField<?> field(String key) {
        List<? extends InspectorField<?>> fields = switch (target.get()) {
            case COMPONENT -> componentFields;
            case DEPENDENCY -> dependencyFields;
            case GROUP -> groupFields;
            case GRAPH -> graphFields;
            case NONE, COMPONENTS -> List.of();
        };
        return fields.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + key));
    }

    /** Counts reloads, so views listing related elements can refresh. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Dependencies of the shown component (outgoing, then incoming), to select one of them. */
    public List<Dependency.Key> relatedDependencies() {
        if (componentId == null || !graph.contains(componentId)) {
            return List.of();
        }
        List<Dependency.Key> out = new java.util.ArrayList<>();
        graph.dependenciesOf(componentId).forEach(d -> out.add(d.key()));
        graph.dependentsOf(componentId).forEach(d -> out.add(d.key()));
        return out;
    }

    /** Groups the shown component belongs to. */
    public List<String> relatedGroups() {
        return componentId == null || !graph.contains(componentId) ? List.of() : graph.groupsOf(componentId).stream().map(ChangeGroup::id).toList();
    }

    /**
     * When the shown component may change (its change windows and the freezes that hold it, from the graph's
     * governance), or for the graph all windows and freezes; empty when the graph has none.
     */
    public List<String> calendarLines() {
        dev.stagecraft.model.Governance g = graph.metadata().governance();
        List<String> out = new java.util.ArrayList<>();
        if (target.get() == Target.COMPONENT && componentId != null && graph.contains(componentId)) {
            dev.stagecraft.model.Migration.of(graph.requireComponent(componentId)).ifPresent(m -> {
                out.add("Data-layer step (" + m.phase().id() + " of " + m.store() + "):");
                out.add("  " + migrationRule(m));
            });
        }
        if (g.isEmpty()) {
            return out;
        }
        if (target.get() == Target.COMPONENT && componentId != null && graph.contains(componentId)) {
            Component c = graph.requireComponent(componentId);
            List<dev.stagecraft.model.ChangeWindow> windows = g.windowsOf(c);
            out.add(windows.isEmpty() ? "Change windows: none (may start any time)" : "Change windows:");
            windows.forEach(w -> out.add("  " + g.describe(w)));
            List<dev.stagecraft.model.Freeze> freezes = g.freezesOf(c);
            out.add(freezes.isEmpty() ? "Freezes: none" : "Freezes:");
            freezes.forEach(f -> out.add("  " + g.describe(f)));
            if (!g.approvals().isEmpty()) {
                List<dev.stagecraft.model.ApprovalRule> rules = g.approvalsOf(List.of(c));
                out.add(rules.isEmpty() ? "Sign-off: none needed" : "Sign-off before its step starts:");
                rules.forEach(r -> out.add("  " + describe(r)));
            }
            for (dev.stagecraft.model.CapacityPool pool : g.capacity()) {
                var cost = pool.costOf(c);
                out.add("Capacity in " + pool.pool() + ":");
                out.add("  " + (cost.isEmpty() ? "nothing" : amounts(cost)) + " while both versions run (budget "
                        + amounts(pool.budget()) + ")");
            }
        } else if (target.get() == Target.GRAPH) {
            out.add("Change windows:" + (g.windows().isEmpty() ? " none" : ""));
            g.windows().forEach(w -> out.add("  " + g.describe(w) + scope(w.teams(), w.components())));
            out.add("Freezes:" + (g.freezes().isEmpty() ? " none" : ""));
            g.freezes().forEach(f -> out.add("  " + g.describe(f) + scope(f.teams(), f.components())));
            if (!g.approvals().isEmpty()) {
                out.add("Sign-offs:");
                g.approvals().forEach(r -> out.add("  " + describe(r)));
            }
            for (dev.stagecraft.model.CapacityPool pool : g.capacity()) {
                out.add("Capacity budget " + pool.pool() + ":");
                out.add("  " + amounts(pool.budget()));
            }
        }
        return out;
    }

    /** What the plan and the simulation do with a data-layer step of this phase. */
    private static String migrationRule(dev.stagecraft.model.Migration m) {
        return switch (m.phase()) {
            case EXPAND -> "runs before every reader and writer of " + m.store();
            case SHADOW_WRITES, DUAL_READS -> "keeps both shapes of " + m.store() + " in step, after its expand, with"
                    + " its own gates";
            case BACKFILL -> "after the expand; " + m.backfillMinutes().map(t -> t + " min (rows / rows per minute)")
                    .orElse("its duration from rows and rowsPerMinute (not given)")
                    + (m.idempotent() ? "" : "; not idempotent: a re-run after a failure duplicates rows");
            case SWITCH_READS -> "after the expand and backfill: the new shape of " + m.store() + " is read";
            case CONTRACT -> "after every reader and writer of " + m.store() + " has finished its rollout and bake;"
                    + " cannot be rolled back (a failure after it is unrecoverable)";
        };
    }

    /** "tier0-cab: change-advisory-board, sre-on-call (tier 0), 45 min (p90 120), escalate to #sre". */
    private static String describe(dev.stagecraft.model.ApprovalRule r) {
        List<String> when = new java.util.ArrayList<>();
        if (!r.tiers().isEmpty()) {
            when.add("tier " + r.tiers().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("/")));
        }
        if (!r.kinds().isEmpty()) {
            when.add(String.join("/", r.kinds()));
        }
        if (!r.teams().isEmpty()) {
            when.add("team " + String.join("/", r.teams()));
        }
        if (r.when() != null) {
            when.add("when " + r.when().expression());
        }
        return r.id() + ": " + String.join(", ", r.approvers()) + (when.isEmpty() ? "" : " (" + String.join(", ", when)
                + ")") + ", " + r.medianMinutes() + " min (p90 " + r.p90Minutes() + ")"
                + (r.escalation() == null ? "" : ", escalate to " + r.escalation());
    }

    private static String amounts(java.util.Map<String, Double> amounts) {
        return amounts.entrySet().stream().map(e -> e.getKey() + " " + (e.getValue() == Math.rint(e.getValue())
                ? Long.toString(e.getValue().longValue()) : e.getValue().toString()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String scope(List<String> teams, List<String> components) {
        List<String> parts = new java.util.ArrayList<>();
        if (!teams.isEmpty()) {
            parts.add("teams " + String.join(", ", teams));
        }
        if (!components.isEmpty()) {
            parts.add(String.join(", ", components));
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    /** A multi-selection's summary names this many teams, then how many more. */
    static final int MAX_SUMMARY_TEAMS = 5;

    /** The selected components when more than one is selected (in selection order), else none. */
    public List<String> selectedComponents() {
        return target.get() == Target.COMPONENTS ? List.copyOf(selection.components()) : List.of();
    }

    /**
     * What the selected components are, for a multi-selection: kinds with counts (most first), teams, tiers and
     * how many change, e.g. "3 services, 1 database · teams: checkout, payments · tiers 0–2 · 2 of 4 changing".
     * Empty unless more than one component is selected.
     */
    public String selectionSummary() {
        List<String> ids = selectedComponents();
        if (ids.isEmpty()) {
            return "";
        }
        Map<String, Integer> kinds = new TreeMap<>();
        java.util.SortedSet<String> teams = new java.util.TreeSet<>();
        int changing = 0;
        int lowTier = Integer.MAX_VALUE;
        int highTier = Integer.MIN_VALUE;
        for (String id : ids) {
            Component c = graph.requireComponent(id);
            kinds.merge(c.kind().id(), 1, Integer::sum);
            if (c.team() != null) {
                teams.add(c.team());
            }
            if (c.changing()) {
                changing++;
            }
            if (c.tier() != null) {
                lowTier = Math.min(lowTier, c.tier());
                highTier = Math.max(highTier, c.tier());
            }
        }
        List<String> parts = new java.util.ArrayList<>();
        parts.add(kinds.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getValue() + " " + (e.getValue() == 1 ? e.getKey() : plural(e.getKey())))
                .collect(java.util.stream.Collectors.joining(", ")));
        if (!teams.isEmpty()) {
            List<String> named = teams.stream().limit(MAX_SUMMARY_TEAMS).toList();
            parts.add((teams.size() == 1 ? "team " : "teams: ") + String.join(", ", named)
                    + (teams.size() > named.size() ? " +" + (teams.size() - named.size()) + " more" : ""));
        }
        if (lowTier != Integer.MAX_VALUE) {
            parts.add(lowTier == highTier ? "tier " + lowTier : "tiers " + lowTier + "\u2013" + highTier);
        }
        parts.add(changing + " of " + ids.size() + " changing");
        return String.join(" \u00b7 ", parts);
    }

    /**
     * Marks (or unmarks) every selected component as changing, as one undoable command. Returns false when
     * nothing would change (or fewer than two are selected).
     */
    public boolean setSelectedChanging(boolean changing) {
        List<String> ids = selectedComponents();
        if (ids.isEmpty()) {
            return false;
        }
        SetChanging command = new SetChanging(graph, ids, changing);
        if (!command.isExecutable()) {
            return false;
        }
        document.history().execute(command);
        return true;
    }

    /** An English plural of a kind's id: services, libraries, gateways. */
    static String plural(String word) {
        if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word.endsWith("s") || word.endsWith("x") ? word + "es" : word + "s";
    }

    /** Inspects one component of a multi-selection on its own. */
    public void selectComponent(String id) {
        selection.selectComponents(List.of(id));
    }

    public void selectDependency(Dependency.Key key) {
        selection.selectDependency(key);
    }

    public void selectGroup(String id) {
        selection.selectGroup(id);
    }

    private void reload() {
        show();
        revision.set(revision.get() + 1);
    }

    private void show() {
        List<String> comps = selection.components();
        componentId = null;
        dependencyKey = null;
        groupId = null;
        if (graph != null && comps.size() == 1 && graph.contains(comps.get(0))) {
            componentId = comps.get(0);
            Component c = graph.requireComponent(componentId);
            componentFields.forEach(f -> f.load(c));
            title.set("Component " + componentId);
            target.set(Target.COMPONENT);
        } else if (graph != null && selection.dependencyProperty().get() != null
                && graph.dependency(selection.dependencyProperty().get().from(), selection.dependencyProperty().get().to()).isPresent()) {
            dependencyKey = selection.dependencyProperty().get();
            Dependency d = graph.dependency(dependencyKey.from(), dependencyKey.to()).orElseThrow();
            dependencyFields.forEach(f -> f.load(d));
            title.set("Dependency " + dependencyKey.from() + " \u2192 " + dependencyKey.to());
            target.set(Target.DEPENDENCY);
        } else if (graph != null && selection.groupProperty().get() != null && graph.group(selection.groupProperty().get()).isPresent()) {
            groupId = selection.groupProperty().get();
            ChangeGroup g = graph.group(groupId).orElseThrow();
            groupFields.forEach(f -> f.load(g));
            title.set("Group " + groupId);
            target.set(Target.GROUP);
        } else if (graph != null && comps.isEmpty()) {
            graphFields.forEach(f -> f.load(graph.metadata()));
            title.set("Graph \u00b7 " + graph.componentCount() + " components, " + graph.dependencyCount()
                    + " dependencies");
            target.set(Target.GRAPH);
        } else if (graph != null && comps.size() > 1 && comps.stream().allMatch(graph::contains)) {
            title.set(comps.size() + " components selected");
            target.set(Target.COMPONENTS);
        } else {
            title.set("Nothing selected");
            target.set(Target.NONE);
        }
    }

    /**
     * Validates the field's text and applies it as one command. Returns false (and sets the field's
     * error) when the text is invalid, or when the field is not one of the current target's; true when it is
     * valid, whether or not it changed anything.
     */
    @SuppressWarnings("unchecked")
    public boolean commit(InspectorField<?> field) {
        switch (target.get()) {
            case COMPONENT -> {
                if (!componentFields.contains(field)) {
                    return false;
                }
                InspectorField<Component> f = (InspectorField<Component>) field;
                Component before = graph.requireComponent(componentId);
                Component after = f.applyTo(before);
                if (after == null) {
                    return false;
                }
                EditComponent c = new EditComponent(graph, componentId, after);
                if (c.refusal().isPresent()) {
                    f.fail(c.refusal().get());
                    return false;
                }
                String newId = after.id();
                document.history().execute(c);
                if (!newId.equals(componentId)) {
                    selection.selectComponents(List.of(newId));
                }
            }
            case DEPENDENCY -> {
                if (!dependencyFields.contains(field)) {
                    return false;
                }
                InspectorField<Dependency> f = (InspectorField<Dependency>) field;
                Dependency after = f.applyTo(graph.dependency(dependencyKey.from(), dependencyKey.to()).orElseThrow());
                if (after == null) {
                    return false;
                }
                document.history().execute(new EditDependency(graph, after));
            }
            case GROUP -> {
                if (!groupFields.contains(field)) {
                    return false;
                }
                InspectorField<ChangeGroup> f = (InspectorField<ChangeGroup>) field;
                ChangeGroup after = f.applyTo(graph.group(groupId).orElseThrow());
                if (after == null) {
                    return false;
                }
                EditGroup c = new EditGroup(graph, groupId, after);
                if (c.refusal().isPresent()) {
                    f.fail(c.refusal().get());
                    return false;
                }
                document.history().execute(c);
                selection.selectGroup(after.id());
            }
            case GRAPH -> {
                if (!graphFields.contains(field)) {
                    return false;
                }
                InspectorField<GraphMetadata> f = (InspectorField<GraphMetadata>) field;
                GraphMetadata after = f.applyTo(graph.metadata());
                if (after == null) {
                    return false;
                }
                document.history().execute(new EditMetadata(graph, after));
            }
            case NONE, COMPONENTS -> {
                return false;
            }
        }
        return true;
    }

    private static <T> InspectorField<T> text(String key, String label, Function<T, String> read, BiFunction<T, String, T> apply) {
        return new InspectorField<>(key, label, Editor.TEXT, List.of(), read, apply);
    }

    /**
     * A rollout field whose empty text means "the default": {@code inForce} reads the value used then from
     * {@link RolloutDefaults#effective} of the component with this field emptied (the defaults of its kind and
     * tier, given its other settings: the default duration depends on the stages and bake in force).
     */
    private static InspectorField<Component> rollout(String key, String label, Editor editor, Function<Rollout, String> read,
                                                     BiFunction<Rollout, String, Rollout> apply,
                                                     Function<RolloutDefaults.EffectiveRollout, String> inForce) {
        Function<Component, String> shownDefault = c -> orNone(inForce.apply(
                RolloutDefaults.effective(c.withRollout(apply.apply(rolloutOf(c), "")))));
        return new InspectorField<>(key, label, editor, List.of(), c -> read.apply(rolloutOf(c)),
                (c, t) -> c.withRollout(apply.apply(rolloutOf(c), t)), shownDefault,
                c -> defaultHint(c, key, shownDefault.apply(c), read.apply(rolloutOf(c)).isEmpty()));
    }

    /** A prompt text is one line (JavaFX drops line breaks from it): several values are joined by "; ". */
    private static String oneLine(String lines) {
        return lines.replace("\n", "; ");
    }

    private static String orNone(String text) {
        return text.isEmpty() ? "none" : text;
    }

    /** The tooltip of a rollout field: the default for this kind and tier, and whether it is in force. */
    private static String defaultHint(Component c, String key, String shownDefault, boolean empty) {
        String of = "the default for a " + c.kind().id() + " of tier " + c.effectiveTier() + ", "
                + shownDefault;
        String hint = empty ? "Empty, so " + of + " (greyed), is in force" : "Set for this component; " + of
                + ", applies when the field is emptied";
        if (key.equals("durationMinutes")) {
            RolloutDefaults.EffectiveRollout r = RolloutDefaults.effective(c);
            hint += ". A step takes max(duration, bake of all stages) = "
                    + StepTiming.effectiveMinutes(r.durationMinutes(), r.totalBakeMinutes()) + " min";
        }
        return hint;
    }

    private static Rollout rolloutOf(Component c) {
        return c.rollout() == null ? Rollout.NONE : c.rollout();
    }

    private static List<InspectorField<Component>> buildComponentFields() {
        List<String> kinds = Arrays.stream(ComponentKind.values()).map(ComponentKind::id).toList();
        return List.of(
                InspectorViewModel.<Component>text("id", "Id", Component::id, Component::withId).spanning(),
                new InspectorField<>("name", "Name", Editor.TEXT, List.of(), c -> nullToEmpty(c.name()),
                        (c, t) -> c.withName(emptyToNull(t)), Component::id,
                        c -> "Shown on the canvas; empty, the id is shown (no default name)").spanning(),
                new InspectorField<>("kind", "Kind", Editor.CHOICE, kinds, c -> c.kind().id(), (c, t) -> c.withKind(
                        ComponentKind.parse(t).orElseThrow(() -> new IllegalArgumentException("kind is one of " + ComponentKind.choices())))),
                InspectorViewModel.<Component>text("team", "Team", c -> nullToEmpty(c.team()), (c, t) -> c.withTeam(emptyToNull(t)))
                        .spanning(),
                new InspectorField<Component>("system", "System", Editor.TEXT, List.of(), c -> nullToEmpty(c.system()),
                        (c, t) -> c.withSystem(emptyToNull(t)), c -> "",
                        c -> "The system it is drawn in (a hull around its members); it never changes the plan")
                        .spanning(),
                new InspectorField<>("tier", "Tier (0..3)", Editor.TEXT, List.of(), c -> nullToEmpty(c.tier()),
                        (c, t) -> c.withTier(FieldParsers.integer(t, 0, 3, "tier")), c -> String.valueOf(Component.DEFAULT_TIER),
                        c -> (c.tier() == null ? "Empty, so the default tier " : "Set for this component; the default tier is ")
                                + Component.DEFAULT_TIER + (c.tier() == null ? " is in force" : "")
                                + " (0 = most critical .. 3)"),
                new InspectorField<>("changing", "Changing", Editor.CHECK, List.of(), c -> String.valueOf(c.changing()),
                        (c, t) -> c.withChanging(Boolean.parseBoolean(t))),
                rollout("durationMinutes", "Duration (min)", Editor.TEXT, r -> nullToEmpty(r.durationMinutes()),
                        (r, t) -> r.withDurationMinutes(FieldParsers.integer(t, 0, Integer.MAX_VALUE, "duration")),
                        e -> String.valueOf(e.durationMinutes())),
                rollout("stages", "Stages (%)", Editor.TEXT, r -> FieldParsers.stagesText(r.stages()),
                        (r, t) -> r.withStages(FieldParsers.stages(t)), e -> FieldParsers.stagesText(e.stages())),
                rollout("bakeMinutes", "Bake (min)", Editor.TEXT, r -> nullToEmpty(r.bakeMinutes()),
                        (r, t) -> r.withBakeMinutes(FieldParsers.integer(t, 0, Integer.MAX_VALUE, "bake time")),
                        e -> String.valueOf(e.bakeMinutes())),
                rollout("failureProbability", "Failure prob.", Editor.TEXT, r -> FieldParsers.number(r.failureProbability()),
                        (r, t) -> r.withFailureProbability(FieldParsers.probability(t)),
                        e -> FieldParsers.number(e.failureProbability())),
                rollout("gates", "Gates", Editor.LINES, r -> FieldParsers.gatesText(r.gates()),
                        (r, t) -> r.withGates(FieldParsers.gates(t)), e -> oneLine(FieldParsers.gatesText(e.gates()))),
                rollout("rollbackMinutes", "Rollback (min)", Editor.TEXT, r -> nullToEmpty(r.rollbackMinutes()),
                        (r, t) -> r.withRollbackMinutes(FieldParsers.integer(t, 0, Integer.MAX_VALUE, "rollback time")),
                        e -> String.valueOf(e.rollbackMinutes())),
                rollout("rollback", "Rollback", Editor.LINES, r -> FieldParsers.linesText(r.rollback()),
                        (r, t) -> r.withRollback(FieldParsers.lines(t)), e -> oneLine(FieldParsers.linesText(e.rollback()))),
                new InspectorField<Component>("migration", "Migration", Editor.TEXT, List.of(),
                        FieldParsers::migrationText, (c, t) -> withMigration(c, FieldParsers.migration(t)), c -> "",
                        c -> "A data-layer step: the store and the phase (" + String.join(", ",
                                dev.stagecraft.model.Migration.Phase.ids()) + "), e.g. 'users-db backfill, 4000000 rows"
                                + " at 50000/min'; empty: none").spanning());
    }

    private static Component withMigration(Component c, java.util.Map<String, Object> migration) {
        java.util.Map<String, Object> extras = new java.util.LinkedHashMap<>(c.extras());
        if (migration == null) {
            extras.remove(dev.stagecraft.model.Migration.KEY);
        } else {
            extras.put(dev.stagecraft.model.Migration.KEY, migration);
        }
        return new Component(c.id(), c.name(), c.kind(), c.team(), c.system(), c.tier(), c.changing(), c.rollout(),
                c.position(), extras);
    }

    private static List<InspectorField<Dependency>> buildDependencyFields() {
        List<String> kinds = Arrays.stream(DependencyKind.values()).map(DependencyKind::id).toList();
        List<String> strengths = Arrays.stream(Strength.values()).map(Strength::id).toList();
        return List.of(
                new InspectorField<>("kind", "Kind", Editor.CHOICE, kinds, d -> d.effectiveKind().id(), (d, t) -> d.withKind(
                        DependencyKind.parse(t).orElseThrow(() -> new IllegalArgumentException("unknown kind " + t)))),
                new InspectorField<>("strength", "Strength", Editor.CHOICE, strengths, d -> d.effectiveStrength().id(),
                        (d, t) -> d.withStrength(Strength.parse(t).orElseThrow(() -> new IllegalArgumentException("unknown strength " + t)))));
    }

    private static List<InspectorField<GraphMetadata>> buildGraphFields() {
        return List.of(
                InspectorViewModel.<GraphMetadata>text("name", "Name", m -> nullToEmpty(m.name()), (m, t) -> m.withName(emptyToNull(t)))
                        .spanning(),
                new InspectorField<>("description", "Description", Editor.LINES, List.of(),
                        m -> nullToEmpty(m.description()), (m, t) -> m.withDescription(emptyToNull(t.strip()))));
    }

    private static List<InspectorField<ChangeGroup>> buildGroupFields() {
        return List.of(
                text("id", "Id", ChangeGroup::id, ChangeGroup::withId),
                InspectorViewModel.<ChangeGroup>text("members", "Members", g -> String.join(", ", g.members()),
                        (g, t) -> g.withMembers(FieldParsers.ids(t))).spanning());
    }
}
