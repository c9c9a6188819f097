package org.branchpress.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.branchpress.JsTools;
import org.junit.jupiter.api.Test;

/**
 * doiuse (pinned in src/test/js) checks the theme's stylesheets against Chromium 38 and newer:
 * every finding must be in {@code src/test/resources/css-compat-allowed.txt}, for that file and
 * feature and with one of the values listed there, each with the reason it is safe.
 */
class CssCompatibilityTest {
    private static final String BROWSERS = "chrome >= 38";
    private static final Path ALLOWED = Path.of("src", "test", "resources", "css-compat-allowed.txt");
    private static final Pattern ENTRY = Pattern.compile("(\\S+\\.css) (\\S+) values=([^:]+): (.{20,})");

    /** One thing doiuse found: where, which caniuse feature, and the declaration it was in. */
    record Finding(String file, int line, String feature, String property, String value) {
        String key() {
            return file + " " + feature;
        }
    }

    @Test
    void stylesheetsUseOnlyWhatChromium38AndOldWebKitReadOrHaveAFallbackFor() throws Exception {
        Map<String, Set<String>> allowed = allowList();
        assertThat(allowed.keySet()).as("flexbox-gap in " + ALLOWED + ": spacing must be margins")
                .noneMatch(k -> k.endsWith(" flexbox-gap"));
        List<String> refused = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (String css : List.of("style.css", "screen.css")) {
            for (Finding f : doiuse(css)) {
                Set<String> values = allowed.get(f.key());
                if (values != null && values.contains(f.value())) {
                    used.add(f.key());
                } else {
                    refused.add(f.file() + ":" + f.line() + " " + f.feature() + " in `" + f.property()
                            + (f.value().isEmpty() ? "" : ": " + f.value()) + "`"
                            + (values == null ? "" : " (allowed only with " + values + ")"));
                }
            }
        }
        assertThat(refused).as("doiuse findings for " + BROWSERS + " not in " + ALLOWED
                + " (use a fallback, or add the value with the reason it is safe)").isEmpty();
        assertThat(allowed.keySet()).as("entries of " + ALLOWED + " that nothing needs any more")
                .containsExactlyInAnyOrderElementsOf(used);
    }

    /** file + feature → the declaration values allowed, from the allow-list file. */
    private static Map<String, Set<String>> allowList() throws IOException {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ALLOWED, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            assertThat(m.matches()).as("line of " + ALLOWED + " as `FILE FEATURE values=A,B: why it is safe`: " + line)
                    .isTrue();
            allowed.put(m.group(1) + " " + m.group(2), new LinkedHashSet<>(List.of(m.group(3).split(","))));
        }
        return allowed;
    }

    /**
     * Runs doiuse's command line on one stylesheet of templates/assets. Its tokenizer warns
     * "unfinished business" when it lost track of the file (a quote mark in a comment opens a
     * string to it); everything after that point goes unchecked, so the warning fails the test.
     */
    private static List<Finding> doiuse(String css) throws IOException, InterruptedException {
        Path cli = JsTools.file("doiuse/bin/cli.js").toAbsolutePath();
        Path file = Path.of("templates", "assets", css).toAbsolutePath();
        Path out = Files.createTempFile("doiuse-", ".json");
        Path err = Files.createTempFile("doiuse-", ".err");
        try {
            Process p = new ProcessBuilder("node", cli.toString(), "--browsers", BROWSERS, "--json", file.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("doiuse finished on " + css).isTrue();
            String errors = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as("exit status of doiuse on " + css + ": " + errors).isZero();
            assertThat(errors).as("doiuse's warnings on " + css + " (a quote mark in a comment?)").isBlank();
            List<Finding> findings = new ArrayList<>();
            Pattern where = Pattern.compile(":(\\d+):\\d+: ");
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                JsonObject usage = o.getAsJsonObject("usage");
                Matcher at = where.matcher(o.get("message").getAsString());
                // A declaration (prop: value), an at-rule (@name params) or a rule (flex gap: the selector).
                String property = usage.has("prop") ? usage.get("prop").getAsString()
                        : usage.has("name") ? "@" + usage.get("name").getAsString()
                        : usage.has("selector") ? usage.get("selector").getAsString() + " {…}" : "?";
                String value = usage.has("value") ? usage.get("value").getAsString()
                        : usage.has("params") ? usage.get("params").getAsString() : "";
                findings.add(new Finding(css, at.find() ? Integer.parseInt(at.group(1)) : 0,
                        o.get("feature").getAsString(), property, value.trim()));
            }
            return findings;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
