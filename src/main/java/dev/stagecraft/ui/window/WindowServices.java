package dev.stagecraft.ui.window;

import dev.stagecraft.ui.file.Autosave;
import dev.stagecraft.ui.file.FileDialogs;
import dev.stagecraft.ui.file.FxFileDialogs;
import dev.stagecraft.ui.file.RecentFiles;
import dev.stagecraft.ui.file.RecoveryStore;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * What the window needs from outside: the dialogs it asks questions with, where recent files and
 * recovery copies are kept, and how often unsaved work is written aside. Tests pass doubles and a
 * temporary directory; {@link #forUser} is the real thing.
 */
public record WindowServices(FileDialogs dialogs, RecentFiles recent, RecoveryStore recovery, Duration autosaveInterval) {
    public static WindowServices forUser(Stage stage) {
        return new WindowServices(new FxFileDialogs(stage), RecentFiles.forUser(),
                new RecoveryStore(RecoveryStore.defaultDirectory()), Autosave.DEFAULT_INTERVAL);
    }
}
