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

    /** The bundled sample with several changing components, so its plan has a few steps in several waves. */
    private static final String SHOP_SAMPLE = Path.of("sample-graphs/shop.yaml").toString();

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
    void timelineSvgHasEveryStepOfThePlanAsText() throws Exception {
        Path out = dir.resolve("plan.svg");
        assertEquals(0, render(SHOP_SAMPLE, "--timeline", "-o", out.toString()), err.toString());
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        List<String> texts = texts(svg);
        var graph = dev.stagecraft.io.nativeyaml.NativeGraphReader.read(Path.of(SHOP_SAMPLE)).graph();
        var plan = new dev.stagecraft.plan.PlanBuilder(graph, dev.stagecraft.plan.PlanOptions.defaults()).build();
        assertTrue(plan.steps().size() > 2);
        for (var step : plan.steps()) {
            assertTrue(texts.contains(step.id()), "a <text> for step " + step.id() + " in " + texts);
        }
        assertTrue(texts.contains("critical path of the plan"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith(plan.summary().steps() + " steps in ")), texts.toString());
    }

    @Test
    void timelinePngFollowsTheMaxParallelSetting() throws Exception {
        Path one = dir.resolve("one.svg");
        assertEquals(0, render(SHOP_SAMPLE, "--timeline", "--max-parallel", "1", "-o", one.toString()), err.toString());
        assertTrue(texts(Files.readString(one)).stream().anyMatch(t -> t.contains("at most 1 at once")));
        Path png = dir.resolve("plan.png");
        assertEquals(0, render(SHOP_SAMPLE, "--timeline", "--theme", "dark", "--width", "1000", "-o",
                png.toString()), err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertTrue(image.getHeight() > 150 && image.getHeight() < 1000, "as tall as its rows: " + image.getHeight());
    }

    @Test
    void timelineWithAHighlightOrMaxParallelWithoutTimelineIsExit2() throws Exception {
        assertEquals(2, render(SHOP_SAMPLE, "--timeline", "--highlight", "waves", "-o", dir.resolve("x.svg").toString()));
        assertTrue(err.toString().contains("give one of them"), err.toString());
        assertEquals(2, render(SHOP_SAMPLE, "--max-parallel", "2", "-o", dir.resolve("x.svg").toString()));
        assertTrue(err.toString().contains("it goes with --timeline"), err.toString());
        assertEquals(2, render(SHOP_SAMPLE, "--timeline", "--max-parallel", "-1", "-o", dir.resolve("x.svg").toString()));
        assertTrue(err.toString().contains("0 (unlimited) or more"), err.toString());
        assertNothingWritten();
    }

    private static List<String> texts(String svg) {
        List<String> texts = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text[^>]*>(.*?)</text>").matcher(svg);
        while (m.find()) {
            texts.add(m.group(1).replaceAll("<[^>]+>", ""));
        }
        return texts;
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
