package dev.stagecraft.ui.file;

import dev.stagecraft.ui.style.Styles;
import java.io.File;
import java.nio.file.Path;
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
        });
        FileChooser.ExtensionFilter nativeYaml = new FileChooser.ExtensionFilter("Stagecraft graph (*.yaml, *.yml)", "*.yaml", "*.yml");
        switch (purpose) {
            case OPEN, SAVE -> chooser.getExtensionFilters().add(nativeYaml);
            case IMPORT, COMPARE -> chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Graph files", "*.yaml", "*.yml", "*.dot", "*.gv", "*.graphml",
                            "*.json", "*.csv"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            case EXPORT -> chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("PNG picture", "*.png"),
                    new FileChooser.ExtensionFilter("SVG picture", "*.svg"),
                    new FileChooser.ExtensionFilter("Graphviz DOT", "*.dot"),
                    new FileChooser.ExtensionFilter("GraphML (yEd)", "*.graphml"),
                    new FileChooser.ExtensionFilter("JSON", "*.json"),
                    new FileChooser.ExtensionFilter("CSV edge list", "*.csv"));
            case EXPORT_PLAN -> chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Plan YAML", "*.yaml", "*.yml"),
                    new FileChooser.ExtensionFilter("Plan JSON", "*.json"));
        }
        if (suggested != null) {
            Path abs = suggested.toAbsolutePath();
            if (abs.getParent() != null && abs.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(abs.getParent().toFile());
            }
            chooser.setInitialFileName(abs.getFileName().toString());
        }
        boolean saving = purpose == Purpose.SAVE || purpose == Purpose.EXPORT || purpose == Purpose.EXPORT_PLAN;
        File f = saving ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
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
        area.setPrefColumnCount(90);
        area.setPrefRowCount(24);
        alert.getDialogPane().setContent(area);
        alert.setResizable(true);
        alert.showAndWait();
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
