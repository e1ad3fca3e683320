package dev.stagecraft.ui.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.GraphPainter;
import dev.stagecraft.diagram.Highlight;
import dev.stagecraft.diagram.HighlightAnalysis;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The window's edges are drawn once and their pixels reused while the same edges come again: a reused picture is
 * pixel for pixel the one a fresh surface paints, and a changed edge (a moved component) is drawn anew.
 */
class RepeatableBatchesTest {
    private static final int W = 640;
    private static final int H = 400;

    @BeforeAll
    static void toolkit() {
        JavaFxRuntime.startHeadless();
    }

    @Test
    void aLargeHairlineBatchDrawnByTwoThreadsIsThePictureOneThreadDraws() {
        java.util.Random random = new java.util.Random(3);
        int lines = RepeatableBatches.SHARED_HAIRLINES * 5 + 17;
        double[] first = new double[lines * 4];
        double[] second = new double[1000 * 4];
        for (int i = 0; i < first.length; i++) {
            first[i] = random.nextDouble() * 1500 - 100;
        }
        for (int i = 0; i < second.length; i++) {
            second[i] = random.nextDouble() * 900;
        }
        int[] shared = new int[W * H];
        PixelRaster raster = new PixelRaster();
        raster.target(shared, W, H);
        RepeatableBatches batches = new RepeatableBatches();
        batches.begin(true);
        batches.hairlines(first, lines, 0xff336699, 0.5, 3.25, -7.5);
        batches.hairlines(second, 1000, 0xffcc3300, 0.5, 3.25, -7.5);
        batches.hairlines(first, lines, 0xff00aa00, 0.4, 10, 5);
        batches.end(raster, shared, W, H);

        int[] alone = new int[W * H];
        PixelRaster one = new PixelRaster();
        one.target(alone, W, H);
        one.hairlines(first, lines, 0xff336699, 0.5, 3.25, -7.5);
        one.hairlines(second, 1000, 0xffcc3300, 0.5, 3.25, -7.5);
        one.hairlines(first, lines, 0xff00aa00, 0.4, 10, 5);
        assertArrayEquals(alone, shared, "the same pixels, in the same batch order");
        assertEquals(one.top(), raster.top());
        assertEquals(one.bottom(), raster.bottom());
        assertEquals(one.left(), raster.left());
        assertEquals(one.right(), raster.right());
    }

    @Test
    void theSameEdgesAreReusedAndLookTheSameAsDrawnAnew() throws Exception {
        JavaFxRuntime.onFxThread(() -> {
            for (double zoom : new double[] {1, 12}) {
                ServiceGraph g = GraphGenerator.generate(400, 1200, 7);
                Diagram d = new Diagram(g, new FxTextMeasurer(), (diagram, placed) -> { });
                Viewport v = around(d, zoom);
                Canvas window = new Canvas(W, H);
                FxSurface kept = FxSurface.onScreen(window.getGraphicsContext2D(), new FxTextMeasurer());
                GraphPainter painter = new GraphPainter(Palette.of(Theme.LIGHT));
                Highlighting none = highlighting(g);
                painter.paint(kept, d, none, v, GraphPainter.Detail.AUTO, true);
                assertEquals(0, kept.repeatsReused(), "the first picture draws its edges");

                // an edit that changes no edge: another colour for one component (its tier)
                Component first = g.components().iterator().next();
                g.replaceComponent(first.id(), first.withTier(first.tier() == null ? 0 : (first.tier() + 1) % 4));
                Diagram tiered = new Diagram(g, new FxTextMeasurer(), (diagram, placed) -> { }, Runnable::run, d);
                painter.paint(kept, tiered, highlighting(g), v, GraphPainter.Detail.AUTO, true);
                assertEquals(1, kept.repeatsReused(), "the same edges are reused at zoom " + zoom);
                assertArrayEquals(fresh(tiered, highlighting(g), v), pixels(window), "reused = drawn anew");

                // a move changes edges: drawn anew, and still the right picture
                Component connected = g.component(g.dependencies().iterator().next().from()).orElseThrow();
                g.replaceComponent(connected.id(), connected.withPosition(new Position(connected.position().x() + 30,
                        connected.position().y() + 20)));
                Diagram moved = new Diagram(g, new FxTextMeasurer(), (diagram, placed) -> { }, Runnable::run, tiered);
                painter.paint(kept, moved, highlighting(g), v, GraphPainter.Detail.AUTO, true);
                assertEquals(1, kept.repeatsReused(), "a moved component's edges are drawn anew");
                assertArrayEquals(fresh(moved, highlighting(g), v), pixels(window));
            }
            return null;
        });
    }

    private static Highlighting highlighting(ServiceGraph g) {
        return new HighlightAnalysis(g.snapshot()).compute(Highlight.NONE);
    }

    /** A viewport on the middle of the diagram: at zoom 1 all of it fits (hairlines), at 12 a part (shapes). */
    private static Viewport around(Diagram d, double zoom) {
        Viewport.Bounds b = d.bounds();
        double scale = Math.min(W / b.width(), H / b.height()) * zoom;
        double cx = (b.minX() + b.maxX()) / 2;
        double cy = (b.minY() + b.maxY()) / 2;
        return new Viewport(scale, W / 2.0 - cx * scale, H / 2.0 - cy * scale, W, H);
    }

    private static int[] fresh(Diagram d, Highlighting h, Viewport v) {
        Canvas c = new Canvas(W, H);
        FxSurface s = FxSurface.onScreen(c.getGraphicsContext2D(), new FxTextMeasurer());
        new GraphPainter(Palette.of(Theme.LIGHT)).paint(s, d, h, v, GraphPainter.Detail.AUTO, true);
        return pixels(c);
    }

    private static int[] pixels(Canvas c) {
        WritableImage image = c.snapshot(null, null);
        int[] out = new int[W * H];
        image.getPixelReader().getPixels(0, 0, W, H, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 0, W);
        return out;
    }
}
