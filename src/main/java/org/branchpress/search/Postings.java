package org.branchpress.search;

import java.util.Arrays;

/**
 * The postings of one part of the tokens (a fixed share of the key space), filled in
 * document order: a growable (id, score) array per token, numbered by {@link TokenCounts}, so
 * there is no boxing. A very common token never holds more than twice
 * {@link SearchIndex#MAX_POSTINGS} pairs: at that size it keeps its best and goes on, which
 * gives the same best as choosing from the whole list (the order below is total).
 */
final class Postings {
    /** Parts the index is built in, each on its own thread; a power of two (see {@link #part}). */
    static final int PARTS = 8;
    private static final int MAX = SearchIndex.MAX_POSTINGS;

    private final TokenCounts numbers = new TokenCounts(1 << 12);
    private long[] keyOf = new long[1 << 12];
    private int[][] lists = new int[1 << 12][];
    private int[] held = new int[1 << 12];
    private int[] df = new int[1 << 12];

    /** The part of a packed token key: the top bits of a multiplicative hash. */
    static int part(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(PARTS)));
    }

    /** Adds document {@code doc} (ids ascending from call to call) with {@code score} to the token's list. */
    void add(long key, int doc, int score) {
        int n = numbers.number(key);
        if (n >= keyOf.length) {
            keyOf = Arrays.copyOf(keyOf, n * 2);
            lists = Arrays.copyOf(lists, n * 2);
            held = Arrays.copyOf(held, n * 2);
            df = Arrays.copyOf(df, n * 2);
        }
        keyOf[n] = key;
        df[n]++;
        int size = ++held[n];
        int[] list = lists[n];
        if (list == null || list.length < size * 2) {
            list = list == null ? new int[4] : Arrays.copyOf(list, Math.max(size * 2, list.length * 2));
            lists[n] = list;
        }
        list[size * 2 - 2] = doc;
        list[size * 2 - 1] = score;
        if (size == 2 * MAX) {
            held[n] = keepBest(list, size);
        }
    }

    interface Entry {
        void accept(long key, int[] flat);
    }

    /** Every token of this part with [df, id, score, …]: at most MAX_POSTINGS pairs, by id. */
    void forEach(Entry entry) {
        for (int n = 0; n < numbers.size(); n++) {
            int size = held[n] > MAX ? keepBest(lists[n], held[n]) : held[n];
            int[] flat = new int[1 + size * 2];
            flat[0] = df[n];
            System.arraycopy(lists[n], 0, flat, 1, size * 2);
            entry.accept(keyOf[n], flat);
        }
    }

    /**
     * Keeps the MAX_POSTINGS best of the first {@code size} pairs of {@code list} (higher score
     * first, then lower id), still by id, at its start; returns how many pairs it holds now.
     */
    private static int keepBest(int[] list, int size) {
        long[] order = new long[size];
        for (int i = 0; i < size; i++) {
            // ids ascend with i, so sorting (MAX_VALUE - score, i) is score down, then id up
            order[i] = ((long) (Integer.MAX_VALUE - list[i * 2 + 1]) << 32) | i;
        }
        Arrays.sort(order);
        int[] best = new int[MAX];
        for (int i = 0; i < MAX; i++) {
            best[i] = (int) order[i];
        }
        Arrays.sort(best);
        int[] kept = new int[MAX * 2];
        for (int i = 0; i < MAX; i++) {
            kept[i * 2] = list[best[i] * 2];
            kept[i * 2 + 1] = list[best[i] * 2 + 1];
        }
        System.arraycopy(kept, 0, list, 0, MAX * 2);
        return MAX;
    }
}
