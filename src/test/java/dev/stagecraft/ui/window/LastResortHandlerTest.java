package dev.stagecraft.ui.window;

import dev.stagecraft.ui.document.DocumentViewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.ui.TestGraphs;
import dev.stagecraft.ui.file.RecentFiles;
import dev.stagecraft.ui.file.RecoveryStore;
import dev.stagecraft.ui.file.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A bug in an event handler: the work is written aside first, then a dialog says where, details folded. */
@ExtendWith(ApplicationExtension.class)
class LastResortHandlerTest {
    private MainWindow window;
    private LastResortHandler handler;
    private Path recoveryDir;
    private Preferences prefs;

    @Start
    void start(Stage stage) throws Exception {
        prefs = Preferences.userRoot().node("dev/stagecraft/test/" + UUID.randomUUID());
        recoveryDir = Files.createTempDirectory("stagecraft-last-resort-test").resolve("recovery");
        WindowServices services = new WindowServices(new ScriptedDialogs(), new RecentFiles(prefs),
                new RecoveryStore(recoveryDir), Duration.hours(1));
        DocumentViewModel document = new DocumentViewModel();
        document.setDocument(TestGraphs.shop(true), null, List.of(), null);
        window = new MainWindow(stage, document, services);
        handler = LastResortHandler.forWindow(window).install();
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F12) {
                throw new IllegalStateException("a bug in a key handler");
            }
        });
        window.show();
    }

    @AfterEach
    void restore(FxRobot robot) throws Exception {
        robot.interact(() -> {
            handler.uninstall();
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane) {
                    w.hide();
                }
            }
        });
        prefs.removeNode();
    }

    @Test
    void anExceptionInAnEventHandlerSavesTheWorkAndShowsWhereWithTheStackTraceFolded(FxRobot robot)
            throws Exception {
        robot.clickOn(window.canvas());
        robot.type(KeyCode.F12);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#last-resort-dialog").queryAll().isEmpty());
        DialogPane pane = robot.lookup("#last-resort-dialog").queryAs(DialogPane.class);

        List<Path> written;
        try (Stream<Path> files = Files.list(recoveryDir)) {
            written = files.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        assertEquals(1, written.size(), "one recovery file");
        Path saved = written.get(0);
        assertTrue(pane.getContentText().contains("Your work was saved to " + saved), pane.getContentText());
        assertTrue(pane.getHeaderText().contains("a bug in a key handler"), pane.getHeaderText());
        assertTrue(NativeGraphReader.read(saved).graph().sameContentAs(window.document().graph()),
                "the recovery file holds the open graph");
        TextArea details = (TextArea) pane.getExpandableContent();
        assertTrue(details.getText().contains("IllegalStateException: a bug in a key handler"));
        assertTrue(!pane.isExpanded(), "the details start folded away");
    }

    @Test
    void aSecondExceptionWhileTheDialogIsOpenOnlyLogs(FxRobot robot) throws Exception {
        robot.clickOn(window.canvas());
        robot.type(KeyCode.F12);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#last-resort-dialog").queryAll().isEmpty());
        robot.interact(() -> handler.uncaughtException(Thread.currentThread(), new IllegalStateException("again")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#last-resort-dialog").queryAll().size(), "one dialog, not a second");
    }

    @Test
    void withNoWindowOnScreenNoDialogIsShownButTheWorkIsStillSaved(FxRobot robot) {
        Path[] saved = new Path[1];
        robot.interact(() -> new LastResortHandler(new Stage(), () -> saved[0] = window.saveRecovery())
                .uncaughtException(Thread.currentThread(), new IllegalStateException("no window")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(saved[0]));
        assertTrue(robot.lookup("#last-resort-dialog").queryAll().isEmpty());
    }
}
