package dev.stagecraft.ui;

import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.ui.document.AnalysisViewModel;
import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.window.LastResortHandler;
import dev.stagecraft.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The editor application. {@link OpenCommand} creates it with the document already read (so a bad file
 * is reported on the command line before any window appears); started by the JavaFX launcher instead,
 * it reads the file named by its first parameter, or opens the bundled sample. Starting installs the
 * {@link LastResortHandler} for exceptions nobody caught.
 */
public final class StagecraftApp extends Application {
    private final Path initialFile;
    private final CompletableFuture<LoadResult> initialDocument;
    private final CompletableFuture<AnalysisViewModel.Prepared> initialPrepared;

    /** For the JavaFX launcher: the document comes from the parameters. */
    public StagecraftApp() {
        this(null, (CompletableFuture<LoadResult>) null);
    }

    /** With a document already read ({@code file} null: the bundled sample). */
    public StagecraftApp(Path file, LoadResult document) {
        this(file, CompletableFuture.completedFuture(document));
    }

    /**
     * With a document still being read ({@code file} null: the bundled sample): the window is built at
     * once and shown when the document arrives; if reading fails the window is never shown.
     */
    public StagecraftApp(Path file, CompletableFuture<LoadResult> document) {
        this(file, document, null);
    }

    /** As above, with the document's analysis and diagram prepared ahead (completed before the document). */
    public StagecraftApp(Path file, CompletableFuture<LoadResult> document,
                         CompletableFuture<AnalysisViewModel.Prepared> prepared) {
        this.initialFile = file;
        this.initialDocument = document;
        this.initialPrepared = prepared;
    }

    @Override
    public void start(Stage stage) {
        DocumentViewModel document = new DocumentViewModel();
        MainWindow window = new MainWindow(stage, document);
        LastResortHandler.forWindow(window).install();
        if (initialDocument == null) {
            List<String> raw = getParameters() == null ? List.of() : getParameters().getRaw();
            if (raw.isEmpty()) {
                BundledSample.load(document);
            } else if (!window.open(Path.of(raw.get(0)))) {
                BundledSample.load(document);
            }
            show(window);
            return;
        }
        // while the document is read: styles and layout of the still empty window
        window.prepareLayout();
        initialDocument.thenAccept(loaded -> Platform.runLater(() -> {
            Throwable notPrepared = null;
            AnalysisViewModel.Prepared ahead = null;
            if (initialPrepared != null) {
                try {
                    ahead = initialPrepared.join();
                    window.analysis().usePrepared(ahead);
                } catch (CompletionException e) {
                    notPrepared = e.getCause();
                }
            }
            document.setDocument(loaded.graph(), initialFile, loaded.findings(), loaded.headerComment(),
                    ahead == null || ahead.graph() != loaded.graph() ? null : ahead.first());
            if (initialFile != null) {
                // opened by argument or by the desktop's file association: File → Open Recent offers it next time
                window.services().recent().add(initialFile);
            }
            show(window);
            if (notPrepared != null) {
                // a bug, not a file problem: the window builds its own view; the last-resort handler reports it
                throw new IllegalStateException("Preparing the view of the document failed", notPrepared);
            }
        }));
    }

    private static void show(MainWindow window) {
        window.show();
        // After this pulse, so the window is drawn before the question appears over it.
        Platform.runLater(window::offerRecovery);
    }
}
