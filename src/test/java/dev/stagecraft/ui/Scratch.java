package dev.stagecraft.ui;

import dev.stagecraft.ui.render.*;
import java.nio.file.Path;

public class Scratch {
    public static void main(String[] args) throws Exception {
        JavaFxRuntime.startHeadless();
        JavaFxRuntime.onFxThread(() -> {
            for (Theme t : Theme.values()) {
                FxTextMeasurer m = new FxTextMeasurer();
                Diagram d = new Diagram(TestGraphs.shop(true), m, (dd, p) -> { });
                int n = d.size();
                Highlighting[] hs = {
                    Highlighting.none(n),
                    Highlighting.blast(n, d.indexOf("auth"), "auth", new int[] {d.indexOf("checkout"), d.indexOf("gateway"), d.indexOf("web"), d.indexOf("authz-cache")}, new int[0]),
                    Highlighting.waves(n, new int[] {4,3,2,1,1,0,0,0,0,0}),
                };
                GraphPainter painter = new GraphPainter(Palette.of(t));
                int k = 0;
                for (Highlighting h : hs) {
                    Viewport v = DiagramExport.layout(d, h, m, 1200);
                    DiagramExport.writePng(DiagramExport.toImage(d, h, painter, m, v), Path.of("/tmp/ui-" + t.id() + k + ".png"));
                    DiagramExport.writeSvg(DiagramExport.toSvg(d, h, painter, m, v), Path.of("/tmp/ui-" + t.id() + k + ".svg"));
                    k++;
                }
            }
            return null;
        });
        System.exit(0);
    }
}
