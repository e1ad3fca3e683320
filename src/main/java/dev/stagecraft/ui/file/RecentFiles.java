package dev.stagecraft.ui.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The most recently opened or saved files, newest first, at most {@link #LIMIT}, kept in a
 * {@link Preferences} node so the list outlives the process. The node is passed in (tests use their own).
 */
public final class RecentFiles {
    public static final int LIMIT = 10;
    private static final String KEY = "recent.";

    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Preferences node) {
        this.node = node;
        for (int i = 0; i < LIMIT; i++) {
            String value = node.get(KEY + i, null);
            if (value != null) {
                files.add(Path.of(value));
            }
        }
    }

    /** The application's own node under the user's preferences (a separate one when a test build runs). */
    public static RecentFiles forUser() {
        boolean testBuild = System.getProperty(RecoveryStore.CONFIG_DIR_PROPERTY) != null;
        return new RecentFiles(Preferences.userRoot().node(testBuild ? "dev/stagecraft/test/recent" : "dev/stagecraft/recent"));
    }

    /** Newest first; read-only for views. */
    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    /** Moves {@code file} to the front. */
    public void add(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(normal);
        next.add(0, normal);
        while (next.size() > LIMIT) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        store();
    }

    /** Forgets a file (it could not be opened any more). */
    public void remove(Path file) {
        if (files.remove(file)) {
            store();
        }
    }

    private void store() {
        for (int i = 0; i < LIMIT; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
    }
}
