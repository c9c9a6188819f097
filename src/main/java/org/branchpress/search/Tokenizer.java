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

    /** Packed token keys: a Chinese character, a pair of them, or a word by its number. */
    static final long HAN1 = 1L << 40;
    static final long HAN2 = 2L << 40;
    static final long WORD = 3L << 40;

    /**
     * The tokens {@link #forIndex} gives, counted into {@code counts} as packed keys without
     * making a string for each: the hot path of building the index.
     */
    static void countForIndex(String text, TokenCounts counts, Words words) {
        int i = 0;
        int n = text.length();
        char previous = 0;
        while (i < n) {
            char c = ChineseText.fold(text.charAt(i));
            if (ChineseText.isHan(c)) {
                counts.add(HAN1 | c, 1);
                if (previous != 0) {
                    counts.add(HAN2 | ((long) previous << 16) | c, 1);
                }
                previous = c;
                i++;
            } else if (ChineseText.isWordChar(c)) {
                previous = 0;
                StringBuilder word = new StringBuilder();
                while (i < n && ChineseText.isWordChar(c = ChineseText.fold(text.charAt(i)))) {
                    word.append(c);
                    i++;
                }
                counts.add(WORD | words.id(word.toString()), 1);
            } else {
                previous = 0;
                i++;
            }
        }
    }

    /** The token a packed key stands for. */
    static String text(long key, Words words) {
        long kind = key & (3L << 40);
        if (kind == HAN1) {
            return String.valueOf((char) (key & 0xFFFF));
        }
        if (kind == HAN2) {
            return new String(new char[] {(char) ((key >>> 16) & 0xFFFF), (char) (key & 0xFFFF)});
        }
        return words.text((int) (key & 0xFFFFFFFFL));
    }

    /** Latin words and numbers by number, shared by the threads that build the index. */
    static final class Words {
        private final java.util.concurrent.ConcurrentHashMap<String, Integer> ids = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.List<String> texts = new java.util.ArrayList<>();

        int id(String word) {
            Integer id = ids.get(word);
            return id != null ? id : add(word);
        }

        private synchronized int add(String word) {
            return ids.computeIfAbsent(word, w -> {
                texts.add(w);
                return texts.size() - 1;
            });
        }

        synchronized String text(int id) {
            return texts.get(id);
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
