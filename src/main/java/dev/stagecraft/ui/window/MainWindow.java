package dev.stagecraft.ui.window;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.ui.canvas.GraphCanvas;
import dev.stagecraft.ui.command.MoveComponents;
import dev.stagecraft.ui.render.FxTextMeasurer;
import dev.stagecraft.ui.render.Palette;
import dev.stagecraft.ui.render.Theme;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The main window: menu bar, graph canvas, status bar. It wires views to the two view models and turns
 * menu actions into calls on them; the look comes from the theme's style sheet.
 */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    private final Stage stage;
    private final DocumentViewModel document;
    private final AnalysisViewModel analysis;
    private final GraphCanvas canvas;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final Scene scene;

    public MainWindow(Stage stage, DocumentViewModel document) {
        this.stage = stage;
        this.document = document;
        FxTextMeasurer measurer = new FxTextMeasurer();
        analysis = new AnalysisViewModel(document.graphProperty(), measurer);
        canvas = new GraphCanvas(measurer, Palette.of(theme.get()));
        canvas.diagramProperty().bind(analysis.diagramProperty());
        canvas.highlightingProperty().bind(analysis.highlightingProperty());
        canvas.paletteProperty().bind(Bindings.createObjectBinding(() -> Palette.of(theme.get()), theme));
        canvas.setOnComponentClicked(analysis::select);
        canvas.setOnBackgroundClicked(analysis::clearSelection);
        canvas.setOnComponentsMoved(moved -> document.history().execute(new MoveComponents(document.graph(), moved)));
        document.graphProperty().addListener((o, was, now) -> canvas.zoomToFit());

        BorderPane root = new BorderPane();
        root.getStyleClass().add(StyleClasses.MAIN_WINDOW);
        root.setTop(new MainMenu(this).menuBar());
        root.setCenter(canvas);
        root.setBottom(new StatusBar(document, analysis, canvas.viewportProperty()));
        scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                analysis.clearSelection();
            }
        });
        applyTheme();
        theme.addListener((o, was, now) -> applyTheme());
        stage.titleProperty().bind(document.titleProperty());
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        canvas.zoomToFit();
    }

    public DocumentViewModel document() {
        return document;
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Stage stage() {
        return stage;
    }

    /** Opens a file; on failure shows what is wrong and where, and keeps the current document. */
    public boolean open(Path file) {
        LoadResult loaded;
        try {
            loaded = DocumentFiles.read(file);
        } catch (GraphFormatException e) {
            showError("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        }
        document.setDocument(loaded.graph(), file, loaded.findings(), loaded.headerComment());
        return true;
    }

    void chooseAndOpen() {
        FileChooser chooser = chooser("Open graph");
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            open(f.toPath());
        }
    }

    void save() {
        if (document.file() == null) {
            saveAs();
            return;
        }
        write(document.file());
    }

    void saveAs() {
        FileChooser chooser = chooser("Save graph as");
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            write(f.toPath());
        }
    }

    void undo() {
        document.history().undo();
    }

    void redo() {
        document.history().redo();
    }

    void quit() {
        stage.close();
    }

    private void write(Path target) {
        try {
            DocumentFiles.write(document, target);
            document.saved(target);
        } catch (java.io.IOException | RuntimeException e) {
            showError("Cannot save " + target.getFileName(), e.getMessage());
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Stagecraft graph (*.yaml, *.yml)", "*.yaml", "*.yml"));
        Path current = document.file();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        return chooser;
    }

    private void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Stagecraft");
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        alert.showAndWait();
    }

    private void applyTheme() {
        scene.getStylesheets().setAll(theme.get().styleSheet().toExternalForm(),
                MainWindow.class.getResource("/dev/stagecraft/ui/base.css").toExternalForm());
    }
}
