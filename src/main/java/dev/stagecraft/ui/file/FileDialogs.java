package dev.stagecraft.ui.file;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the window asks the user about files. The window gets one of these so tests can answer
 * with a double instead of native file choosers and modal dialogs ({@link FxFileDialogs} is the real one).
 */
public interface FileDialogs {
    /** The user's answer when unsaved changes would be lost. */
    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    /** What a file chooser is for: its title and the file types it offers. */
    enum Purpose { OPEN, SAVE, IMPORT, EXPORT, EXPORT_PLAN, COMPARE, EXPORT_REPORT, POLICY }

    /** Asks for a file to read or write; empty when the user cancels. */
    Optional<Path> chooseFile(Purpose purpose, Path suggested);

    /** Asks whether to save the changes to {@code documentName} first. */
    SaveChoice askSaveChanges(String documentName);

    /** Asks whether to reopen the unsaved work found in a recovery file. */
    boolean askRecover(String description);

    /** Reports an error: a header and the full message (file, line and column when known). */
    void showError(String header, String message);

    /** Shows a longer text (an import report, a comparison) in a read-only, monospace view. */
    void showText(String title, String text);
}
