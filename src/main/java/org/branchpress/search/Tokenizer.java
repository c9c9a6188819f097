package org.branchpress.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into search tokens without a dictionary: Chinese into single characters and
 * overlapping pairs, Latin letters and digits into words. search.js does the same in the
 * browser; both sides must change together.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    /** Tokens to index: every character and every pair of a Chinese run, every word. */
    public static List<String> forIndex(String text) {
        return tokens(ChineseText.normalise(text), true);
    }

    /**
     * Tokens of a query: pairs for Chinese runs of two or more characters (more precise than
     * single characters), the character itself for a one-character run, every word.
     */
    public static List<String> forQuery(String text) {
        return tokens(ChineseText.normalise(text), false);
    }

    private static List<String> tokens(String s, boolean index) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (ChineseText.isHan(c)) {
                int start = i;
                while (i < s.length() && ChineseText.isHan(s.charAt(i))) {
                    i++;
                }
                han(s.substring(start, i), index, out);
            } else if (ChineseText.isWordChar(c)) {
                int start = i;
                while (i < s.length() && ChineseText.isWordChar(s.charAt(i))) {
                    i++;
                }
                out.add(s.substring(start, i));
            } else {
                i++;
            }
        }
        return out;
    }

    private static void han(String run, boolean index, List<String> out) {
        if (run.length() == 1) {
            out.add(run);
            return;
        }
        for (int k = 0; k < run.length(); k++) {
            if (index) {
                out.add(run.substring(k, k + 1));
            }
            if (k + 1 < run.length()) {
                out.add(run.substring(k, k + 2));
            }
        }
    }

    /** FNV-1a over UTF-16 code units: which shard holds a token. search.js computes the same. */
    public static int shard(String token, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < token.length(); i++) {
            h ^= token.charAt(i);
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, shards);
    }
}
