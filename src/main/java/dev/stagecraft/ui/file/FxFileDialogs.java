package dev.stagecraft.ui.file;

import dev.stagecraft.ui.style.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real {@link FileDialogs}: native file choosers and modal alerts owned by the main window. */
public final class FxFileDialogs implements FileDialogs {
    private final Window owner;

    public FxFileDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFile(Purpose purpose, Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(switch (purpose) {
            case OPEN -> "Open graph";
            case SAVE -> "Save graph as";
            case IMPORT -> "Import graph";
            case EXPORT -> "Export graph or picture";
            case EXPORT_PLAN -> "Export plan";
            case COMPARE -> "Compare with graph";
            case EXPORT_REPORT -> "Export simulation report";
            case POLICY -> "Check a policy (rules as CEL expressions)";
        });
        FileChooser.ExtensionFilter nativeYaml = new FileChooser.ExtensionFilter("Stagecraft graph (*.yaml, *.yml)", "*.yaml", "*.yml");
        switch (purpose) {
            case OPEN, SAVE -> chooser.getExtensionFilters().add(nativeYaml);
            case POLICY -> chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Stagecraft policy (*.yaml, *.yml)", "*.yaml", "*.yml"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            // YAML is told apart by content: native, docker-compose, Backstage or Kubernetes manifests
            case IMPORT, COMPARE -> chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Graph files", "*.yaml", "*.yml", "*.dot", "*.gv", "*.graphml",
                            "*.json", "*.csv", "*.prom", "*.txt"),
                    new FileChooser.ExtensionFilter("Kubernetes manifests, helm template, kustomize build (*.yaml)",
                            "*.yaml", "*.yml"),
                    new FileChooser.ExtensionFilter("docker-compose, Backstage catalog (*.yaml)", "*.yaml", "*.yml"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            case EXPORT -> chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("PNG picture", "*.png"),
                    new FileChooser.ExtensionFilter("SVG picture", "*.svg"),
                    new FileChooser.ExtensionFilter("Graphviz DOT", "*.dot"),
                    new FileChooser.ExtensionFilter("GraphML (yEd)", "*.graphml"),
                    new FileChooser.ExtensionFilter("JSON", "*.json"),
                    new FileChooser.ExtensionFilter("CSV edge list", "*.csv"));
            case EXPORT_REPORT -> chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("HTML report, charts inline (*.html)", "*.html"),
                    new FileChooser.ExtensionFilter("Markdown report (*.md)", "*.md"));
            case EXPORT_PLAN -> {
                for (PlanFileType t : List.of(PlanFileType.PLAN_YAML, PlanFileType.PLAN_JSON, PlanFileType.RUNBOOK,
                        PlanFileType.ARGO_ROLLOUTS, PlanFileType.ARGOCD, PlanFileType.HELMFILE, PlanFileType.SPINNAKER,
                        PlanFileType.ARGO_WORKFLOWS, PlanFileType.GITHUB_ACTIONS)) {
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                            t.description() + " (*" + t.suffix() + ")", "*" + t.suffix()));
                }
            }
        }
        if (suggested != null) {
            Path abs = suggested.toAbsolutePath();
            if (abs.getParent() != null && abs.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(abs.getParent().toFile());
            }
            chooser.setInitialFileName(abs.getFileName().toString());
        }
        boolean saving = purpose == Purpose.SAVE || purpose == Purpose.EXPORT || purpose == Purpose.EXPORT_PLAN
                || purpose == Purpose.EXPORT_REPORT;
        File f = saving ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        if (f != null && purpose == Purpose.EXPORT_PLAN) {
            return Optional.of(withPlanSuffix(f.toPath(), chooser.getSelectedExtensionFilter()));
        }
        if (f != null && purpose == Purpose.EXPORT_REPORT && !f.getName().matches("(?i).*\\.(html?|md)$")) {
            boolean markdown = chooser.getSelectedExtensionFilter() != null
                    && chooser.getSelectedExtensionFilter().getExtensions().contains("*.md");
            return Optional.of(f.toPath().resolveSibling(f.getName() + (markdown ? ".md" : ".html")));
        }
        return Optional.ofNullable(f).map(File::toPath);
    }

    /**
     * The name of the file type chosen in the dialog, its suffix added when the name typed does not end with it (the
     * window tells the types apart by name: {@code release} with "Argo Rollouts" chosen is
     * {@code release.argo-rollouts.yaml}).
     */
    private static Path withPlanSuffix(Path file, FileChooser.ExtensionFilter chosen) {
        if (chosen == null) {
            return file;
        }
        for (PlanFileType t : PlanFileType.values()) {
            if (chosen.getExtensions().equals(List.of("*" + t.suffix()))) {
                String base = file.getFileName().toString().replaceFirst("(?i)\\.(ya?ml|json|md)$", "");
                return PlanFileType.of(file) == t ? file : file.resolveSibling(base + t.suffix());
            }
        }
        return file;
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Save changes to " + documentName + "?",
                "Your changes will be lost if you don't save them.");
        alert.getButtonTypes().setAll(save, dontSave, ButtonType.CANCEL);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? SaveChoice.SAVE : answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public boolean askRecover(String description) {
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Recover unsaved work?", description);
        alert.getButtonTypes().setAll(recover, discard);
        return alert.showAndWait().orElse(discard) == recover;
    }

    @Override
    public void showError(String header, String message) {
        alert(Alert.AlertType.ERROR, header, message).showAndWait();
    }

    @Override
    public void showText(String title, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, null);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.getStyleClass().add(Styles.MONOSPACE_TEXT);
        area.setPrefColumnCount(columnsFor(text));
        area.setPrefRowCount(rowsFor(text));
        alert.getDialogPane().setContent(area);
        alert.setResizable(true);
        alert.showAndWait();
    }

    /** Columns a text view needs for its longest line (plus room for a scroll bar), 30 to 100. */
    static int columnsFor(String text) {
        int longest = text.lines().mapToInt(String::length).max().orElse(0);
        return Math.max(30, Math.min(100, longest + 2));
    }

    /** Rows a text view needs for its lines, 2 to 24 (longer texts scroll). */
    static int rowsFor(String text) {
        return (int) Math.max(2, Math.min(24, text.lines().count() + 1));
    }

    private Alert alert(Alert.AlertType type, String header, String content) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle("Stagecraft");
        alert.setHeaderText(header);
        alert.setContentText(content);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return alert;
    }
}
