package dev.stagecraft.ui;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.ui.render.FxTextMeasurer;
import dev.stagecraft.ui.render.JavaFxRuntime;
import dev.stagecraft.ui.task.DaemonThreads;
import dev.stagecraft.ui.document.AnalysisViewModel;
import dev.stagecraft.ui.document.DocumentFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stagecraft open [FILE]}: the editor window, on FILE or on the bundled sample. The file is read
 * while the toolkit starts and the window is built (for a 20,000-component file that overlap saves about
 * 0.7 s); the window is shown only once the file is read, so an unreadable file exits 2 with its file,
 * line and column and no window ever appears. Returns when the window is closed.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the editor window on FILE (or on the bundled sample graph).")
public final class OpenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Graph file (stagecraft YAML).")
    Path file;

    /**
     * The window on {@code file} (the bundled sample for {@code null}) without the command line: what the launcher
     * runs for no arguments or a lone file (building picocli's model first cost a tenth of a second of start-up).
     *
     * @return the exit code, 0 once the window is closed
     */
    public static int window(Path file) throws InterruptedException {
        OpenCommand open = new OpenCommand();
        open.file = file;
        return open.call();
    }

    @Override
    public Integer call() throws InterruptedException {
        CompletableFuture<LoadResult> document = new CompletableFuture<>();
        CompletableFuture<AnalysisViewModel.Prepared> prepared = new CompletableFuture<>();
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        RuntimeException noWindow = null;
        JavaFxRuntime.quietClassPathWarning();
        try {
            // The toolkit starts and the window is built while this thread reads the file.
            Platform.startup(() -> {
                try {
                    Stage stage = new Stage();
                    stage.setOnHidden(e -> closed.countDown());
                    new StagecraftApp(file, document, prepared).start(stage);
                } catch (RuntimeException e) {
                    failed.set(e);
                    closed.countDown();
                }
            });
        } catch (RuntimeException e) {
            noWindow = e;
        }
        LoadResult loaded;
        try {
            loaded = file == null ? BundledSample.read() : DocumentFiles.read(file);
        } catch (GraphFormatException e) {
            err("stagecraft: " + e.getMessage());
            document.completeExceptionally(e);
            Platform.exit();
            return 2;
        }
        if (noWindow != null) {
            err("stagecraft: cannot open a window (" + noWindow.getMessage() + "); is a display available?"
                    + " 'stagecraft render' draws without one.");
            return 2;
        }
        // the diagram (text measured with the window's fonts) and the analysis, still off the JavaFX thread
        // (a failure here is a bug: the window is still shown, builds its own view and reports it)
        try {
            prepared.complete(AnalysisViewModel.prepare(loaded.graph(), new FxTextMeasurer(),
                    new DaemonThreads("spatial index")));
        } catch (RuntimeException e) {
            prepared.completeExceptionally(e);
        }
        document.complete(loaded);
        closed.await();
        Platform.exit();
        if (failed.get() != null) {
            throw failed.get();
        }
        return 0;
    }

    private void err(String message) {
        if (spec != null) {
            spec.commandLine().getErr().println(message);
        } else {
            System.err.println(message);
        }
    }
}
