package dev.stagecraft.ui;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.ui.render.JavaFxRuntime;
import dev.stagecraft.ui.window.DocumentFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
 * before the toolkit starts, so an unreadable file exits 2 with its file, line and column and no window.
 * Returns when the window is closed.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the editor window on FILE (or on the bundled sample graph).")
public final class OpenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Graph file (stagecraft YAML).")
    Path file;

    @Override
    public Integer call() throws InterruptedException {
        LoadResult loaded;
        try {
            loaded = file == null ? BundledSample.read() : DocumentFiles.read(file);
        } catch (GraphFormatException e) {
            err("stagecraft: " + e.getMessage());
            return 2;
        }
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        JavaFxRuntime.quietClassPathWarning();
        try {
            Platform.startup(() -> {
                try {
                    Stage stage = new Stage();
                    stage.setOnHidden(e -> closed.countDown());
                    new StagecraftApp(file, loaded).start(stage);
                } catch (RuntimeException e) {
                    failed.set(e);
                    closed.countDown();
                }
            });
        } catch (RuntimeException e) {
            err("stagecraft: cannot open a window (" + e.getMessage() + "); is a display available?"
                    + " 'stagecraft render' draws without one.");
            return 2;
        }
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
