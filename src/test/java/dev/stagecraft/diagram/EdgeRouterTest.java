package dev.stagecraft.diagram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.model.ServiceGraph;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EdgeRouterTest {

    @Test
    void noDependencyOfTheShopIsDrawnThroughAnotherComponentsBox() {
        ServiceGraph g = GraphFormats.read(Path.of("sample-graphs/shop.yaml"), null).graph();
        Diagram d = new Diagram(g, new FixedWidthMeasurer(),
                new DiagramPlacement(new HighlightAnalysis(g.snapshot())::waves), Runnable::run);
        int routed = 0;
        for (int e = 0; e < d.edgeCount(); e++) {
            int a = d.edgeFrom(e);
            int b = d.edgeTo(e);
            double[] path = d.route(e);
            if (path == null) {
                path = new double[] {d.centerX(a), d.centerY(a), d.centerX(b), d.centerY(b)};
            } else {
                routed++;
            }
            for (int k = 0; k + 3 < path.length; k += 2) {
                for (int i = 0; i < d.size(); i++) {
                    if (i == a || i == b) {
                        continue;
                    }
                    assertFalse(EdgeRouter.crosses(path[k], path[k + 1], path[k + 2], path[k + 3],
                                    d.left(i) + 1, d.top(i) + 1, d.left(i) + d.width(i) - 1, d.top(i) + d.height(i) - 1),
                            d.id(a) + " -> " + d.id(b) + " crosses " + d.id(i));
                }
            }
        }
        assertTrue(routed > 0, "the shop has dependencies whose straight line would cross a box");
    }

    @Test
    void aSegmentThroughABoxCrossesItAndOneBesideItDoesNot() {
        assertTrue(EdgeRouter.crosses(0, 50, 200, 50, 50, 0, 100, 100));
        assertFalse(EdgeRouter.crosses(0, 150, 200, 150, 50, 0, 100, 100));
        assertFalse(EdgeRouter.crosses(0, 0, 40, 200, 50, 0, 100, 100));
    }
}
