package dev.stagecraft.ui;

import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.ui.window.DocumentViewModel;
import dev.stagecraft.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The editor application. {@link OpenCommand} creates it with the document already read (so a bad file
 * is reported on the command line before any window appears); started by the JavaFX launcher instead,
 * it reads the file named by its first parameter, or opens the bundled sample.
 */
public final class StagecraftApp extends Application {
    private final Path initialFile;
    private final LoadResult initialDocument;

    /** For the JavaFX launcher: the document comes from the parameters. */
    public StagecraftApp() {
        this(null, null);
    }

    /** With a document already read ({@code file} null: the bundled sample). */
    public StagecraftApp(Path file, LoadResult document) {
        this.initialFile = file;
        this.initialDocument = document;
    }

    @Override
    public void start(Stage stage) {
        DocumentViewModel document = new DocumentViewModel();
        MainWindow window = new MainWindow(stage, document);
        if (initialDocument != null) {
            document.setDocument(initialDocument.graph(), initialFile, initialDocument.findings(),
                    initialDocument.headerComment());
        } else {
            List<String> raw = getParameters() == null ? List.of() : getParameters().getRaw();
            if (raw.isEmpty()) {
                BundledSample.load(document);
            } else if (!window.open(Path.of(raw.get(0)))) {
                BundledSample.load(document);
            }
        }
        window.show();
        // After start returns, so the window is drawn before the question appears over it.
        javafx.application.Platform.runLater(window::offerRecovery);
    }
}
