package org.branchpress.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of OpenCC's dictionary files (src/main/opencc/): a key, a tab, candidates separated by
 * spaces, the first the usual one. Lines starting with {@code #} are comments, except
 * {@code # @reverse-prefer: X Y}, which says which key the reversed table gives for X.
 */
final class OpenccDictionary {
    private static final String PREFER = "# @reverse-prefer:";

    private final Map<String, List<String>> entries;
    private final int longest;

    private OpenccDictionary(Map<String, List<String>> entries) {
        this.entries = Collections.unmodifiableMap(entries);
        this.longest = entries.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    static OpenccDictionary read(String name) {
        return new OpenccDictionary(parse(name, new LinkedHashMap<>()));
    }

    /** Values become keys, as OpenCC's reverse.py makes TWVariantsRev.txt from TWVariants.txt. */
    static OpenccDictionary reversed(String name) {
        Map<String, String> prefer = new LinkedHashMap<>();
        Map<String, List<String>> forward = parse(name, prefer);
        Map<String, List<String>> reverse = new LinkedHashMap<>();
        forward.forEach((key, values) -> values.forEach(v -> reverse.computeIfAbsent(v, x -> new ArrayList<>()).add(key)));
        prefer.forEach((key, preferred) -> {
            List<String> keys = reverse.get(key);
            if (keys == null || !keys.remove(preferred)) {
                throw new IllegalStateException("OpenCC dictionary " + name + ": reverse preference " + key + " → "
                        + preferred + " has no entry");
            }
            keys.add(0, preferred);
        });
        return new OpenccDictionary(reverse);
    }

    Map<String, List<String>> entries() {
        return entries;
    }

    /** The length of the longest key that {@code text} has at {@code from} (before {@code to}); 0 for none. */
    int match(String text, int from, int to) {
        for (int n = Math.min(longest, to - from); n > 0; n--) {
            if (entries.containsKey(text.substring(from, from + n))) {
                return n;
            }
        }
        return 0;
    }

    String first(String key) {
        return entries.get(key).get(0);
    }

    /** The space-separated values after the tab (no regular expression: TSCharacters has 5,000 lines). */
    private static List<String> candidates(String line, int from) {
        List<String> values = new ArrayList<>(2);
        int start = from;
        for (int i = from; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == ' ') {
                if (i > start) {
                    values.add(line.substring(start, i));
                }
                start = i + 1;
            }
        }
        return values;
    }

    private static Map<String, List<String>> parse(String name, Map<String, String> prefer) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        String resource = "/opencc/" + name + ".txt";
        try (InputStream in = OpenccDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenCC dictionary " + resource + " missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(PREFER)) {
                    String[] fields = line.substring(PREFER.length()).trim().split("\\s+");
                    prefer.put(fields[0], fields[fields.length - 1]);
                }
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab <= 0) {
                    continue;
                }
                map.putIfAbsent(line.substring(0, tab), candidates(line, tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
