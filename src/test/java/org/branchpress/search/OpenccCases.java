package org.branchpress.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenCC's own test cases (src/test/resources/opencc/testcases.json): an input and, per
 * conversion (t2s, s2t, tw2s …), the output OpenCC expects. The file is read with two patterns
 * rather than a JSON library: OpenCC's file has a trailing comma no strict parser accepts.
 */
record OpenccCases(String id, String config, String input, String expected) {
    private static final Pattern CASE = Pattern.compile(
            "\"id\":\\s*\"([^\"]*)\",\\s*\"input\":\\s*\"([^\"]*)\",\\s*\"expected\":\\s*\\{([^}]*)}");
    private static final Pattern EXPECTED = Pattern.compile("\"(\\w+)\":\\s*\"([^\"]*)\"");

    static List<OpenccCases> all() {
        String json;
        try {
            json = Files.readString(Path.of("src/test/resources/opencc/testcases.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<OpenccCases> cases = new ArrayList<>();
        Matcher c = CASE.matcher(json);
        while (c.find()) {
            Matcher e = EXPECTED.matcher(c.group(3));
            while (e.find()) {
                cases.add(new OpenccCases(c.group(1), e.group(1), c.group(2), e.group(2)));
            }
        }
        if (json.split("\"id\":", -1).length - 1 != cases.stream().map(OpenccCases::id).distinct().count()) {
            throw new IllegalStateException("testcases.json: some cases were not read");
        }
        return cases;
    }

    static List<OpenccCases> of(String... configs) {
        List<String> wanted = List.of(configs);
        return all().stream().filter(c -> wanted.contains(c.config())).toList();
    }
}
