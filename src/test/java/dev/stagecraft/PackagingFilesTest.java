package dev.stagecraft;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The installed app's descriptors agree with what the app writes and reads: every file Stagecraft saves is recognised
 * by the MIME type's content rule (so the file association opens it), and the desktop entry offers that type.
 */
class PackagingFilesTest {
    @Test
    void everySavedGraphMatchesTheMimeTypesMagic() throws Exception {
        String mime = Files.readString(Path.of("packaging/linux/stagecraft-mime.xml"));
        Matcher m = Pattern.compile("<match type=\"string\" value=\"([^\"]+)\" offset=\"0:(\\d+)\"/>").matcher(mime);
        List<String> values = new ArrayList<>();
        int range = 0;
        while (m.find()) {
            values.add(m.group(1).replace("&quot;", "\""));
            range = Integer.parseInt(m.group(2));
        }
        assertTrue(!values.isEmpty() && range > 0, "the MIME type has magic");
        int within = range;
        for (String sample : List.of("shop.yaml", "demo.yaml", "platform-migration.yaml")) {
            Path p = Path.of("sample-graphs", sample);
            String saved = NativeGraphWriter.write(NativeGraphReader.read(p).graph(), null);
            String head = saved.substring(0, Math.min(saved.length(), within + 30));
            assertTrue(values.stream().anyMatch(v -> head.indexOf(v) >= 0 && head.indexOf(v) <= within), sample);
            String original = Files.readString(p);
            String start = original.substring(0, Math.min(original.length(), within + 30));
            assertTrue(values.stream().anyMatch(v -> start.indexOf(v) >= 0 && start.indexOf(v) <= within),
                    "the sample as shipped: " + sample);
        }
    }

    @Test
    void theDesktopEntryOpensStagecraftFilesWithTheLauncher() throws Exception {
        String desktop = Files.readString(Path.of("packaging/stagecraft.desktop"));
        assertTrue(desktop.contains("\nExec=stagecraft %f\n") && desktop.contains("\nIcon=stagecraft\n"), desktop);
        assertTrue(desktop.contains("MimeType=application/x-stagecraft+yaml;"), desktop);
        assertTrue(Files.readString(Path.of("packaging/linux/stagecraft-mime.xml"))
                .contains("<mime-type type=\"application/x-stagecraft+yaml\">"));
        String control = Files.readString(Path.of("packaging/linux/control"));
        assertTrue(control.contains("Version: @VERSION@") && control.contains("Installed-Size: @SIZE@"), control);
        for (int n : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            assertTrue(Files.size(Path.of("packaging/icons/stagecraft-" + n + ".png")) > 100, "icon " + n);
        }
    }
}
