package org.branchpress.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handbook's chapter on errors (docs/handbook/errors.md) shows real messages: each example's
 * files are checked as a site of their own, and what the handbook says the program shows must be
 * a line of what {@code check} prints, character for character.
 */
class HandbookErrorsTest {
    static final Path CHAPTER = Path.of("docs", "handbook", "errors.md");
    private static final Pattern FILE = Pattern.compile("文件 `content/([^`]+)`：\\n\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern SHOWN = Pattern.compile("程序显示：\\n\\n```text\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    record Example(String title, Map<String, String> files, List<String> shown) {
    }

    static List<Example> examples() throws IOException {
        String text = Files.readString(CHAPTER, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        for (String section : text.split("\\n### ")) {
            Matcher shown = SHOWN.matcher(section);
            if (!shown.find()) {
                continue; // told in words only (an encoding cannot be shown in a code block)
            }
            Map<String, String> files = new LinkedHashMap<>();
            Matcher file = FILE.matcher(section);
            while (file.find()) {
                files.put(file.group(1), file.group(2));
            }
            examples.add(new Example(section.lines().findFirst().orElse(""), files,
                    shown.group(1).lines().filter(l -> !l.isBlank()).toList()));
        }
        return examples;
    }

    @Test
    void everyMessageInTheHandbookIsWhatCheckPrints() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).as("examples with a message in " + CHAPTER).hasSizeGreaterThanOrEqualTo(10);
        int n = 0;
        for (Example example : examples) {
            assertThat(example.files()).as(example.title()).isNotEmpty();
            TestSite site = new TestSite(dir.resolve("example-" + n++)).settings("");
            example.files().forEach(site::file);
            TestSite.Run run = site.check();
            assertThat(run.status()).as(example.title() + ": " + run.err()).isEqualTo(1);
            List<String> printed = (run.out() + "\n" + run.err()).lines().toList();
            for (String line : example.shown()) {
                assertThat(printed).as(example.title() + " — check printed:\n" + run.out() + run.err()).contains(line);
            }
        }
    }
}
