package org.branchpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary under a command's problems says what that command did and did not do: only a
 * build speaks of the site; new and import say that nothing was written; check that it checked.
 */
class ProblemSummaryTest {
    @TempDir
    Path dir;

    private String missingContent() {
        return dir.resolve("没有这个文件夹").toString();
    }

    @Test
    void newWithoutAContentFolderSaysNothingWasWritten() {
        TestSite.Run run = TestSite.run("new", "case", "标题", "--content", missingContent());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains(": error: 找不到内容文件夹")
                .endsWith("没有新建文件：发现 1 处错误，0 条警告。请按上面的提示修改后重新运行；没有写入任何文件。\n")
                .doesNotContain("网站没有改动").doesNotContain("构建失败");
    }

    @Test
    void importWithoutAContentFolderSaysNothingWasWritten() throws Exception {
        Path draft = Files.writeString(dir.resolve("稿件.txt"), "标题\n\n正文。\n");
        TestSite.Run run = TestSite.run("import", draft.toString(), "--content", missingContent());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).endsWith("没有导入：发现 1 处错误，0 条警告。请按上面的提示修改后重新运行；没有写入任何文件。\n")
                .doesNotContain("网站没有改动").doesNotContain("构建失败");
    }

    @Test
    void anImportOfSeveralFilesCountsWhatWasAndWasNotWritten() throws Exception {
        TestSite site = new TestSite(dir.resolve("site")).settings("");
        Path good = Files.writeString(dir.resolve("good.txt"), "支部开展主题党日活动\n\n2024年3月1日，支部开展主题党日活动。\n");
        Path broken = Files.write(dir.resolve("broken.docx"), "不是 Word 文稿".getBytes(StandardCharsets.UTF_8));
        TestSite.Run run = TestSite.run("import", good.toString(), broken.toString(), "--content",
                site.content().toString());
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(1);
        assertThat(run.err()).contains(broken + ":1:1: error: ")
                .endsWith("导入结束：写入了 1 个文件；1 个文件没有导入（见上面的错误），没有为它们写入任何文件。\n")
                .doesNotContain("网站没有改动").doesNotContain("构建失败");
    }

    @Test
    void aBuildThatFailsSaysTheSiteIsUnchanged() {
        TestSite site = new TestSite(dir).settings("").file("cases/a.md", "---\ntitle: 没有日期\n---\n正文。\n");
        TestSite.Run run = site.build();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).matches("(?s).*\n构建失败：发现 1 处错误，1 条警告。请按上面的提示修改后重新运行；原来的网站没有改动。\n");
    }

    @Test
    void checkSaysItCheckedAndNotThatASiteWasKept() {
        TestSite site = new TestSite(dir).settings("").file("cases/a.md", "---\ntitle: 没有日期\n---\n正文。\n");
        TestSite.Run run = site.check();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).startsWith("content/cases/a.md:");
        assertThat(run.err()).contains("检查完成：1 处错误，").doesNotContain("网站没有改动").doesNotContain("构建失败");
        TestSite.Run none = TestSite.run("check", "--content", missingContent());
        assertThat(none.err()).endsWith("检查完成：发现 1 处错误，0 条警告。请按上面的提示修改后重新运行。\n");
    }
}
