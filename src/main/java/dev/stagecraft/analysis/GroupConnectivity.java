package dev.stagecraft.analysis;

import dev.stagecraft.model.Finding;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@code group-not-connected} (WARNING): a change group whose members do not form one connected piece
 * (weakly connected, using only dependencies between members). Why: a group advances as one step; members
 * with no dependency path between them are often a typo or two unrelated changes bundled together, which
 * makes the step larger and its blast radius wider than it needs to be. O(total group size + edges of the
 * members) per group.
 */
final class GroupConnectivity {
    private final GraphSnapshot s;
    private final int[] groupOf;

    GroupConnectivity(GraphSnapshot snapshot) {
        this.s = snapshot;
        this.groupOf = new int[snapshot.size()];
    }

    void check(List<Finding> out) {
        for (int g = 0; g < s.groupCount(); g++) {
            List<List<String>> pieces = pieces(g);
            if (pieces.size() > 1) {
                List<String> described = pieces.stream().map(p -> "[" + String.join(", ", p) + "]").toList();
                List<String> subjects = pieces.stream().flatMap(List::stream).sorted().toList();
                out.add(new Finding(Severity.WARNING, "group-not-connected", "change group '" + s.groupId(g)
                        + "' falls into " + pieces.size() + " unconnected pieces: " + String.join(", ", described),
                        subjects, null));
            }
        }
    }

    /** Weakly connected pieces of the subgraph induced by group g's members, each sorted, by first id. */
    private List<List<String>> pieces(int g) {
        int mark = g + 1; // groupOf[v] == mark: v is a member of g not yet placed in a piece
        int[] members = s.groupMembers(g);
        for (int m : members) {
            groupOf[m] = mark;
        }
        List<List<String>> pieces = new ArrayList<>();
        int[] queue = new int[members.length];
        for (int seed : members) {
            if (groupOf[seed] != mark) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = seed;
            groupOf[seed] = -mark;
            while (head < tail) {
                int v = queue[head++];
                tail = visit(s.outStart(), s.outTarget(), v, mark, queue, tail);
                tail = visit(s.inStart(), s.inSource(), v, mark, queue, tail);
            }
            int[] piece = new int[tail];
            System.arraycopy(queue, 0, piece, 0, tail);
            pieces.add(Validator.ids(s, piece));
        }
        pieces.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return pieces;
    }

    private int visit(int[] start, int[] ends, int v, int mark, int[] queue, int tail) {
        for (int e = start[v]; e < start[v + 1]; e++) {
            int w = ends[e];
            if (groupOf[w] == mark) {
                groupOf[w] = -mark;
                queue[tail++] = w;
            }
        }
        return tail;
    }
}
