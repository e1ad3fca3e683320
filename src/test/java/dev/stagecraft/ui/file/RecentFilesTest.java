package dev.stagecraft.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    private final Preferences node = Preferences.userRoot().node("dev/stagecraft/test/" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void newestComesFirstWithoutDuplicatesAndSurvivesARestart() {
        RecentFiles recent = new RecentFiles(node);
        Path a = Path.of("/tmp/a.yaml");
        Path b = Path.of("/tmp/b.yaml");
        recent.add(a);
        recent.add(b);
        recent.add(a);
        assertEquals(List.of(a, b), recent.files());
        assertEquals(List.of(a, b), new RecentFiles(node).files());
    }

    @Test
    void keepsAtMostTheLimit() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 0; i < RecentFiles.LIMIT + 3; i++) {
            recent.add(Path.of("/tmp/g" + i + ".yaml"));
        }
        assertEquals(RecentFiles.LIMIT, recent.files().size());
        assertEquals(Path.of("/tmp/g" + (RecentFiles.LIMIT + 2) + ".yaml"), recent.files().get(0));
    }
}
