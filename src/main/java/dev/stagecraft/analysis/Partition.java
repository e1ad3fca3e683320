package dev.stagecraft.analysis;

import dev.stagecraft.model.GraphSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Vertices grouped by class (SCC or rollout unit) in compressed rows: the members of class c are
 * {@code members[start[c] .. start[c+1])}, ascending. Built by a counting sort in O(V + k).
 */
final class Partition {
    final int count;
    final int[] classOf;
    final int[] start;
    final int[] members;

    /** @param classOf class of each vertex, values in 0..count-1 */
    Partition(int[] classOf, int count) {
        this.count = count;
        this.classOf = classOf;
        this.start = new int[count + 1];
        for (int c : classOf) {
            start[c + 1]++;
        }
        for (int c = 0; c < count; c++) {
            start[c + 1] += start[c];
        }
        this.members = new int[classOf.length];
        int[] fill = Arrays.copyOf(start, count);
        for (int v = 0; v < classOf.length; v++) {
            members[fill[classOf[v]]++] = v;
        }
    }

    /** Partition from a class array whose classes are 0..max. */
    static Partition of(int[] classOf) {
        int max = -1;
        for (int c : classOf) {
            max = Math.max(max, c);
        }
        return new Partition(classOf, max + 1);
    }

    int size(int c) {
        return start[c + 1] - start[c];
    }

    int[] membersOf(int c) {
        return Arrays.copyOfRange(members, start[c], start[c + 1]);
    }

    /**
     * The edges between classes: for each class, the distinct classes its members' edges lead to, without
     * the class itself, each row ascending. O(V + E + sorting the rows).
     *
     * @param edgeStart edges of vertex v are {@code edgeEnd[edgeStart[v] .. edgeStart[v+1])}
     */
    Rows quotient(int[] edgeStart, int[] edgeEnd) {
        int[] rowStart = new int[count + 1];
        int[] list = new int[edgeEnd.length];
        int[] seenBy = new int[count];
        Arrays.fill(seenBy, -1);
        int len = 0;
        for (int c = 0; c < count; c++) {
            for (int i = start[c]; i < start[c + 1]; i++) {
                int v = members[i];
                for (int e = edgeStart[v]; e < edgeStart[v + 1]; e++) {
                    int d = classOf[edgeEnd[e]];
                    if (d != c && seenBy[d] != c) {
                        seenBy[d] = c;
                        list[len++] = d;
                    }
                }
            }
            Arrays.sort(list, rowStart[c], len);
            rowStart[c + 1] = len;
        }
        return new Rows(rowStart, Arrays.copyOf(list, len));
    }

    /** Sorted ids of the members of class c. */
    List<String> sortedIds(int c, GraphSnapshot snapshot) {
        List<String> ids = new ArrayList<>(size(c));
        for (int i = start[c]; i < start[c + 1]; i++) {
            ids.add(snapshot.id(members[i]));
        }
        ids.sort(null);
        return List.copyOf(ids);
    }

    /** Compressed rows: row r is {@code list[start[r] .. start[r+1])}. */
    record Rows(int[] start, int[] list) {
    }
}
