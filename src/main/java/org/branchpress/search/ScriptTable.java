package org.branchpress.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which characters belong to only one script, from OpenCC's tables as shipped in opencc4j.
 *
 * <p>Traditional: OpenCC's traditional → simplified table ({@link ChineseText#t2s()}) changes it.
 * Simplified: it is what some traditional character becomes, it is not itself traditional, it is
 * in opencc4j's list of simplified characters ({@code sc.txt}), and OpenCC's simplified →
 * traditional table never keeps it. The last two conditions leave out characters both scripts
 * write the same way: 了 (瞭→了), 面, 台, 后, 干, 里, 准, 扎 are ordinary traditional text too,
 * and 群/峰 (OpenCC's 羣/峯 are variants) are standard in Taiwan.
 */
public final class ScriptTable {
    /** The script a text is wholly written in. */
    public enum Script { TRADITIONAL, SIMPLIFIED }

    private static final Map<Character, Character> T2S = ChineseText.t2s();
    /** Simplified-only characters → their usual traditional form. */
    private static final Map<Character, Character> S2T = simplifiedOnly();

    private ScriptTable() {
    }

    public static boolean traditional(char c) {
        return T2S.containsKey(c);
    }

    public static boolean simplified(char c) {
        return S2T.containsKey(c);
    }

    /** The other script's form of an odd character, for the message. */
    public static char counterpart(char c) {
        Character t = T2S.get(c);
        if (t != null) {
            return t;
        }
        return S2T.getOrDefault(c, c);
    }

    /**
     * TRADITIONAL when the text has characters only traditional writing uses and none only
     * simplified writing uses; SIMPLIFIED the other way round; empty when mixed or neither.
     * A traditional case on a simplified site is labelled zh-TW, for readers and screen readers.
     */
    public static java.util.Optional<Script> whollyIn(CharSequence text) {
        boolean t = false;
        boolean s = false;
        for (int i = 0; i < text.length() && !(t && s); i++) {
            char c = text.charAt(i);
            if (traditional(c)) {
                t = true;
            } else if (simplified(c)) {
                s = true;
            }
        }
        return t == s ? java.util.Optional.empty() : java.util.Optional.of(t ? Script.TRADITIONAL : Script.SIMPLIFIED);
    }

    private static Map<Character, Character> simplifiedOnly() {
        Set<Character> targets = new HashSet<>(T2S.values());
        Set<Character> listed = new HashSet<>();
        read("sc.txt", line -> line.chars().forEach(c -> listed.add((char) c)));
        Map<Character, Character> result = new HashMap<>();
        read("STCharacters.txt", line -> {
            int tab = line.indexOf('\t');
            if (tab != 1 || line.length() < 3) {
                return;
            }
            char s = line.charAt(0);
            String[] forms = line.substring(tab + 1).trim().split(" ");
            for (String form : forms) {
                if (form.equals(String.valueOf(s))) {
                    return; // traditional text writes it this way too
                }
            }
            if (targets.contains(s) && !T2S.containsKey(s) && listed.contains(s) && forms[0].length() == 1) {
                result.put(s, forms[0].charAt(0));
            }
        });
        return Map.copyOf(result);
    }

    private static void read(String name, java.util.function.Consumer<String> lines) {
        try (InputStream in = ScriptTable.class.getResourceAsStream("/data/dictionary/" + name)) {
            if (in == null) {
                throw new IllegalStateException("OpenCC dictionary " + name + " missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                lines.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
