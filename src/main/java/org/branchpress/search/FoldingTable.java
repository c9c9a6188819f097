package org.branchpress.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search key of every character, from OpenCC's character tables: characters a table lists
 * as forms of each other (乾 → 干 乾, 沈 → 沈 沉, 着 → 著 in Taiwan, 谿 → 溪 谿) are joined, and
 * so are the forms of those forms; each group gets one key. Taking only the first candidate of
 * one table does not do that: OpenCC lists 沈 as itself first, and 著 is in no traditional →
 * simplified table at all.
 *
 * <p>The key is the group's simplified form — a member the traditional → simplified table
 * leaves alone, preferably one the simplified → traditional table changes — so the index
 * mostly holds the characters a mainland reader types. Groups are small (at most eight).
 *
 * <p>Every build folds with it, so it is read with arrays indexed by character rather than
 * maps of boxed ones, which a cold JVM took 0.3 s to fill.
 */
final class FoldingTable {
    private static final String[] TABLES = {"TSCharacters", "STCharacters", "TWVariants", "HKVariants",
        "CJK_Compatibility_Ideographs"};
    private static final int CHARS = Character.MAX_VALUE + 1;

    private FoldingTable() {
    }

    static Map<Character, Character> build() {
        int[] parent = new int[CHARS]; // the character's parent + 1; 0 for a root
        boolean[] traditional = new boolean[CHARS]; // a key of TSCharacters: t2s changes it
        boolean[] simplified = new boolean[CHARS]; // a key of STCharacters: s2t changes it
        BitSet listed = new BitSet(CHARS);
        for (String table : TABLES) {
            boolean[] keys = table.equals("TSCharacters") ? traditional : table.equals("STCharacters") ? simplified : null;
            pairs(table, (key, value) -> {
                if (keys != null) {
                    keys[key] = true;
                }
                listed.set(key);
                listed.set(value);
                join(parent, key, value);
            });
        }
        int[] key = new int[CHARS];
        int[] rank = new int[CHARS];
        Arrays.fill(key, -1);
        for (int c = listed.nextSetBit(0); c >= 0; c = listed.nextSetBit(c + 1)) { // the lowest of equal rank wins
            int root = root(parent, c);
            int r = (traditional[c] ? 2 : 0) + (simplified[c] ? 0 : 1);
            if (key[root] < 0 || r < rank[root]) {
                key[root] = c;
                rank[root] = r;
            }
        }
        Map<Character, Character> keys = new TreeMap<>();
        for (int c = listed.nextSetBit(0); c >= 0; c = listed.nextSetBit(c + 1)) {
            if (key[root(parent, c)] != c) {
                keys.put((char) c, (char) key[root(parent, c)]);
            }
        }
        // Big5's small punctuation (﹔) as the full-width mark it stands for, folded as that is.
        for (int i = 0; i < ScriptConversion.SMALL_FORMS.length(); i += 2) {
            char full = ScriptConversion.SMALL_FORMS.charAt(i + 1);
            keys.put(ScriptConversion.SMALL_FORMS.charAt(i), full >= 0xFF01 && full <= 0xFF5E ? (char) (full - 0xFEE0) : full);
        }
        return Collections.unmodifiableMap(keys);
    }

    private interface Pair {
        void of(char key, char value);
    }

    /**
     * Each entry of one character and each of its one-character candidates. The search cuts text
     * into UTF-16 units, so characters beyond the BMP (written as two) are never indexed.
     */
    private static void pairs(String table, Pair pair) {
        String text;
        try (InputStream in = FoldingTable.class.getResourceAsStream("/opencc/" + table + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("OpenCC dictionary " + table + " missing from the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int i = 0;
        while (i < text.length()) {
            int end = text.indexOf('\n', i);
            end = end < 0 ? text.length() : end;
            if (i + 2 < end && text.charAt(i) != '#' && text.charAt(i + 1) == '\t') {
                char key = text.charAt(i);
                int start = i + 2;
                for (int j = start; j <= end; j++) {
                    if (j == end || text.charAt(j) == ' ' || text.charAt(j) == '\r') {
                        if (j == start + 1) {
                            pair.of(key, text.charAt(start));
                        }
                        start = j + 1;
                    }
                }
            }
            i = end + 1;
        }
    }

    private static void join(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra != rb) {
            parent[ra] = rb + 1;
        }
    }

    private static int root(int[] parent, int c) {
        while (parent[c] != 0) {
            c = parent[c] - 1;
        }
        return c;
    }
}
