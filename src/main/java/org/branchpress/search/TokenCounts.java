package org.branchpress.search;

/**
 * Token → count for one document, with tokens packed into longs: a search index of 10,000
 * pages meets some 15 million (token, page) pairs, and a String and a boxed Integer for each
 * made the garbage collector the busiest part of the build. Open addressing, no deletion.
 */
final class TokenCounts {
    private long[] keys;
    private int[] values;
    private int size;

    TokenCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    /** Adds {@code n} to the count of {@code key} (never 0) and returns the new count. */
    int add(long key, int n) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                int total = values[i] += n;
                grow();
                return total;
            }
        }
        return values[i] += n;
    }

    /** The slot number of {@code key}, numbering new keys 0, 1, 2 … in the order they come. */
    int number(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == key) {
            return values[i];
        }
        keys[i] = key;
        values[i] = size;
        int number = size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return number;
    }

    int size() {
        return size;
    }

    /** Calls back for every (key, count), in no particular order. */
    void forEach(Entry entry) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                entry.accept(keys[i], values[i]);
            }
        }
    }

    interface Entry {
        void accept(long key, int value);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
