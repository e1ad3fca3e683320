package dev.stagecraft.diagram.timeline;

import java.util.BitSet;

/**
 * What the timeline emphasises besides the plan itself.
 *
 * @param selected       rows whose components are selected (on the map or by a click on their bar)
 * @param hovered        the row under the pointer, whose {@code after} links are drawn; -1 for none
 * @param focused        the row the keyboard is on (arrow keys); -1 for none
 * @param playheadMinute the minute the playhead stands at; {@code null} for no playhead
 */
public record TimelineMarks(BitSet selected, int hovered, int focused, Integer playheadMinute) {
    public static final TimelineMarks NONE = new TimelineMarks(new BitSet(), -1, -1, null);

    public TimelineMarks {
        selected = (BitSet) selected.clone();
    }

    @Override
    public BitSet selected() {
        return (BitSet) selected.clone();
    }

    public boolean isSelected(int row) {
        return selected.get(row);
    }
}
