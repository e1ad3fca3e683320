package dev.stagecraft.ui.edit;

import dev.stagecraft.ui.document.Selection;
import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.IdAllocator;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Severity;
import dev.stagecraft.ui.canvas.GraphCanvas;
import dev.stagecraft.ui.command.AddComponent;
import dev.stagecraft.ui.command.Connect;
import dev.stagecraft.ui.command.CreateGroup;
import dev.stagecraft.ui.command.EditCommand;
import dev.stagecraft.ui.command.EditComponent;
import dev.stagecraft.ui.command.MoveComponents;
import dev.stagecraft.ui.command.PasteElements;
import dev.stagecraft.ui.command.RemoveElements;
import dev.stagecraft.ui.command.SetChanging;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.ui.document.DocumentViewModel;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The editing actions behind the Edit menu, the toolbar and the canvas gestures. Each turns the
 * selection into one {@link EditCommand} run through the document's history; a refused edit is
 * explained through the message sink (shown on the canvas) and changes nothing.
 */
public final class EditActions {
    /** World units a pasted or duplicated fragment is moved by, so the copy does not hide the original. */
    public static final double PASTE_OFFSET = 40;
    public static final double NUDGE = 5;
    public static final double BIG_NUDGE = 50;

    private final DocumentViewModel document;
    private final Selection selection;
    private final GraphCanvas canvas;
    private final Consumer<String> messages;
    /**
     * Ids this editor made up for components it added ({@code service-1}, …). Naming such a component in place
     * gives it an id derived from the name, as the user never chose that id; any other id stays.
     */
    private final Set<String> generatedIds = new HashSet<>();

    public EditActions(DocumentViewModel document, Selection selection, GraphCanvas canvas, Consumer<String> messages) {
        this.document = document;
        this.selection = selection;
        this.canvas = canvas;
        this.messages = messages;
    }

    public Selection selection() {
        return selection;
    }

    /** The system a component is drawn in, null for none (or no such component). */
    public String systemOf(String component) {
        return graph().component(component).map(dev.stagecraft.model.Component::system).orElse(null);
    }

    private ServiceGraph graph() {
        return document.graph();
    }

    private boolean run(EditCommand c) {
        if (!c.isExecutable()) {
            return false;
        }
        document.history().execute(c);
        return true;
    }

    /** A fresh id for a new component of this kind: {@code service-1}, {@code service-2}, … */
    public String freshId(ComponentKind kind) {
        int n = 1;
        while (graph().contains(kind.id() + "-" + n)) {
            n++;
        }
        return kind.id() + "-" + n;
    }

    /** Adds a component of this kind centred at a world point and selects it. */
    public String addComponentAt(ComponentKind kind, double worldX, double worldY) {
        String id = freshId(kind);
        generatedIds.add(id);
        run(new AddComponent(graph(), Component.of(id, kind).withPosition(new Position(Math.round(worldX), Math.round(worldY)))));
        selection.selectComponents(List.of(id));
        return id;
    }

    /** Adds a service in the middle of the visible part of the canvas (the Insert key). */
    public String addComponent(ComponentKind kind) {
        Viewport v = canvas.viewportProperty().get();
        return addComponentAt(kind, v.toWorldX(v.width() / 2), v.toWorldY(v.height() / 2));
    }

    public void delete() {
        List<Dependency.Key> deps = selection.dependencyProperty().get() == null ? List.of()
                : List.of(selection.dependencyProperty().get());
        List<String> groups = selection.groupProperty().get() == null ? List.of() : List.of(selection.groupProperty().get());
        run(new RemoveElements(graph(), selection.components(), deps, groups));
    }

    /**
     * Connects the two selected components, the one selected first depending on the other (select A,
     * Ctrl-click B: A → B). Says what to do when the selection is not two components.
     */
    public boolean connectSelected() {
        List<String> chosen = selection.components();
        if (chosen.size() != 2) {
            messages.accept("Select two components to connect: the dependent first, then (Ctrl-click) what it"
                    + " depends on");
            return false;
        }
        return connect(chosen.get(0), chosen.get(1));
    }

    /** Connects {@code from → to}; says why when refused. */
    public boolean connect(String from, String to) {
        Connect c = new Connect(graph(), from, to);
        c.refusal().ifPresent(messages);
        if (run(c)) {
            selection.selectDependency(new Dependency.Key(from, to));
            return true;
        }
        return false;
    }

    /**
     * Changes a component's id (the inspector's Id field does the same), its dependencies and groups following;
     * returns why not when the new id is refused (the model is unchanged then).
     */
    public Optional<String> rename(String id, String newId) {
        EditComponent c = new EditComponent(graph(), id, graph().requireComponent(id).withId(newId.strip()));
        if (c.refusal().isPresent()) {
            return c.refusal();
        }
        if (run(c)) {
            selection.selectComponents(List.of(newId.strip()));
        }
        return Optional.empty();
    }

    /**
     * Gives a component a display name (F2 on the canvas): one command. The id stays, except for a component whose
     * id this editor generated and that has no name yet: it gets an id derived from the name ("Session Cache" →
     * {@code session-cache}, made unique with {@code -2}, …), its references following; when that id spells the
     * name exactly, no separate name is stored. A blank name removes the name (the id is shown). Returns why not
     * when refused (the model is unchanged then).
     */
    public Optional<String> setDisplayName(String id, String name) {
        Component before = graph().requireComponent(id);
        String text = name.strip();
        Component after = before.withName(text.isEmpty() || text.equals(id) ? null : text);
        if (!text.isEmpty() && before.name() == null && generatedIds.contains(id)) {
            String derived = uniqueId(IdAllocator.sanitize(text), id);
            after = before.withId(derived).withName(derived.equals(text) ? null : text);
        }
        EditComponent c = new EditComponent(graph(), id, after);
        if (c.refusal().isPresent()) {
            return c.refusal();
        }
        if (run(c)) {
            selection.selectComponents(List.of(after.id()));
        }
        return Optional.empty();
    }

    /** What the canvas shows as the component's name: its name, or its id when it has none. */
    public String displayName(String id) {
        return graph().requireComponent(id).displayName();
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, … whichever no component but {@code self} has. */
    private String uniqueId(String base, String self) {
        String id = base;
        for (int n = 2; !id.equals(self) && graph().contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    public void selectAll() {
        selection.selectComponents(graph().components().stream().map(Component::id).toList());
    }

    public void createGroup() {
        if (selection.components().isEmpty()) {
            messages.accept("Select the components to group first");
            return;
        }
        CreateGroup c = new CreateGroup(graph(), selection.components());
        c.refusal().ifPresent(messages);
        if (run(c)) {
            messages.accept("Created group " + c.group().id());
        }
    }

    /** Selects what depends on this component directly (its dependents: one step of its blast radius). */
    public void selectDependentsOf(String id) {
        selection.selectComponents(graph().dependentsOf(id).stream().map(Dependency::from).toList());
    }

    /** Selects what this component depends on directly. */
    public void selectDependenciesOf(String id) {
        selection.selectComponents(graph().dependenciesOf(id).stream().map(Dependency::to).toList());
    }

    /** Whether every selected component is marked changing (then {@link #toggleChanging} unmarks them). */
    public boolean allChanging() {
        List<String> ids = selection.components();
        return !ids.isEmpty() && ids.stream().allMatch(id -> graph().requireComponent(id).changing());
    }

    /** Marks the selection as changing, or unmarks it when all of it is marked already. */
    public void toggleChanging() {
        List<String> ids = selection.components();
        if (ids.isEmpty()) {
            return;
        }
        run(new SetChanging(graph(), ids, !allChanging()));
    }

    /** Moves components to these centres as one step (a drag on the canvas); nothing when none would move. */
    public void move(Map<String, Position> centres) {
        run(new MoveComponents(graph(), centres));
    }

    /** Moves the selected components by (dx, dy) world units, as one step. */
    public void nudge(double dx, double dy) {
        Diagram d = canvas.diagramProperty().get();
        Map<String, Position> moved = new LinkedHashMap<>();
        for (String id : selection.components()) {
            int i = d == null ? -1 : d.indexOf(id);
            if (i >= 0) {
                moved.put(id, new Position(Math.round(d.centerX(i) + dx), Math.round(d.centerY(i) + dy)));
            }
        }
        if (!moved.isEmpty()) {
            move(moved);
        }
    }

    /** The selection as a native YAML document: its components, the dependencies and groups among them. */
    public String selectionAsYaml() {
        Set<String> ids = new HashSet<>(selection.components());
        ServiceGraph fragment = new ServiceGraph();
        Diagram d = canvas.diagramProperty().get();
        for (Component c : graph().components()) {
            if (ids.contains(c.id())) {
                int i = d == null ? -1 : d.indexOf(c.id());
                fragment.addComponent(c.position() != null || i < 0 ? c
                        : c.withPosition(new Position(Math.round(d.centerX(i)), Math.round(d.centerY(i)))));
            }
        }
        for (Dependency dep : graph().dependencies()) {
            if (ids.contains(dep.from()) && ids.contains(dep.to())) {
                fragment.addDependency(dep);
            }
        }
        for (ChangeGroup g : graph().groups()) {
            List<String> members = g.members().stream().filter(ids::contains).toList();
            if (!members.isEmpty()) {
                fragment.addGroup(g.withMembers(members));
            }
        }
        return NativeGraphWriter.write(fragment, null);
    }

    public void copy() {
        if (selection.components().isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(selectionAsYaml());
        Clipboard.getSystemClipboard().setContent(content);
        messages.accept("Copied " + selection.components().size() + " component(s)");
    }

    public void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            messages.accept("Nothing to paste");
            return;
        }
        pasteYaml(text);
    }

    /** Pastes a native YAML document (from the clipboard or another file) with fresh ids. */
    public void pasteYaml(String text) {
        LoadResult loaded;
        try {
            loaded = NativeGraphReader.read(text, "clipboard");
        } catch (GraphFormatException e) {
            messages.accept("The clipboard does not hold a Stagecraft graph");
            return;
        }
        if (loaded.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR) || loaded.graph().componentCount() == 0) {
            messages.accept("The clipboard does not hold a Stagecraft graph");
            return;
        }
        PasteElements paste = new PasteElements(graph(), loaded.graph(), PASTE_OFFSET, PASTE_OFFSET);
        if (run(paste)) {
            selection.selectComponents(paste.pastedIds());
        }
    }

    public void duplicate() {
        if (!selection.components().isEmpty()) {
            pasteYaml(selectionAsYaml());
        }
    }
}
