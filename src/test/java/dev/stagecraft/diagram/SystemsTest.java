package dev.stagecraft.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.PlanWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Systems: a visual grouping kept by the file, drawn as a hull around its members, never changing the plan. */
class SystemsTest {
    private static ServiceGraph shopWithSystems() {
        ServiceGraph g = GraphFormats.read(Path.of("sample-graphs/shop.yaml"), null).graph();
        for (Component c : List.copyOf(g.components())) {
            String system = c.team() == null ? null : "team " + c.team();
            g.replaceComponent(c.id(), c.withSystem(system));
        }
        return g;
    }

    @Test
    void theNativeFileKeepsTheSystemAndAnotherSaveIsByteIdentical() {
        ServiceGraph g = shopWithSystems();
        String text = NativeGraphWriter.write(g, null);
        assertTrue(text.contains("    system: team "), "written after team");
        ServiceGraph back = NativeGraphReader.read(text, "shop.yaml").graph();
        assertTrue(g.sameContentAs(back));
        assertEquals(text, NativeGraphWriter.write(back, null));
        assertTrue(NativeGraphReader.read(text, "shop.yaml").findings().stream()
                .noneMatch(f -> f.code().equals("unknown-key")), "system is a known key");
    }

    @Test
    void systemsNeverChangeThePlan() {
        ServiceGraph plain = GraphFormats.read(Path.of("sample-graphs/shop.yaml"), null).graph();
        assertEquals(PlanWriter.toYaml(new PlanBuilder(plain, PlanOptions.defaults()).build()),
                PlanWriter.toYaml(new PlanBuilder(shopWithSystems(), PlanOptions.defaults()).build()));
    }

    @Test
    void eachSystemIsAHullAroundItsMembersAndFollowsAnEdit() {
        ServiceGraph g = shopWithSystems();
        Diagram d = new Diagram(g, new FixedWidthMeasurer(),
                new DiagramPlacement(new HighlightAnalysis(g.snapshot())::waves), Runnable::run);
        List<String> expected = g.components().stream().map(Component::team).filter(t -> t != null).distinct()
                .sorted().map(t -> "team " + t).toList();
        assertEquals(expected.size(), d.systemCount());
        for (int k = 0; k < d.systemCount(); k++) {
            assertEquals(expected.get(k), d.systemId(k));
            double[] b = d.systemBoxOf(k);
            for (int i : d.systemMembers(k)) {
                assertEquals(d.systemId(k), "team " + g.requireComponent(d.id(i)).team());
                assertTrue(b[0] < d.left(i) && b[1] < d.top(i) && b[0] + b[2] > d.left(i) + d.width(i)
                        && b[1] + b[3] > d.top(i) + d.height(i), d.id(i) + " inside its hull");
            }
        }
        String moved = d.id(0);
        int before = d.systemCount();
        g.replaceComponent(moved, g.requireComponent(moved).withSystem("a new system"));
        Diagram edited = Diagram.edited(d, g, new FixedWidthMeasurer(), (x, placed) -> { }, List.of(moved));
        assertTrue(edited.systemCount() >= before);
        int k = java.util.Arrays.asList(systemIds(edited)).indexOf("a new system");
        assertTrue(k >= 0, "the edited component's new system is drawn");
        assertArrayEquals(new int[] {0}, edited.systemMembers(k));
    }

    private static String[] systemIds(Diagram d) {
        String[] out = new String[d.systemCount()];
        for (int k = 0; k < out.length; k++) {
            out[k] = d.systemId(k);
        }
        return out;
    }
}
