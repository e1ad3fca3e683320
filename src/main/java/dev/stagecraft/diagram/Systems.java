package dev.stagecraft.diagram;

import dev.stagecraft.model.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The systems of a diagram's components: their names in order and each one's member indices. O(V log S). */
record Systems(String[] ids, int[][] members) {
    private static final Systems NONE = new Systems(new String[0], new int[0][]);

    static Systems of(Component[] components) {
        Map<String, List<Integer>> bySystem = null;
        for (int i = 0; i < components.length; i++) {
            String system = components[i].system();
            if (system != null) {
                if (bySystem == null) {
                    bySystem = new TreeMap<>();
                }
                bySystem.computeIfAbsent(system, k -> new ArrayList<>()).add(i);
            }
        }
        if (bySystem == null) {
            return NONE;
        }
        String[] ids = bySystem.keySet().toArray(new String[0]);
        int[][] members = new int[ids.length][];
        for (int k = 0; k < ids.length; k++) {
            members[k] = bySystem.get(ids[k]).stream().mapToInt(Integer::intValue).toArray();
        }
        return new Systems(ids, members);
    }
}
