package dev.stagecraft.diagram;

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
            check(DIR.resolve(k.id() + ".svg"), kindSvg(k));
        }
        check(DIR.resolve("stagecraft.svg"), appSvg());
    }

    /** The SVG file of a kind's icon, drawn as the canvas draws it. */
    private static String kindSvg(ComponentKind kind) {
        SvgSurface s = new SvgSurface(Icons.VIEW_BOX, Icons.VIEW_BOX, null);
        Icons.paintKind(s, kind, 0, 0, Icons.VIEW_BOX, Icons.ink());
        return s.toSvg();
    }

    /** The SVG file of the app icon, drawn as the window icon is. */
    private static String appSvg() {
        SvgSurface s = new SvgSurface(Icons.VIEW_BOX, Icons.VIEW_BOX, null);
        Icons.paintApp(s, 0, 0, Icons.VIEW_BOX, Icons.ink(), Icons.accent());
        return s.toSvg();
    }

    private static void check(Path file, String expected) throws IOException {
        if (Boolean.getBoolean("stagecraft.writeIcons")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8), file + " is out of date");
    }
}
