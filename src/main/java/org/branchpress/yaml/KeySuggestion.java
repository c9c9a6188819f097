package org.branchpress.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the known key a misspelt one most resembles ({@code titel} → {@code title}). */
public final class KeySuggestion {
    private KeySuggestion() {
    }

    public static Optional<String> closest(String key, Collection<String> known) {
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        return known.stream()
                .min(Comparator.comparingInt((String k) -> distance(lower, k)).thenComparing(k -> k))
                .filter(k -> distance(lower, k) <= Math.max(2, k.length() / 3));
    }

    /** Optimal string alignment distance: edits, with a swap of neighbours counting once. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
