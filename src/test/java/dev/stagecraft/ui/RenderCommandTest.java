package dev.stagecraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code stagecraft render}: headless pictures, and nothing written when the input is wrong. */
class RenderCommandTest {
    private static final List<String> NAMES = List.of("Web Storefront", "API Gateway", "Checkout", "Auth Service",
            "Authz Cache", "Orders DB", "Payment Provider", "Order Events");

    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();

    private int render(String... args) {
        CommandLine cl = new CommandLine(new RenderCommand());
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static String sample(String name) throws URISyntaxException {
        return Path.of(RenderCommandTest.class.getResource("/ui/" + name).toURI()).toString();
    }

    @Test
    void writesAPngOfTheRequestedWidth() throws Exception {
        Path out = dir.resolve("shop.png");
        assertEquals(0, render(sample("shop.yaml"), "-o", out.toString(), "--width", "900",
                "--highlight", "blast:auth", "--theme", "dark"), err.toString());
        BufferedImage image = ImageIO.read(out.toFile());
        assertNotNull(image, "a PNG ImageIO can read");
        assertEquals(900, image.getWidth());
        assertTrue(image.getHeight() > 200, "height follows the graph: " + image.getHeight());
    }

    @Test
    void writesAnSvgWithEveryComponentNameAsText() throws Exception {
        Path out = dir.resolve("shop.svg");
        assertEquals(0, render(sample("shop.yaml"), "-o", out.toString(), "--highlight", "critical"), err.toString());
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml") && svg.contains("<svg"), "an SVG document");
        List<String> texts = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text[^>]*>(.*?)</text>").matcher(svg);
        while (m.find()) {
            texts.add(m.group(1).replaceAll("<[^>]+>", ""));
        }
        for (String name : NAMES) {
            assertTrue(texts.contains(name), "a <text> for " + name + " in " + texts);
        }
    }

    @Test
    void everyHighlightRenders() throws Exception {
        for (String h : List.of("none", "waves", "cycles", "critical", "blast:checkout")) {
            Path out = dir.resolve(h.replace(':', '-') + ".png");
            assertEquals(0, render(sample("shop.yaml"), "-o", out.toString(), "--highlight", h), err.toString());
            assertTrue(Files.size(out) > 1000, h);
        }
    }

    @Test
    void missingFileIsExit2AndNoOutput() {
        Path out = dir.resolve("x.png");
        assertEquals(2, render(dir.resolve("nope.yaml").toString(), "-o", out.toString()));
        assertTrue(err.toString().contains("nope.yaml"), err.toString());
        assertNothingWritten();
    }

    @Test
    void badYamlIsExit2NamingTheLineAndNoOutput() throws Exception {
        Path out = dir.resolve("x.svg");
        assertEquals(2, render(sample("broken.yaml"), "-o", out.toString()));
        assertTrue(err.toString().contains("broken.yaml:"), "names the file and place: " + err);
        assertNothingWritten();
    }

    @Test
    void unknownHighlightIsExit2() throws Exception {
        assertEquals(2, render(sample("shop.yaml"), "-o", dir.resolve("x.png").toString(), "--highlight", "rainbow"));
        assertTrue(err.toString().contains("unknown highlight 'rainbow'"), err.toString());
        assertNothingWritten();
    }

    @Test
    void blastOfAnUnknownComponentIsExit2() throws Exception {
        assertEquals(2, render(sample("shop.yaml"), "-o", dir.resolve("x.png").toString(), "--highlight", "blast:ghost"));
        assertTrue(err.toString().contains("no component 'ghost'"), err.toString());
        assertNothingWritten();
    }

    @Test
    void unknownOutputFormatIsExit2() throws Exception {
        assertEquals(2, render(sample("shop.yaml"), "-o", dir.resolve("x.gif").toString()));
        assertTrue(err.toString().contains(".png or .svg"), err.toString());
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        try (var files = Files.list(dir)) {
            assertFalse(files.findAny().isPresent(), "no file, not even a temporary one");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
