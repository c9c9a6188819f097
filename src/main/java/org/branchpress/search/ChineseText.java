package org.branchpress.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Text as the search index sees it: full-width Latin folded to ASCII, lower case, and every
 * character folded to one key for all its forms in OpenCC's tables, so 黨員 finds 党员, 乾燥 finds
 * 干燥 and 承擔著 finds 承担着. The browser folds with the same table (search/t2s.js, written from
 * {@link #folding()}), so queries and index agree.
 */
public final class ChineseText {
    /** Every character that has a key other than itself → its key (see {@link FoldingTable}). */
    private static final Map<Character, Character> FOLDING = FoldingTable.build();
    /** {@link #FOLDING} as an array: the tokenizer folds every character of every page. */
    private static final char[] KEY = keys(FOLDING);

    private ChineseText() {
    }

    /**
     * OpenCC's traditional → simplified characters as shipped in opencc4j, first candidate only:
     * which characters are traditional, for the mixed-script lint (read when it first asks).
     * Search folds with {@link #folding()}.
     */
    public static Map<Character, Character> t2s() {
        return Lint.T2S;
    }

    private static final class Lint {
        static final Map<Character, Character> T2S = load();
    }

    /** The search key of each character that has one other than itself, in character order. */
    public static Map<Character, Character> folding() {
        return FOLDING;
    }

    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(fold(text.charAt(i)));
        }
        return out.toString();
    }

    /** search.js's fold() does the same steps in the same order, with the same table. */
    static char fold(char c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            c = (char) (c - 0xFEE0);
        } else if (c == 0x3000) {
            return ' ';
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        return KEY[c];
    }

    private static char[] keys(Map<Character, Character> folding) {
        char[] keys = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < keys.length; c++) {
            keys[c] = (char) c;
        }
        folding.forEach((from, to) -> keys[from] = to);
        return keys;
    }

    /** The CJK ideographs the tokenizer cuts into single characters and pairs. */
    static boolean isHan(char c) {
        return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static Map<Character, Character> load() {
        Map<Character, Character> map = new TreeMap<>();
        try (InputStream in = ChineseText.class.getResourceAsStream("/data/dictionary/TSCharacters.txt")) {
            if (in == null) {
                throw new IllegalStateException("OpenCC dictionary TSCharacters.txt missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab == 1 && line.length() > tab + 1) {
                    char from = line.charAt(0);
                    char to = line.charAt(tab + 1);
                    if (from != to && !Character.isSurrogate(from) && !Character.isSurrogate(to)) {
                        map.put(from, to);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(map);
    }
}
