package dev.stagecraft.ui.window;

import dev.stagecraft.model.Finding;
import dev.stagecraft.model.ServiceGraph;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
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
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");

    public DocumentViewModel() {
        title.bind(Bindings.createStringBinding(() -> file.get() == null
                ? displayName() + " \u2014 " + APP_NAME
                : file.get().getFileName() + " \u2014 " + APP_NAME, file, graph));
    }

    /** Makes this the open document. */
    public void setDocument(ServiceGraph value, Path source, List<Finding> readFindings, String header) {
        findings.set(List.copyOf(readFindings));
        headerComment.set(header);
        file.set(source);
        graph.set(value);
    }

    /** After Save As: the document now lives in another file. */
    void savedAs(Path target) {
        file.set(target);
    }

    public ReadOnlyObjectProperty<ServiceGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public ServiceGraph graph() {
        return graph.get();
    }

    /** The file the document was read from or last saved to; null for the bundled sample or a new graph. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

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
