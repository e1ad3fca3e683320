package dev.stagecraft.ui;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.diagram.timeline.TimelineExport;
import dev.stagecraft.diagram.timeline.TimelineFrame;
import dev.stagecraft.diagram.timeline.TimelineLayout;
import dev.stagecraft.diagram.timeline.TimelinePainter;
import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.PlanStart;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.DiagramExport;
import dev.stagecraft.ui.render.PngExport;
import dev.stagecraft.ui.render.FxTextMeasurer;
import dev.stagecraft.diagram.GraphPainter;
import dev.stagecraft.diagram.Highlight;
import dev.stagecraft.diagram.HighlightAnalysis;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.ui.render.JavaFxRuntime;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.ui.document.DocumentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stagecraft render FILE -o OUT.png|OUT.svg [--timeline]}: the window's drawing (the graph, or with
 * {@code --timeline} the Plan panel's timeline of the rollout plan), without a window. PNG goes
 * through a JavaFX canvas snapshot on Monocle's headless platform (software pipeline), so no display is
 * needed and the picture matches the editor; SVG is written by the same painter as vector shapes and
 * {@code <text>}. Every problem with the input is reported before anything is written.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draw a graph file (or with --timeline its rollout plan) to PNG or SVG, headless, the way the editor shows it.")
public final class RenderCommand implements Callable<Integer> {
    static final int MIN_WIDTH = 200;
    static final int MAX_WIDTH = 8192;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Graph file (stagecraft YAML).")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "Picture to write; the format comes from the name: .png or .svg.")
    Path output;

    @Option(names = "--highlight", defaultValue = "none", paramLabel = "WHAT",
            description = "blast:ID, critical, waves, cycles or none (default: ${DEFAULT-VALUE}).")
    String highlight;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "THEME",
            description = "light or dark (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--width", defaultValue = "1600", paramLabel = "W",
            description = "Picture width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--timeline", paramLabel = "", description = "Draw the rollout plan as a timeline (one bar per step"
            + " on a minutes axis, by wave, split into canary stages) instead of the graph.")
    boolean timeline;

    @Option(names = "--max-parallel", paramLabel = "N", description = "With --timeline: at most N steps at once in the"
            + " plan drawn (0 or none: unlimited, as in stagecraft plan).")
    Integer maxParallel;

    @Option(names = "--start", paramLabel = "DATE-TIME", description = "With --timeline: the plan drawn is in calendar"
            + " time from this date-time (as 'stagecraft plan --start'), with the graph's freezes and closed windows.")
    String start;

    @Override
    public Integer call() throws Exception {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            return fail(output + ": the output must end in .png or .svg");
        }
        Highlight wanted;
        try {
            wanted = Highlight.parse(highlight);
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        if (timeline && !(wanted instanceof Highlight.None)) {
            return fail("--highlight draws on the graph and --timeline draws the plan: give one of them");
        }
        if (maxParallel != null && !timeline) {
            return fail("--max-parallel shapes the plan: it goes with --timeline");
        }
        if (maxParallel != null && maxParallel < 0) {
            return fail("--max-parallel must be 0 (unlimited) or more, not " + maxParallel);
        }
        if (start != null && !timeline) {
            return fail("--start shapes the plan: it goes with --timeline");
        }
        Theme chosen = Theme.parse(theme).orElse(null);
        if (chosen == null) {
            return fail("unknown theme '" + theme + "'; expected light or dark");
        }
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            return fail("--width must be between " + MIN_WIDTH + " and " + MAX_WIDTH + ", not " + width);
        }
        Path dir = output.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return fail(output + ": the folder " + dir + " does not exist");
        }
        LoadResult loaded;
        try {
            loaded = DocumentFiles.read(file);
        } catch (GraphFormatException e) {
            return fail(e.getMessage());
        }
        if (wanted instanceof Highlight.Blast b && !loaded.graph().contains(b.id())) {
            return fail(file + ": no component '" + b.id() + "' (from --highlight " + highlight + ")");
        }
        RolloutPlan plan = null;
        GraphAnalysis planned = null;
        if (timeline) {
            planned = GraphAnalysis.of(loaded.graph());
            PlanOptions options = maxParallel == null || maxParallel == 0 ? PlanOptions.defaults()
                    : PlanOptions.defaults().withMaxParallel(maxParallel);
            try {
                if (start != null) {
                    options = options.withStart(PlanStart.parse(start, loaded.graph().metadata().governance()));
                }
                plan = new PlanBuilder(planned, options).build();
            } catch (IllegalArgumentException e) {
                return fail((start != null ? "--start " : "") + e.getMessage());
            }
        }
        RolloutPlan drawnPlan = plan;
        GraphAnalysis drawnAnalysis = planned;
        JavaFxRuntime.startHeadless();
        JavaFxRuntime.onFxThread(() -> {
            if (timeline) {
                drawTimeline(drawnPlan, drawnAnalysis, chosen, svg);
            } else {
                draw(loaded, wanted, chosen, svg);
            }
            return null;
        });
        return 0;
    }

    private void draw(LoadResult loaded, Highlight wanted, Theme chosen, boolean svg) throws IOException {
        FxTextMeasurer measurer = new FxTextMeasurer();
        HighlightAnalysis analysis = new HighlightAnalysis(loaded.graph().snapshot());
        Diagram diagram = new Diagram(loaded.graph(), measurer, new DiagramPlacement(analysis::waves));
        Highlighting highlighting = analysis.compute(wanted);
        GraphPainter painter = new GraphPainter(Palette.of(chosen));
        Viewport v = DiagramExport.layout(diagram, highlighting, measurer, width);
        if (svg) {
            DiagramExport.writeSvg(DiagramExport.toSvg(diagram, highlighting, painter, measurer, v), output);
        } else {
            PngExport.writePng(PngExport.toImage(diagram, highlighting, painter, measurer, v), output);
        }
    }

    /** The plan's timeline, by the painter of the window's Plan panel. */
    private void drawTimeline(RolloutPlan plan, GraphAnalysis analysis, Theme chosen, boolean svg) throws IOException {
        FxTextMeasurer measurer = new FxTextMeasurer();
        TimelineLayout layout = TimelineLayout.of(plan, analysis);
        TimelinePainter painter = new TimelinePainter(Palette.of(chosen));
        TimelineFrame frame = TimelineExport.frame(layout, measurer, width);
        if (svg) {
            DiagramExport.writeSvg(TimelineExport.toSvg(layout, painter, measurer, frame), output);
        } else {
            PngExport.writePng(PngExport.toImage(layout, painter, measurer, frame), output);
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("stagecraft render: " + message);
        return 2;
    }
}
