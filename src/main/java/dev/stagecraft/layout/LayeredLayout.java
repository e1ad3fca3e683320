package dev.stagecraft.layout;

import dev.stagecraft.model.Position;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Layered (Sugiyama) layout by the Eclipse Layout Kernel: dependents above their dependencies (edges point
 * from dependent to dependency, direction DOWN), crossings reduced layer by layer, each change group laid out
 * as one compound node so its members stay together. Returns the centre of every component.
 * Complexity: dominated by ELK's crossing minimisation, roughly O((V + E) · layers) per sweep.
 */
public final class LayeredLayout {
    public static final double NODE_GAP = 40;
    public static final double LAYER_GAP = 70;
    public static final double GROUP_PADDING = 24;

    private LayeredLayout() {
    }

    /** Lays out every component; throws {@link CancellationException} when {@code cancelled} turns true. */
    public static Map<String, Position> layout(LayoutInput in, BooleanSupplier cancelled) {
        ElkMetaData.ensureRegistered();
        int n = in.size();
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        ElkNode[] parentOf = new ElkNode[n];
        for (int[] members : in.groups()) {
            ElkNode box = ElkGraphUtil.createNode(root);
            configure(box);
            box.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(GROUP_PADDING));
            for (int m : members) {
                parentOf[m] = box;
            }
        }
        ElkNode[] nodes = new ElkNode[n];
        for (int i = 0; i < n; i++) {
            ElkNode node = ElkGraphUtil.createNode(parentOf[i] == null ? root : parentOf[i]);
            node.setDimensions(in.widths()[i], in.heights()[i]);
            nodes[i] = node;
        }
        for (int[] e : in.edges()) {
            if (e[0] != e[1]) {
                ElkGraphUtil.createSimpleEdge(nodes[e[0]], nodes[e[1]]);
            }
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
        BasicProgressMonitor monitor = new BasicProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return cancelled.getAsBoolean();
            }
        };
        new RecursiveGraphLayoutEngine().layout(root, monitor);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
        Map<String, Position> result = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            ElkNode node = nodes[i];
            double x = node.getX() + node.getWidth() / 2;
            double y = node.getY() + node.getHeight() / 2;
            for (ElkNode p = node.getParent(); p != null && p != root; p = p.getParent()) {
                x += p.getX();
                y += p.getY();
            }
            result.put(in.ids().get(i), new Position(Math.round(x), Math.round(y)));
        }
        return result;
    }

    private static void configure(ElkNode node) {
        node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        node.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        node.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_GAP);
        node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_GAP);
    }

    /** ELK's registry of algorithms is process-wide; the layered provider is registered once, at class initialisation. */
    private static final class ElkMetaData {
        private static final boolean REGISTERED = register();

        private static boolean register() {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            return true;
        }

        static void ensureRegistered() {
            assert REGISTERED;
        }
    }
}
