package org.branchpress.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.branchpress.Pipeline;
import org.branchpress.problem.ContentException;

/**
 * Random front matter and Markdown never get anything from the pipeline but a built site or
 * reported problems: no other exception, ever.
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

    @Property(tries = 150)
    void randomContentBuildsOrReportsProblems(@ForAll("folders") List<String> files) throws IOException {
        Path root = Files.createTempDirectory("bp-prop");
        try {
            Path content = root.resolve("content");
            Files.createDirectories(content);
            Files.writeString(content.resolve("site.yaml"), "title: 属性测试\nreview:\n  blocked: [某型号代号]\n");
            String[] sections = {"cases", "honors", "activities", "pages"};
            for (int i = 0; i < files.size(); i++) {
                Path file = content.resolve(sections[i % 4]).resolve("f" + i + ".md");
                Files.createDirectories(file.getParent());
                Files.writeString(file, files.get(i));
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

    @Provide
    Arbitrary<List<String>> folders() {
        return file().list().ofMinSize(1).ofMaxSize(6);
    }

    private Arbitrary<String> file() {
        Arbitrary<String> line = Combinators.combine(Arbitraries.of(KEYS), Arbitraries.of(VALUES))
                .as((k, v) -> k + ": " + v);
        Arbitrary<String> front = line.list().ofMaxSize(8).map(l -> String.join("\n", l));
        Arbitrary<String> body = Arbitraries.oneOf(Arbitraries.of(MARKDOWN), Arbitraries.strings().ofMaxLength(40))
                .list().ofMaxSize(8).map(l -> String.join("", l));
        Arbitrary<String> valid = Arbitraries.of("title: 正常\ndate: 2024-01-01\ntype: 支委会\nkind: 党员之星\n"
                + "entries: [{name: 王伟}]");
        return Combinators.combine(Arbitraries.oneOf(front, valid), body, Arbitraries.of("---\n", "", "--- \n"))
                .as((f, b, open) -> open + f + "\n---\n" + b);
    }
}
