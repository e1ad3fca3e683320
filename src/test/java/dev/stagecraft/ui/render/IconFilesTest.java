package dev.stagecraft.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.model.ComponentKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The SVG files under {@code icons/} are the glyphs the app draws. Run with
 * {@code -Dstagecraft.writeIcons=true} to rewrite them after changing a glyph.
 */
class IconFilesTest {
    private static final Path DIR = Path.of("icons");

    @Test
    void iconFilesMatchTheGlyphsTheAppDraws() throws IOException {
        for (ComponentKind k : ComponentKind.values()) {
            check(DIR.resolve(k.id() + ".svg"), Icons.kindSvg(k));
        }
        check(DIR.resolve("stagecraft.svg"), Icons.appSvg());
    }

    private static void check(Path file, String expected) throws IOException {
        if (Boolean.getBoolean("stagecraft.writeIcons")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8), file + " is out of date");
    }
}
