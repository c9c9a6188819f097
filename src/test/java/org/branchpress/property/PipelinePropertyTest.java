package org.branchpress.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import java.util.ArrayList;
import java.util.Random;

import org.branchpress.Pipeline;
import org.branchpress.problem.ContentException;
import org.junit.jupiter.api.Test;

/**
 * Random front matter and Markdown never get anything from the pipeline but a built site or
 * reported problems: no other exception, ever. A seeded loop in plain JUnit: the same 150
 * folders every run, and a failure names the try that shows it.
 */
class PipelinePropertyTest {
    private static final List<String> KEYS = List.of("title", "date", "slug", "tags", "summary", "cover", "draft",
            "status", "type", "kind", "entries", "attendees", "absent", "attendance", "location", "titel", "photos",
            "source", "show_from", "screen");
    private static final List<String> VALUES = List.of("标题", "2024-03-15", "2024-02-30", "昨天", "[a, b]", "{x: 1}",
            "true", "是", "5", "-1", "\"未闭合", "'单引号'", "!!java.lang.Runtime x", "&a [1]", "*a", "~", "",
            "主题党日", "支委会", "media/none.jpg", "../../etc/passwd", "\t缩进", "- 列表", "{present: 3, expected: 2}",
            "[{name: 王伟}, {unit: 一组}]", "<script>alert(1)</script>", "某型号代号", "11010519900307123X");
    private static final List<String> MARKDOWN = List.of("## 一、标题\n", "**一是……。**比如", "[链接](../activities/x.md)",
            "![图](media/a.jpg)", "<script>x</script>", "| a | b |\n|---|---|\n| 1 | 2 |\n", "[^1]\n\n[^1]: 注",
            "`code`", "```\ncode\n```\n", "> 引用\n", "* 列表\n", "<div onclick=x>", "~~删~~", "http://a.b/c",
            "javascript:alert(1)", "\u0000", "\r\n", "机密★", "13812345678", "正文。", "\n\n");

    private static final long SEED = 20261201L;

    @Test
    void randomContentBuildsOrReportsProblems() throws IOException {
        Random random = new Random(SEED);
        for (int t = 0; t < 150; t++) {
            List<String> files = folder(random);
            try {
                buildsOrReports(files);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("try " + t + " (seed " + SEED + "): " + files, e);
            }
        }
    }

    private static void buildsOrReports(List<String> files) throws IOException {
        Path root = Files.createTempDirectory("bp-prop");
        try {
            Path content = root.resolve("content");
            Files.createDirectories(content);
            Files.writeString(content.resolve("site.yaml"), "title: 属性测试\nreview:\n  blocked: [某型号代号]\n");
            String[] sections = {"cases", "honors", "activities", "pages"};
            for (int i = 0; i < files.size(); i++) {
                Path file = content.resolve(sections[i % 4]).resolve("f" + i + ".md");
                Files.createDirectories(file.getParent());
                Files.write(file, files.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            Pipeline pipeline = new Pipeline(stage -> { });
            Pipeline.Options options = new Pipeline.Options(content, Optional.empty(), root.resolve("site"), false,
                    java.time.LocalDate.of(2026, 11, 22));
            try {
                Pipeline.Result result = pipeline.build(options);
                assertThat(root.resolve("site/index.html")).exists();
                assertThat(result.warnings()).noneMatch(p -> p.isError());
            } catch (ContentException e) {
                assertThat(e.problems()).isNotEmpty().anyMatch(p -> p.isError());
                assertThat(e.problems()).allSatisfy(p -> {
                    assertThat(p.file()).startsWith("content/");
                    assertThat(p.message()).isNotBlank();
                });
                assertThat(root.resolve("site")).doesNotExist();
            }
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One to six files, each front matter (random lines or a valid block), a body and an opening. */
    private static List<String> folder(Random random) {
        List<String> files = new ArrayList<>();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            String front;
            if (random.nextInt(4) == 0) {
                front = "title: 正常\ndate: 2024-01-01\ntype: 支委会\nkind: 党员之星\nentries: [{name: 王伟}]";
            } else {
                List<String> lines = new ArrayList<>();
                for (int l = random.nextInt(9); l > 0; l--) {
                    lines.add(pick(random, KEYS) + ": " + pick(random, VALUES));
                }
                front = String.join("\n", lines);
            }
            StringBuilder body = new StringBuilder();
            for (int b = random.nextInt(9); b > 0; b--) {
                body.append(random.nextBoolean() ? pick(random, MARKDOWN) : randomText(random, random.nextInt(41)));
            }
            files.add(pick(random, List.of("---\n", "", "--- \n")) + front + "\n---\n" + body);
        }
        return files;
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** Any code points, control characters and unpaired surrogates included. */
    private static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) (random.nextInt(3) == 0 ? random.nextInt(0x80) : random.nextInt(0x10000)));
        }
        return s.toString();
    }
}
