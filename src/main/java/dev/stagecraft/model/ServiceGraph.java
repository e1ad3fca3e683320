package dev.stagecraft.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The editable service graph: components, dependencies between them and change groups.
 * The single source of truth that the editor edits and the analyses read (through {@link #snapshot()}).
 *
 * <p>Invariants: component ids are unique; every dependency's ends exist; at most one dependency
 * per ordered pair (self-loops allowed); group members exist. Order of components, dependencies and
 * groups is insertion order, which is file order, so saving keeps the user's order.
 *
 * <p>Not thread-safe: edit on one thread (the UI thread in the editor). Snapshots are immutable
 * and may be handed to other threads.
 */
public final class ServiceGraph {
    private GraphMetadata metadata = GraphMetadata.EMPTY;
    private final OrderedTable<String, Component> components;
    private final OrderedTable<Dependency.Key, Dependency> dependencies;
    private final OrderedTable<String, ChangeGroup> groups;
    /**
     * The adjacency as a JGraphT graph, built on first use and kept in step with every edit after that.
     * Loading a file and analysing it never needs it (the analyses run on {@link #snapshot()}), and
     * building it for 100,000 dependencies costs about a fifth of reading the file; see README.
     */
    private Graph<String, Dependency.Key> graph;
    private final List<GraphListener> listeners = new CopyOnWriteArrayList<>();
    private long revision;
    private int batchDepth;
    /** What changed since the outermost {@link #beginUpdate()}, reported as one change at its end. */
    private final List<GraphChange> changedInBatch = new ArrayList<>();
    private GraphSnapshot snapshot;

    /** An empty graph to edit. */
    public ServiceGraph() {
        components = new OrderedTable<>();
        dependencies = new OrderedTable<>();
        groups = new OrderedTable<>();
    }

    private ServiceGraph(ServiceGraph of) {
        metadata = of.metadata;
        components = of.components.frozenCopy();
        dependencies = of.dependencies.frozenCopy();
        groups = of.groups.frozenCopy();
        revision = of.revision;
        snapshot = of.snapshot;
    }

    private static Graph<String, Dependency.Key> newJGraphT() {
        return GraphTypeBuilder.<String, Dependency.Key>directed()
                .allowingSelfLoops(true).allowingMultipleEdges(false).weighted(false)
                .buildGraph();
    }

    /** The JGraphT adjacency, built from the maps the first time it is asked for. */
    private Graph<String, Dependency.Key> graph() {
        if (graph == null) {
            Graph<String, Dependency.Key> g = newJGraphT();
            components.keys().forEach(g::addVertex);
            dependencies.keys().forEach(k -> g.addEdge(k.from(), k.to(), k));
            graph = g;
        }
        return graph;
    }

    // ---- reading -------------------------------------------------------------------------

    public GraphMetadata metadata() {
        return metadata;
    }

    /** Components in order, unmodifiable view. */
    public Collection<Component> components() {
        return Collections.unmodifiableCollection(components.values());
    }

    public Optional<Component> component(String id) {
        return Optional.ofNullable(components.get(id));
    }

    public Component requireComponent(String id) {
        Component c = components.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no component '" + id + "'");
        }
        return c;
    }

    public boolean contains(String id) {
        return components.containsKey(id);
    }

    public int componentCount() {
        return components.size();
    }

    public Collection<Dependency> dependencies() {
        return Collections.unmodifiableCollection(dependencies.values());
    }

    public int dependencyCount() {
        return dependencies.size();
    }

    public Optional<Dependency> dependency(String from, String to) {
        return Optional.ofNullable(dependencies.get(new Dependency.Key(from, to)));
    }

    /** Dependencies whose {@code from} is the given component (what it depends on). */
    public List<Dependency> dependenciesOf(String id) {
        requireComponent(id);
        if (frozen()) {
            return adjacent(id, true);
        }
        List<Dependency> out = new ArrayList<>();
        for (Dependency.Key k : graph().outgoingEdgesOf(id)) {
            out.add(dependencies.get(k));
        }
        return out;
    }

    /** Dependencies whose {@code to} is the given component (who depends on it). */
    public List<Dependency> dependentsOf(String id) {
        requireComponent(id);
        if (frozen()) {
            return adjacent(id, false);
        }
        List<Dependency> out = new ArrayList<>();
        for (Dependency.Key k : graph().incomingEdgesOf(id)) {
            out.add(dependencies.get(k));
        }
        return out;
    }

    /** A frozen graph's dependencies of or on {@code id}, read off its snapshot (it never builds the JGraphT form). */
    private List<Dependency> adjacent(String id, boolean outgoing) {
        GraphSnapshot s = snapshot();
        int v = s.indexOf(id);
        int[] start = outgoing ? s.outStart() : s.inStart();
        int[] other = outgoing ? s.outTarget() : s.inSource();
        List<Dependency> out = new ArrayList<>(start[v + 1] - start[v]);
        for (int e = start[v]; e < start[v + 1]; e++) {
            String o = s.id(other[e]);
            out.add(dependencies.get(outgoing ? new Dependency.Key(id, o) : new Dependency.Key(o, id)));
        }
        return out;
    }

    public Collection<ChangeGroup> groups() {
        return Collections.unmodifiableCollection(groups.values());
    }

    public Optional<ChangeGroup> group(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    /** Groups that list the component. */
    public List<ChangeGroup> groupsOf(String componentId) {
        return groups.values().stream().filter(g -> g.members().contains(componentId)).toList();
    }

    /** A read-only JGraphT view (vertices: component ids; edges: dependency keys) for small-graph algorithms. */
    public Graph<String, Dependency.Key> asJGraphT() {
        return new AsUnmodifiableGraph<>(graph());
    }

    /** Increases by one with every change (a batch counts once). */
    public long revision() {
        return revision;
    }

    /** The immutable, int-indexed form the analyses run on; built once per revision. */
    public GraphSnapshot snapshot() {
        if (snapshot == null) {
            snapshot = GraphSnapshot.of(this);
        }
        return snapshot;
    }

    // ---- editing -------------------------------------------------------------------------

    public void setMetadata(GraphMetadata value) {
        GraphMetadata old = metadata;
        metadata = Objects.requireNonNull(value);
        changed(new GraphChange.PropertyChanged(old, value));
    }

    /** Adds a component at the end, or at {@code index} in the order (used by undo to restore a place). */
    public void addComponent(Component c) {
        addComponent(c, components.size());
    }

    public void addComponent(Component c, int index) {
        if (components.containsKey(c.id())) {
            throw new IllegalArgumentException("component '" + c.id() + "' already exists");
        }
        components.insertAt(c.id(), c, index);
        if (graph != null) {
            graph.addVertex(c.id());
        }
        changed(new GraphChange.Added(c, Math.min(index, components.size() - 1)));
    }

    /** Position of the component in the order, -1 when absent. */
    public int indexOfComponent(String id) {
        return components.indexOf(id);
    }

    public int indexOfDependency(Dependency.Key key) {
        return dependencies.indexOf(key);
    }

    /** {@link #indexOfDependency} of each key, in one walk of the dependencies. */
    public int[] indexesOfDependencies(List<Dependency.Key> keys) {
        return dependencies.indexesOf(keys);
    }

    /** {@link #indexOfComponent} of each id, in one walk of the components. */
    public int[] indexesOfComponents(List<String> ids) {
        return components.indexesOf(ids);
    }

    public int indexOfGroup(String id) {
        return groups.indexOf(id);
    }

    /**
     * Removes the component, every dependency touching it, and its membership in groups
     * (a group left empty is removed). Callers that must undo this capture those first.
     */
    public void removeComponent(String id) {
        Component removed = requireComponent(id);
        beginUpdate();
        try {
            for (Dependency.Key k : new ArrayList<>(graph().edgesOf(id))) {
                removeDependency(k.from(), k.to());
            }
            for (ChangeGroup g : groupsOf(id)) {
                List<String> rest = g.members().stream().filter(m -> !m.equals(id)).toList();
                if (rest.isEmpty()) {
                    removeGroup(g.id());
                } else {
                    replaceGroup(g.id(), g.withMembers(rest));
                }
            }
            components.remove(id);
            graph().removeVertex(id);
            changed(new GraphChange.Removed(removed));
        } finally {
            endUpdate();
        }
    }

    /**
     * Replaces a component's record. When the id changes, dependencies and group memberships follow
     * the new id; the component keeps its place in the order.
     */
    public void replaceComponent(String id, Component replacement) {
        Component old = requireComponent(id);
        if (old.equals(replacement)) {
            return;
        }
        String newId = replacement.id();
        if (id.equals(newId)) {
            components.put(id, replacement);
            changed(old.withPosition(replacement.position()).equals(replacement)
                    ? new GraphChange.Moved(Collections.singletonMap(id, replacement.position()))
                    : new GraphChange.PropertyChanged(old, replacement));
            return;
        }
        if (components.containsKey(newId)) {
            throw new IllegalArgumentException("component '" + newId + "' already exists");
        }
        beginUpdate();
        try {
            components.rename(id, newId, replacement);
            // each touching dependency re-keyed where it stands: O(touching) with the adjacency, else one scan
            List<Dependency> touching = new ArrayList<>();
            if (graph != null) {
                graph.outgoingEdgesOf(id).forEach(k -> touching.add(dependencies.get(k)));
                graph.incomingEdgesOf(id).forEach(k -> {
                    if (!k.from().equals(id)) {
                        touching.add(dependencies.get(k));
                    }
                });
            } else {
                for (Dependency d : dependencies.values()) {
                    if (d.from().equals(id) || d.to().equals(id)) {
                        touching.add(d);
                    }
                }
            }
            List<Dependency> renamed = new ArrayList<>();
            for (Dependency d : touching) {
                Dependency r = d.withEnds(d.from().equals(id) ? newId : d.from(), d.to().equals(id) ? newId : d.to());
                dependencies.rename(d.key(), r.key(), r);
                renamed.add(r);
            }
            if (graph != null) {
                graph.removeVertex(id);
                graph.addVertex(newId);
                renamed.forEach(d -> graph.addEdge(d.from(), d.to(), d.key()));
            }
            // told first, so that replaying the batch renames before the groups name the new id
            changed(new GraphChange.PropertyChanged(old, replacement));
            for (ChangeGroup g : List.copyOf(groups.values())) {
                if (g.members().contains(id)) {
                    replaceGroup(g.id(), g.withMembers(g.members().stream().map(m -> m.equals(id) ? newId : m).toList()));
                }
            }
        } finally {
            endUpdate();
        }
    }

    public void addDependency(Dependency d) {
        addDependency(d, dependencies.size());
    }

    public void addDependency(Dependency d, int index) {
        requireComponent(d.from());
        requireComponent(d.to());
        if (dependencies.containsKey(d.key())) {
            throw new IllegalArgumentException("dependency " + d.key() + " already exists");
        }
        dependencies.insertAt(d.key(), d, index);
        if (graph != null) {
            graph.addEdge(d.from(), d.to(), d.key());
        }
        changed(new GraphChange.Added(d, Math.min(index, dependencies.size() - 1)));
    }

    public void removeDependency(String from, String to) {
        Dependency.Key key = new Dependency.Key(from, to);
        Dependency removed = dependencies.remove(key);
        if (removed == null) {
            throw new IllegalArgumentException("no dependency " + key);
        }
        if (graph != null) {
            graph.removeEdge(key);
        }
        changed(new GraphChange.Removed(removed));
    }

    /** Replaces a dependency's attributes; its ends must stay the same. */
    public void replaceDependency(Dependency replacement) {
        Dependency old = dependencies.get(replacement.key());
        if (old == null) {
            throw new IllegalArgumentException("no dependency " + replacement.key());
        }
        if (!old.equals(replacement)) {
            dependencies.put(replacement.key(), replacement);
            changed(new GraphChange.PropertyChanged(old, replacement));
        }
    }

    public void addGroup(ChangeGroup g) {
        addGroup(g, groups.size());
    }

    public void addGroup(ChangeGroup g, int index) {
        if (groups.containsKey(g.id())) {
            throw new IllegalArgumentException("group '" + g.id() + "' already exists");
        }
        g.members().forEach(this::requireComponent);
        groups.insertAt(g.id(), g, index);
        changed(new GraphChange.Added(g, Math.min(index, groups.size() - 1)));
    }

    public void removeGroup(String id) {
        ChangeGroup removed = groups.remove(id);
        if (removed == null) {
            throw new IllegalArgumentException("no group '" + id + "'");
        }
        changed(new GraphChange.Removed(removed));
    }

    public void replaceGroup(String id, ChangeGroup replacement) {
        ChangeGroup old = groups.get(id);
        if (old == null) {
            throw new IllegalArgumentException("no group '" + id + "'");
        }
        replacement.members().forEach(this::requireComponent);
        if (!id.equals(replacement.id())) {
            if (groups.containsKey(replacement.id())) {
                throw new IllegalArgumentException("group '" + replacement.id() + "' already exists");
            }
            groups.rename(id, replacement.id(), replacement);
        } else {
            groups.put(id, replacement);
        }
        changed(new GraphChange.PropertyChanged(old, replacement));
    }

    // ---- batching and listeners ------------------------------------------------------------

    /** Starts a batch: listeners hear of all changes once, at the matching {@link #endUpdate()}. Nests. */
    public void beginUpdate() {
        batchDepth++;
    }

    public void endUpdate() {
        if (batchDepth == 0) {
            throw new IllegalStateException("endUpdate without beginUpdate");
        }
        batchDepth--;
        if (batchDepth == 0 && !changedInBatch.isEmpty()) {
            GraphChange change = GraphChange.of(changedInBatch);
            changedInBatch.clear();
            fire(change);
        }
    }

    public void addListener(GraphListener l) {
        listeners.add(l);
    }

    public void removeListener(GraphListener l) {
        listeners.remove(l);
    }

    private void changed(GraphChange change) {
        if (frozen()) {
            throw new IllegalStateException("a frozen graph cannot be edited");
        }
        snapshot = null;
        if (batchDepth > 0) {
            changedInBatch.add(change);
        } else {
            fire(change);
        }
    }

    private void fire(GraphChange change) {
        revision++;
        for (GraphListener l : listeners) {
            l.graphChanged(this, change);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    /**
     * A copy with no listeners (for background work and tests). The records are immutable and this graph's
     * invariants already hold, so the maps are copied as they are: O(V + E) without re-checking each
     * dependency's ends (the plan panel copies the graph on the JavaFX thread after every edit).
     */
    public ServiceGraph copy() {
        ServiceGraph g = new ServiceGraph();
        g.metadata = metadata;
        g.components.putAll(components);
        g.dependencies.putAll(dependencies);
        g.groups.putAll(groups);
        return g;
    }

    /**
     * The same graph, read-only, in a form the collector copies cheaply (a few arrays per table instead of three
     * objects per record): what a revision keeps. Editing it throws; {@link #copy()} of it is editable again.
     * O(V + E). The revision number is kept; listeners are not.
     */
    public ServiceGraph frozenCopy() {
        return frozen() ? this : new ServiceGraph(this);
    }

    /** Whether this is a {@link #frozenCopy() frozen copy}. */
    public boolean frozen() {
        return components.frozen();
    }

    /** Same content (metadata, components, dependencies, groups, in the same order). */
    public boolean sameContentAs(ServiceGraph other) {
        return metadata.equals(other.metadata)
                && List.copyOf(components.values()).equals(List.copyOf(other.components.values()))
                && List.copyOf(dependencies.values()).equals(List.copyOf(other.dependencies.values()))
                && List.copyOf(groups.values()).equals(List.copyOf(other.groups.values()));
    }

}
