package ru.portal500.similarity.domain;

/**
 * A map from 64-bit keys to ints without boxing (open addressing, linear probing): the index's band tables and
 * shingle counts hold millions of entries, which {@code HashMap<Long, Integer>} would keep at some 80 bytes each
 * instead of 12. An absent key reads as 0, and setting a key to 0 removes it. Not thread-safe.
 */
final class LongIntMap {

    private static final long EMPTY = 0;
    private static final long ZERO_KEY = 0x9e3779b97f4a7c15L; // the key 0 is kept under this one
    private static final double MAX_LOAD = 0.8;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / MAX_LOAD)) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    int size() {
        return size;
    }

    /** The value, or 0. */
    int get(long key) {
        long k = key == EMPTY ? ZERO_KEY : key;
        int mask = keys.length - 1;
        for (int i = slot(k, mask); ; i = (i + 1) & mask) {
            if (keys[i] == k) {
                return values[i];
            }
            if (keys[i] == EMPTY) {
                return 0;
            }
        }
    }

    /** Sets the value (0 removes the key); returns the previous value, or 0. */
    int put(long key, int value) {
        long k = key == EMPTY ? ZERO_KEY : key;
        int mask = keys.length - 1;
        int i = slot(k, mask);
        while (keys[i] != EMPTY && keys[i] != k) {
            i = (i + 1) & mask;
        }
        int previous = keys[i] == k ? values[i] : 0;
        if (value == 0) {
            if (keys[i] == k) {
                removeAt(i);
            }
            return previous;
        }
        if (keys[i] == EMPTY) {
            keys[i] = k;
            size++;
            values[i] = value;
            if (size > keys.length * MAX_LOAD) {
                grow();
            }
        } else {
            values[i] = value;
        }
        return previous;
    }

    /** Adds to the value; returns the new one. */
    int add(long key, int delta) {
        int value = get(key) + delta;
        put(key, value);
        return value;
    }

    /** The bytes its arrays take. */
    long bytes() {
        return 12L * keys.length;
    }

    private void removeAt(int hole) {
        int mask = keys.length - 1;
        keys[hole] = EMPTY;
        size--;
        // shift back the entries after the hole that probed past it
        for (int i = (hole + 1) & mask; keys[i] != EMPTY; i = (i + 1) & mask) {
            int home = slot(keys[i], mask);
            if (((i - home) & mask) >= ((i - hole) & mask)) {
                keys[hole] = keys[i];
                values[hole] = values[i];
                keys[i] = EMPTY;
                hole = i;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int slot(long key, int mask) {
        return (int) (Hashing.mix(key) & mask);
    }
}
