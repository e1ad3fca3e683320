package dev.stagecraft.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class HtmlReportTest {
    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void assertOffline(String html) {
        assertFalse(html.contains("http://"), "no http resource");
        assertFalse(html.contains("https://"), "no https resource");
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), "no script");
        assertFalse(html.contains("@import") || html.contains("url("), "no CSS fetching anything");
    }

    @Test
    void injectedRunIsWellFormedOfflineWithATimelineAndAnOriginsChart() throws Exception {
        String html = HtmlReport.write(Reports.injected());
        Document doc = parse(html);
        assertEquals("html", doc.getDocumentElement().getTagName());
        assertOffline(html);
        assertEquals(2, count(html, "<svg"), "the run's Gantt and the origins' bars");
        assertEquals(doc.getElementsByTagName("svg").getLength(), count(html, "<svg"));
        assertTrue(html.contains("<dt>Halt minute</dt><dd>30</dd>"), html);
        assertTrue(html.contains("<dt>Impact</dt><dd>156.00</dd>"), html);
        assertTrue(html.contains("halt, minute 30"), "the halt line is labelled");
        assertTrue(html.contains("minutes from the start of the rollout"), "the time axis has its unit");
    }

    @Test
    void componentIdsAreEscapedEverywhere() throws Exception {
        String html = HtmlReport.write(Reports.injected());
        assertTrue(html.contains("api&lt;&amp;&gt;"), html);
        assertFalse(html.contains("api<&>"), "raw id in the markup");
        // the parser gives the id back as text, in the timeline table and in the charts
        NodeList cells = parse(html).getElementsByTagName("td");
        boolean found = false;
        for (int i = 0; i < cells.getLength(); i++) {
            found |= cells.item(i).getTextContent().equals(Reports.API);
        }
        assertTrue(found);
        NodeList texts = parse(html).getElementsByTagName("text");
        boolean labelled = false;
        for (int i = 0; i < texts.getLength(); i++) {
            labelled |= texts.item(i).getTextContent().equals(Reports.API);
        }
        assertTrue(labelled, "a chart labels the step by its id");
    }

    @Test
    void batchHasHistogramsOfDurationAndImpactAndTheOrigins() throws Exception {
        String html = HtmlReport.write(Reports.batch(400, 1));
        parse(html);
        assertOffline(html);
        assertEquals(3, count(html, "<svg"), "durations, impact, origins");
        assertTrue(html.contains("run duration (minutes)"));
        assertTrue(html.contains("% of runs"));
        assertTrue(html.contains("<h2>Monte Carlo: 400 runs</h2>"));
    }

    @Test
    void comparisonDrawsEveryVariantInTheSameCharts() throws Exception {
        SimulationReport report = Reports.comparison();
        String html = HtmlReport.write(report);
        parse(html);
        assertOffline(html);
        assertEquals(3, count(html, "<svg"), "one chart per quantity, variants side by side in it");
        assertTrue(html.contains("<h2>Comparison</h2>"));
        assertTrue(html.contains("<tr class=\"diff\"><td>Δ max-parallel=0</td>"), html);
        assertTrue(count(html, "class=\"bar s1\"") > 0, "the second variant's bars");
    }

    @Test
    void longTimelineStaysWellFormed() throws Exception {
        String html = HtmlReport.write(Reports.longTimeline(60));
        parse(html);
        assertTrue(html.contains("more rows not shown"));
    }

    @Test
    void sameReportSameBytesWhateverTheThreads() {
        SimulationReport one = Reports.batch(300, 1);
        SimulationReport two = Reports.batch(300, 2);
        assertEquals(300, one.main().batch().durationHistogram().total());
        assertEquals(300, one.main().batch().impactHistogram().total());
        assertEquals(HtmlReport.write(one), HtmlReport.write(two));
        assertEquals(HtmlReport.write(Reports.injected()), HtmlReport.write(Reports.injected()));
    }
}
