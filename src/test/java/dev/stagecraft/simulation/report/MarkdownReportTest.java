package dev.stagecraft.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
    @Test
    void injectedRunHasThePlanTheOutcomeAndTheTimeline() {
        String md = MarkdownReport.write(Reports.injected());
        assertTrue(md.startsWith("# Rollout simulation: "), md);
        for (String section : List.of("## Plan\n", "## Scenario\n", "## Run\n", "### Worst minute\n", "### Timeline\n",
                "### Top failure origins\n", "### Step impact\n")) {
            assertTrue(md.contains(section), section + " in\n" + md);
        }
        assertTrue(md.contains("- **Steps:** 2\n"), md);
        assertTrue(md.contains("- **Waves:** 2\n"), md);
        assertTrue(md.contains("- **Plan minutes:** 30\n"), md);
        assertTrue(md.contains("- **Critical path:** 30 min: db → api\\<&\\>\n"), md);
        assertTrue(md.contains("- **Max parallel:** unlimited\n"), md);
        assertTrue(md.contains("- **Bad versions:** injected api\\<&\\>@1\n"), md);
        assertTrue(md.contains("- **Outcome:** halted\n"), md);
        assertTrue(md.contains("- **Cause:** bad-version\n"), md);
        assertTrue(md.contains("- **Halt minute:** 30\n"), md);
        assertTrue(md.contains("- **Run ends at minute:** 36\n"), md);
        // api (tier 2, w 2) and web in its outage set (tier 1, w 4) at 100% from minute 10 to 36
        assertTrue(md.contains("- **Impact:** 156.00\n"), md);
        assertTrue(md.contains("- **Rollback order:** api\\<&\\>\n"), md);
        assertTrue(md.contains("- **Minute:** 10\n- **Outage:** api\\<&\\>, web\n- **Degraded:** none\n"), md);
        assertTrue(md.contains("| Minute | Event | Step | Traffic | Components |\n| ---: | --- | --- | ---: | --- |\n"), md);
        assertTrue(md.contains("| 30 | gate-fail | api\\<&\\> | 100% | api\\<&\\> |\n"), md);
        assertTrue(md.contains("| 36 | rollback-end | api\\<&\\> | 0% | api\\<&\\> |\n"), md);
        assertTrue(md.contains("| api\\<&\\> | 100.0% | 156.000 |\n"), md);
        assertFalse(md.contains("## Monte Carlo"), "one run has no distribution to show");
    }

    @Test
    void batchHasProbabilitiesPercentilesAndATenRowHistogramOfEveryRun() {
        SimulationReport report = Reports.batch(400, 1);
        String md = MarkdownReport.write(report);
        assertTrue(md.contains("## Monte Carlo: 400 runs\n"), md);
        assertTrue(md.contains(String.format(java.util.Locale.ROOT, "- **P(halt):** %.2f%%\n",
                100 * report.main().batch().haltProbability())), md);
        assertTrue(md.contains("|  | p50 | p90 | p99 | mean |\n"), md);
        assertTrue(md.contains("| Duration (min) | "), md);
        String histogram = md.substring(md.indexOf("### Run durations\n\n```\n") + 24);
        histogram = histogram.substring(0, histogram.indexOf("```"));
        List<String> rows = Arrays.asList(histogram.split("\n"));
        assertEquals(10, rows.size(), histogram);
        int runs = rows.stream().mapToInt(r -> Integer.parseInt(r.replaceAll(".* (\\d+) runs .*", "$1"))).sum();
        assertEquals(400, runs, histogram);
        assertTrue(histogram.contains("█".repeat(MarkdownReport.BAR_WIDTH)), "the fullest bin has the longest bar");
        assertFalse(md.contains("## Run\n"));
    }

    @Test
    void comparisonListsEveryVariantAndItsDifference() {
        String md = MarkdownReport.write(Reports.comparison());
        assertTrue(md.contains("## Comparison\n"), md);
        assertTrue(md.contains("| max-parallel=1 | 30 | "), md);
        assertTrue(md.contains("| max-parallel=0 | 30 | "), md);
        assertTrue(md.contains("| Δ max-parallel=0 | +0 | +0.00 pp | "), md);
    }

    @Test
    void longTimelineIsCutWithACount() {
        String md = MarkdownReport.write(Reports.longTimeline(60));
        long rows = md.lines().filter(l -> l.matches("\\| \\d+ \\| [a-z-]+ \\| .*")).count();
        assertEquals(ReportTables.TIMELINE_ROWS, rows);
        assertTrue(md.matches("(?s).*…and \\d+ more rows not shown\\..*"), md);
    }

    @Test
    void sameReportSameBytes() {
        assertEquals(MarkdownReport.write(Reports.batch(300, 1)), MarkdownReport.write(Reports.batch(300, 2)));
        assertEquals(MarkdownReport.write(Reports.injected()), MarkdownReport.write(Reports.injected()));
    }
}
