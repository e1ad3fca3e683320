package dev.stagecraft.diagram.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.diagram.FixedWidthMeasurer;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Palette.Token;
import dev.stagecraft.diagram.SvgSurface;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The timeline painted as SVG: bars, stages, labels, marks, and only the rows in view. */
class TimelinePainterTest {
    private static final Palette LIGHT = Palette.of(Theme.LIGHT);
    private final FixedWidthMeasurer measurer = new FixedWidthMeasurer();
    private final TimelineLayout shop = TimelineLayoutTest.layoutOf(TimelineLayoutTest.shop(), PlanOptions.defaults());

    private String svg(TimelineLayout l, TimelineFrame f, TimelineMarks marks) {
        SvgSurface s = new SvgSurface(f.width(), f.height(), measurer);
        new TimelinePainter(LIGHT).paint(s, l, f, marks);
        return s.toSvg();
    }

    private static List<String> texts(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*>(.*?)</text>").matcher(svg);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyStepHasItsNameAndItsStagesInItsWaveColour() {
        TimelineFrame f = TimelineFrame.fit(shop, measurer, 1600, 600, 0, 14);
        String svg = svg(shop, f, TimelineMarks.NONE);
        List<String> texts = texts(svg);
        for (int row = 0; row < shop.rowCount(); row++) {
            assertTrue(texts.contains(shop.step(row).id()), shop.step(row).id() + " in " + texts);
            String fill = LIGHT.wave(shop.colourWave(row)).hex();
            assertTrue(svg.contains("fill=\"" + fill + "\""), "a bar in " + fill);
        }
        assertTrue(texts.contains("P0") && texts.contains("P3"), "a tag per wave of the plan, P not W: the colours are the map's waves");
        assertTrue(texts.contains("1%") && texts.contains("100%"), "stage percentages: " + texts);
        assertTrue(texts.contains("critical path of the plan"));
        assertTrue(svg.contains("stroke=\"" + LIGHT.get(Token.CRITICAL).hex() + "\""), "the critical path is outlined");
        assertFalse(texts.stream().anyMatch(t -> t.endsWith(" min")), "no playhead without a minute");
    }

    @Test
    void aStagesBarEndsAtItsGateMinute() {
        TimelineFrame f = TimelineFrame.fit(shop, measurer, 1600, 600, 0, 14);
        String svg = svg(shop, f, TimelineMarks.NONE);
        int row = shop.rowOf("web-gateway");
        int last = shop.stageCount(row) - 1;
        double x0 = f.xOf(shop.bakeStart(row, last));
        double w = f.xOf(shop.stageEnd(row, last)) - x0;
        String bake = "M" + num(x0) + " " + num(f.barTop(row)) + "h" + num(w);
        assertTrue(svg.contains(bake), "the last bake part of web-gateway: " + bake);
    }

    /** As the SVG writes numbers: two decimals at most, no trailing zeros. */
    private static String num(double v) {
        long r = Math.round(v * 100);
        return r % 100 == 0 ? Long.toString(r / 100)
                : String.format(java.util.Locale.ROOT, "%.2f", r / 100.0).replaceAll("0+$", "");
    }

    @Test
    void selectionAndPlayheadAreDrawn() {
        TimelineFrame f = TimelineFrame.fit(shop, measurer, 1600, 600, 0, 14);
        BitSet selected = new BitSet();
        selected.set(shop.rowOf("pricing"));
        String svg = svg(shop, f, new TimelineMarks(selected, shop.rowOf("web-gateway"), -1, 45));
        assertTrue(texts(svg).contains("45 min"), "the playhead's minute");
        assertTrue(svg.contains("stroke=\"" + LIGHT.get(Token.SELECTED).hex() + "\" stroke-width=\"3\""));
        String plain = svg(shop, f, TimelineMarks.NONE);
        assertTrue(svg.length() > plain.length() + 200, "hover links, selection and playhead add drawing");
    }

    @Test
    void aLargePlanPaintsOnlyTheRowsInView() {
        TimelineLayout big = TimelineLayoutTest.layoutOf(GraphGenerator.generate(3_000, 9_000, 3), PlanOptions.defaults());
        assertTrue(big.rowCount() > 200, big.rowCount() + " rows");
        TimelineFrame f = TimelineFrame.fit(big, measurer, 1200, 400, 0, 14).withScrollY(100 * 25.0);
        List<String> texts = texts(svg(big, f, TimelineMarks.NONE));
        int first = f.firstVisibleRow();
        int end = f.endVisibleRow(big.rowCount());
        assertTrue(end - first < 20, (end - first) + " rows in view");
        assertTrue(texts.contains(big.step(first).id()));
        assertFalse(texts.contains(big.step(end + 5).id()), "a row out of view is not painted");
        assertTrue(texts.size() < 200, texts.size() + " labels for " + big.rowCount() + " steps");
    }

    @Test
    void theExportHasATitleTheSummaryAndEveryRow() {
        TimelineFrame f = TimelineExport.frame(shop, measurer, 1400);
        String svg = TimelineExport.toSvg(shop, new TimelinePainter(LIGHT), measurer, f);
        List<String> texts = texts(svg);
        assertTrue(texts.contains("Rollout timeline \u00b7 shop-rollout"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("6 steps in 4 plan waves")), texts.toString());
        assertEquals(shop.rowCount(), f.endVisibleRow(shop.rowCount()), "every row fits");
    }

    /**
     * The capacity bands never hide the rows: in a short view they are pinned over at most half the rows' height
     * (none when not even one fits), and at full scroll they sit under the last row.
     */
    @Test
    void capacityBandsTakeAtMostHalfTheRowsAndSitUnderTheLastRow() throws Exception {
        dev.stagecraft.model.ServiceGraph g = dev.stagecraft.io.nativeyaml.NativeGraphReader.read(
                java.nio.file.Files.readString(java.nio.file.Path.of("sample-graphs/platform-migration.yaml")),
                "platform-migration.yaml").graph();
        TimelineLayout l = TimelineLayoutTest.layoutOf(g, PlanOptions.defaults());
        assertEquals(2, l.usage().size());
        TimelineFrame tall = TimelineFrame.fit(l, measurer, 1200, 800, 0, 14);
        assertEquals(2 * (TimelinePainter.USAGE_BAND + 6) + 6, TimelinePainter.footerHeight(l));
        TimelineFrame shortFrame = tall.withSize(1200, tall.rowsTop() + 150);
        assertEquals(0, TimelinePainter.pinnedBands(l, shortFrame), "a 150 px view keeps its rows");
        assertFalse(texts(svg(l, shortFrame, TimelineMarks.NONE)).stream().anyMatch(t -> t.contains("peak")));
        TimelineFrame middle = tall.withSize(1200, tall.rowsTop() + 200);
        assertEquals(1, TimelinePainter.pinnedBands(l, middle));
        assertTrue(texts(svg(l, tall, TimelineMarks.NONE)).containsAll(List.of("prod-cluster cpu: peak 18 of 24",
                "prod-cluster memoryGi: peak 52 of 96")), "under the rows when there is room");
    }
}
