package dev.stagecraft.model;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The graph's records by key, in the user's order (file order), where an edit keeps every other record's place:
 * a hash map onto the nodes of a doubly linked list. Unlike a {@code LinkedHashMap}, a record can be inserted at a
 * place and re-keyed where it stands without rebuilding the table, which is what undoing a delete and renaming a
 * component with 100,000 dependencies need. Lookups O(1); {@link #insertAt} and {@link #indexOf} walk the list,
 * O(n) in the worst case but without hashing or copying (a tenth of a millisecond per 100,000 records).
 *
 * <p>A {@link #frozenCopy() frozen copy} holds the same records in two arrays and a {@link KeyIndex}: a few objects
 * instead of three per record, so a revision's graph costs the collector next to nothing to copy, and
 * {@link #indexOf} is O(1); it cannot be edited.
 */
final class OrderedTable<K, V> {
    private static final class Node<K, V> {
        K key;
        V value;
        Node<K, V> previous;
        Node<K, V> next;

        Node(K key, V value) {
            this.key = key;
            this.value = value;
        }
    }

    private final HashMap<K, Node<K, V>> nodes;
    private Node<K, V> head;
    private Node<K, V> tail;
    /** The frozen form's records in order, and where each key stands; null while the table can be edited. */
    private final Object[] frozenKeys;
    private final Object[] frozenValues;
    private final KeyIndex frozenIndex;
    private final Collection<V> values = new AbstractCollection<>() {
        @Override
        @SuppressWarnings("unchecked")
        public Iterator<V> iterator() {
            if (frozenValues != null) {
                return (Iterator<V>) java.util.Arrays.asList(frozenValues).iterator();
            }
            return new Iterator<>() {
                private Node<K, V> next = head;

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public V next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    V v = next.value;
                    next = next.next;
                    return v;
                }
            };
        }

        @Override
        public int size() {
            return OrderedTable.this.size();
        }
    };

    OrderedTable() {
        nodes = new HashMap<>();
        frozenKeys = null;
        frozenValues = null;
        frozenIndex = null;
    }

    private OrderedTable(Object[] keys, Object[] values) {
        nodes = null;
        frozenKeys = keys;
        frozenValues = values;
        frozenIndex = new KeyIndex(keys);
    }

    /** The same records in the same order, in the frozen form: read-only, O(1) {@link #indexOf}. */
    OrderedTable<K, V> frozenCopy() {
        if (frozenKeys != null) {
            return this;
        }
        Object[] keys = new Object[size()];
        Object[] vals = new Object[keys.length];
        int i = 0;
        for (Node<K, V> n = head; n != null; n = n.next, i++) {
            keys[i] = n.key;
            vals[i] = n.value;
        }
        return new OrderedTable<>(keys, vals);
    }

    boolean frozen() {
        return frozenKeys != null;
    }

    private void editable() {
        if (frozenKeys != null) {
            throw new IllegalStateException("a frozen table cannot be edited");
        }
    }

    int size() {
        return frozenKeys != null ? frozenKeys.length : nodes.size();
    }

    boolean containsKey(K key) {
        return frozenKeys != null ? frozenIndex.indexOf(key) >= 0 : nodes.containsKey(key);
    }

    @SuppressWarnings("unchecked")
    V get(K key) {
        if (frozenKeys != null) {
            int i = frozenIndex.indexOf(key);
            return i < 0 ? null : (V) frozenValues[i];
        }
        Node<K, V> n = nodes.get(key);
        return n == null ? null : n.value;
    }

    /** The values in order, a live read-only view. */
    Collection<V> values() {
        return values;
    }

    /** Replaces the value under an existing key in place, or appends a new key at the end. */
    void put(K key, V value) {
        editable();
        Node<K, V> n = nodes.get(key);
        if (n != null) {
            n.value = value;
            return;
        }
        insertAt(key, value, nodes.size());
    }

    /** Inserts a new key at {@code index} (clamped to the end); the key must be absent. */
    void insertAt(K key, V value, int index) {
        editable();
        Node<K, V> n = new Node<>(key, value);
        if (nodes.putIfAbsent(key, n) != null) {
            throw new IllegalArgumentException("key " + key + " already present");
        }
        Node<K, V> after = index >= nodes.size() - 1 ? null : nodeAt(index);
        if (after == null) {
            n.previous = tail;
            if (tail != null) {
                tail.next = n;
            } else {
                head = n;
            }
            tail = n;
            return;
        }
        n.next = after;
        n.previous = after.previous;
        if (after.previous != null) {
            after.previous.next = n;
        } else {
            head = n;
        }
        after.previous = n;
    }

    /** The node now at {@code index} (counting only nodes linked in), walking from the nearer end. */
    private Node<K, V> nodeAt(int index) {
        int linked = nodes.size() - 1;
        if (index < linked / 2) {
            Node<K, V> n = head;
            for (int i = 0; i < index; i++) {
                n = n.next;
            }
            return n;
        }
        Node<K, V> n = tail;
        for (int i = linked - 1; i > index; i--) {
            n = n.previous;
        }
        return n;
    }

    /** Removes the key; returns its value, null when absent. */
    V remove(K key) {
        editable();
        Node<K, V> n = nodes.remove(key);
        if (n == null) {
            return null;
        }
        if (n.previous != null) {
            n.previous.next = n.next;
        } else {
            head = n.next;
        }
        if (n.next != null) {
            n.next.previous = n.previous;
        } else {
            tail = n.previous;
        }
        return n.value;
    }

    /** Moves the record under {@code oldKey} to {@code newKey} (absent) with {@code value}, at the same place. O(1). */
    void rename(K oldKey, K newKey, V value) {
        editable();
        if (nodes.containsKey(newKey)) {
            throw new IllegalArgumentException("key " + newKey + " already present");
        }
        Node<K, V> n = nodes.remove(oldKey);
        if (n == null) {
            throw new IllegalArgumentException("no key " + oldKey);
        }
        n.key = newKey;
        n.value = value;
        nodes.put(newKey, n);
    }

    /** Position of the key in the order, -1 when absent. */
    int indexOf(K key) {
        if (frozenKeys != null) {
            return frozenIndex.indexOf(key);
        }
        Node<K, V> target = nodes.get(key);
        if (target == null) {
            return -1;
        }
        int i = 0;
        for (Node<K, V> n = head; n != target; n = n.next) {
            i++;
        }
        return i;
    }

    /**
     * The places of several keys in one walk of the list (-1 for a key not here): what {@link #indexOf} per key
     * would give, for the cost of one call. A handful of keys are compared by identity as the walk passes each
     * record; more go through an identity map.
     */
    int[] indexesOf(List<K> keys) {
        int[] out = new int[keys.size()];
        if (frozenKeys != null) {
            for (int k = 0; k < out.length; k++) {
                out[k] = frozenIndex.indexOf(keys.get(k));
            }
            return out;
        }
        java.util.Arrays.fill(out, -1);
        java.util.IdentityHashMap<Node<K, V>, Integer> wanted = new java.util.IdentityHashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            Node<K, V> target = nodes.get(keys.get(k));
            if (target != null) {
                wanted.putIfAbsent(target, k);
            }
        }
        int count = wanted.size();
        @SuppressWarnings("unchecked")
        Node<K, V>[] small = count <= 8 ? wanted.keySet().toArray(new Node[0]) : null;
        int found = 0;
        int i = 0;
        for (Node<K, V> n = head; n != null && found < count; n = n.next, i++) {
            boolean hit = false;
            if (small != null) {
                for (Node<K, V> t : small) {
                    hit |= t == n;
                }
            } else {
                hit = wanted.containsKey(n);
            }
            if (hit) {
                out[wanted.get(n)] = i;
                found++;
            }
        }
        for (int k = 0; k < keys.size(); k++) {
            Node<K, V> target = nodes.get(keys.get(k));
            if (target != null) {
                out[k] = out[wanted.get(target)]; // a key asked twice
            }
        }
        return out;
    }

    /** Appends every record of {@code other} in its order (keys must be new here). */
    @SuppressWarnings("unchecked")
    void putAll(OrderedTable<K, V> other) {
        if (other.frozenKeys != null) {
            for (int i = 0; i < other.frozenKeys.length; i++) {
                insertAt((K) other.frozenKeys[i], (V) other.frozenValues[i], Integer.MAX_VALUE);
            }
            return;
        }
        for (Node<K, V> n = other.head; n != null; n = n.next) {
            insertAt(n.key, n.value, Integer.MAX_VALUE);
        }
    }

    /** The keys in order. */
    @SuppressWarnings("unchecked")
    Iterable<K> keys() {
        if (frozenKeys != null) {
            return () -> (Iterator<K>) java.util.Arrays.asList(frozenKeys).iterator();
        }
        return () -> new Iterator<>() {
            private Node<K, V> next = head;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public K next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                K k = next.key;
                next = next.next;
                return k;
            }
        };
    }
}
