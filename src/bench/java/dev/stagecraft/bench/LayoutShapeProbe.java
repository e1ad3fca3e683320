package dev.stagecraft.bench;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.HeadlessTextMeasurer;
import dev.stagecraft.diagram.HighlightAnalysis;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.layout.LayeredLayout;
import dev.stagecraft.layout.LayoutInput;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import java.nio.file.Path;
import java.util.Map;

public final class LayoutShapeProbe {
    public static void main(String[] args) {
        ServiceGraph g = GraphFormats.read(Path.of(args[0]), null).graph();
        Diagram d = new Diagram(g, new HeadlessTextMeasurer(), new DiagramPlacement(new HighlightAnalysis(g.snapshot())::waves), Runnable::run);
        report("file", d, null);
        LayoutInput in = LayoutInput.of(g, new LayoutInput.Sizes() {
            public double width(String id) { return d.width(d.indexOf(id)); }
            public double height(String id) { return d.height(d.indexOf(id)); }
        });
        Map<String, Position> p = LayeredLayout.layout(in, () -> false);
        report("elk", d, p);
    }

    static void report(String what, Diagram d, Map<String, Position> p) {
        double minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
        for (int i = 0; i < d.size(); i++) {
            double cx = p == null ? d.centerX(i) : p.get(d.id(i)).x();
            double cy = p == null ? d.centerY(i) : p.get(d.id(i)).y();
            minX = Math.min(minX, cx - d.width(i) / 2); maxX = Math.max(maxX, cx + d.width(i) / 2);
            minY = Math.min(minY, cy - d.height(i) / 2); maxY = Math.max(maxY, cy + d.height(i) / 2);
        }
        double w = maxX - minX, h = maxY - minY;
        double s = Math.min((1280 - 80) / w, (800 - 90 - 80) / h);
        System.out.printf("%s: %.0f x %.0f  fit scale %.3f name px %.1f%n", what, w, h, s, 15 * s);
    }
}
