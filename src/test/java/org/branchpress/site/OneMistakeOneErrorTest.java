package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One mistake gives one error; build and check count the same warnings. */
class OneMistakeOneErrorTest {
    @TempDir
    Path dir;

    private static List<String> problems(String printed) {
        return printed.lines().filter(l -> l.matches(".+:\\d+:\\d+: (error|warning): .*")).toList();
    }

    @Test
    void aLinkToAFileWithItsOwnErrorIsNotASecondError() {
        TestSite site = new TestSite(dir).settings("")
                .file("activities/a.md", "---\ntitle: 主题党日\ndate: 2024-03-15\n---\n纪要。\n")
                .file("cases/c.md", "---\ntitle: 案例\ndate: 2024-03-20\n---\n见[活动记录](../activities/a.md)。\n");
        TestSite.Run build = site.build("--today", "2024-06-01");
        TestSite.Run check = site.check("--today", "2024-06-01");
        assertThat(build.status()).isEqualTo(1);
        assertThat(problems(build.err()).stream().filter(l -> l.contains(": error: ")).toList()).containsExactly(
                "content/activities/a.md:2:1: error: 缺少 type（活动类型，例如 主题党日）：请加上一行 type: …");
        assertThat(problems(check.out()).stream().filter(l -> l.contains(": error: ")).toList())
                .isEqualTo(problems(build.err()).stream().filter(l -> l.contains(": error: ")).toList());
    }

    @Test
    void buildAndCheckReportTheSameWarningsExceptWritingHints() {
        TestSite site = new TestSite(dir).settings("")
                .file("activities/a.md", "---\ntitle: 支委会\ndate: 2024-03-15\ntype: 支委会\n---\n纪要,内容。\n");
        TestSite.Run build = site.build("--today", "2024-06-01");
        TestSite.Run check = site.check("--today", "2024-06-01");
        assertThat(build.status()).as(build.err()).isZero();
        List<String> built = problems(build.err());
        List<String> checked = problems(check.out());
        assertThat(built).isNotEmpty().allMatch(checked::contains);
        assertThat(checked).filteredOn(l -> !built.contains(l)).containsExactly(
                "content/activities/a.md:6:3: warning: 中文里用了半角逗号“,”：请改为全角“，”（运行 check --fix 可自动改正）。");
        assertThat(build.err()).contains(built.size() + " 条警告（写法提示请运行 check 查看）");
        assertThat(check.err()).contains((built.size() + 1) + " 条警告（其中 1 条是写法提示，只在 check 中列出）");
    }
}
