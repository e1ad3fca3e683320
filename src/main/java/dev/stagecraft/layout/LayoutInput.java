package dev.stagecraft.layout;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable copy of what a layout needs, taken on the thread that owns the graph so the layout can run
 * elsewhere: ids, box sizes (the painter's measurements), dependency edges (dependent → dependency, by index),
 * change groups, then systems (member indices, kept side by side; a component in several counts for the first,
 * so a change group wins over a system) and current centres
 * (null = unplaced).
 */
public record LayoutInput(List<String> ids, double[] widths, double[] heights, int[][] edges, int[][] groups,
        Position[] positions, long revision) {

    /** Box size of a component, by id. */
    public interface Sizes {
        double width(String id);

        double height(String id);
    }

    /** Copies the graph; O(V + E + group members). */
    public static LayoutInput of(ServiceGraph graph, Sizes sizes) {
        List<String> ids = new ArrayList<>(graph.componentCount());
        Map<String, Integer> index = new HashMap<>();
        int n = graph.componentCount();
        double[] w = new double[n];
        double[] h = new double[n];
        Position[] pos = new Position[n];
        for (Component c : graph.components()) {
            int i = ids.size();
            index.put(c.id(), i);
            ids.add(c.id());
            w[i] = sizes.width(c.id());
            h[i] = sizes.height(c.id());
            pos[i] = c.position();
        }
        int[][] edges = new int[graph.dependencyCount()][];
        int e = 0;
        for (Dependency d : graph.dependencies()) {
            edges[e++] = new int[] {index.get(d.from()), index.get(d.to())};
        }
        List<int[]> groups = new ArrayList<>();
        for (ChangeGroup g : graph.groups()) {
            groups.add(g.members().stream().filter(index::containsKey).mapToInt(index::get).toArray());
        }
        Map<String, List<Integer>> systems = new java.util.TreeMap<>();
        for (Component c : graph.components()) {
            if (c.system() != null) {
                systems.computeIfAbsent(c.system(), k -> new ArrayList<>()).add(index.get(c.id()));
            }
        }
        systems.values().forEach(m -> groups.add(m.stream().mapToInt(Integer::intValue).toArray()));
        return of(ids, w, h, edges, groups, pos, graph.revision());
    }

    /**
     * An input from arrays already indexed (a diagram's), groups as the graph declares them: a component in
     * several groups counts for the first, empty groups are dropped, as {@link #of(ServiceGraph, Sizes)} does.
     */
    public static LayoutInput of(List<String> ids, double[] widths, double[] heights, int[][] edges,
            List<int[]> groupMembers, Position[] positions, long revision) {
        boolean[] grouped = new boolean[ids.size()];
        List<int[]> groups = new ArrayList<>();
        for (int[] g : groupMembers) {
            int[] members = Arrays.stream(g).filter(i -> !grouped[i]).distinct().toArray();
            for (int m : members) {
                grouped[m] = true;
            }
            if (members.length > 0) {
                groups.add(members);
            }
        }
        return new LayoutInput(List.copyOf(ids), widths, heights, edges, groups.toArray(new int[0][]), positions,
                revision);
    }

    public int size() {
        return ids.size();
    }
}
