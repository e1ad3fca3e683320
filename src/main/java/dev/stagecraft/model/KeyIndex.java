package dev.stagecraft.model;

/**
 * Where each of a fixed array of distinct keys stands, by key: an open-addressed table of positions (linear
 * probing, at most half full). What a {@code HashMap<K, Integer>} over the same keys answers, in one {@code int[]}
 * instead of two objects per key, which is what makes a revision's tables cheap for the collector to copy.
 */
final class KeyIndex {
    private final Object[] keys;
    /** Position + 1 of the key hashed to each slot, 0 for an empty slot. */
    private final int[] slots;
    private final int mask;

    /** @param keys distinct, non-null; read, not copied, so never change them afterwards */
    KeyIndex(Object[] keys) {
        this.keys = keys;
        int capacity = Integer.highestOneBit(Math.max(2, keys.length) * 2 - 1) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < keys.length; i++) {
            int s = slot(keys[i]);
            while (slots[s] != 0) {
                if (keys[slots[s] - 1].equals(keys[i])) {
                    throw new IllegalArgumentException("key " + keys[i] + " twice");
                }
                s = (s + 1) & mask;
            }
            slots[s] = i + 1;
        }
    }

    /** The position of {@code key}, -1 when it is not one of the keys. */
    int indexOf(Object key) {
        if (key == null) {
            return -1;
        }
        for (int s = slot(key); slots[s] != 0; s = (s + 1) & mask) {
            int i = slots[s] - 1;
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private int slot(Object key) {
        int h = key.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
