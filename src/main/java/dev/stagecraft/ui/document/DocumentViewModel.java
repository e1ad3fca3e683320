package dev.stagecraft.ui.document;

import dev.stagecraft.analysis.Validator;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.GraphListener;
import dev.stagecraft.model.ServiceGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.stagecraft.ui.command.History;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open document: its {@link ServiceGraph} (the single source of truth every view observes), the file
 * it came from, and the findings reading it produced. Replacing the document is all-or-nothing: a file
 * that fails to load never touches the current one (see {@link DocumentFiles}).
 */
public final class DocumentViewModel {
    public static final String APP_NAME = "Stagecraft";

    private final ReadOnlyObjectWrapper<ServiceGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph", new ServiceGraph());
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<List<Finding>> findings = new ReadOnlyObjectWrapper<>(this, "findings", List.of());
    private final ReadOnlyObjectWrapper<String> headerComment = new ReadOnlyObjectWrapper<>(this, "headerComment");
    /** A move changes no finding, so only other changes re-validate. */
    private final GraphListener revalidate = (g, change) -> {
        if (change.affectsAnalysis()) {
            validate(g);
        }
    };
    private List<Finding> readFindings = List.of();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyObjectWrapper<History> history = new ReadOnlyObjectWrapper<>(this, "history", new History());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    public DocumentViewModel() {
        history.addListener((o, was, now) -> follow(now));
        follow(history.get());
        title.bind(Bindings.createStringBinding(() -> (dirty.get() ? "*" : "")
                + (file.get() == null ? displayName() : file.get().getFileName().toString())
                + " \u2014 " + APP_NAME, file, graph, dirty));
    }

    /** Makes this the open document, with a fresh undo history. */
    public void setDocument(ServiceGraph value, Path source, List<Finding> readFindings, String header) {
        ServiceGraph old = graph.get();
        if (old != null) {
            old.removeListener(revalidate);
        }
        this.readFindings = List.copyOf(readFindings);
        headerComment.set(header);
        file.set(source);
        history.set(new History());
        value.addListener(revalidate);
        graph.set(value);
        validate(value);
    }

    /** Findings = what reading the file reported + the validation rules on the graph as it is now. */
    private void validate(ServiceGraph g) {
        List<Finding> all = new ArrayList<>(readFindings);
        all.addAll(Validator.validate(g));
        findings.set(List.copyOf(all));
    }

    /** After Save or Save As: the document now lives in {@code target} and is clean. */
    public void saved(Path target) {
        file.set(target);
        history.get().markSaved();
    }

    /** Every edit of this document goes through here. */
    public History history() {
        return history.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void follow(History h) {
        dirty.bind(h.dirtyProperty());
        canUndo.bind(h.canUndoProperty());
        canRedo.bind(h.canRedoProperty());
    }

    /** Unsaved changes exist (the undo balance differs from the saved one). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServiceGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public ServiceGraph graph() {
        return graph.get();
    }

    /** The file the document was read from or last saved to; null for the bundled sample or a new graph. */
    public Path file() {
        return file.get();
    }

    /** Reading findings plus validation findings, updated as the graph is edited. */
    public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    /** The comment block at the top of the file, kept so saving does not drop it; null when none. */
    public String headerComment() {
        return headerComment.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    private String displayName() {
        String name = graph.get() == null ? null : graph.get().metadata().name();
        return name == null || name.isBlank() ? "untitled" : name;
    }
}
