package org.branchpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code new} writes a file of each kind whose blanks are placeholders: check and build refuse
 * it, at the first blank, until the officer has written them; it never overwrites.
 */
class NewCommandTest {
    /** What the officer writes in place of each placeholder. */
    private static final Map<String, String> WRITTEN = Map.of("（请填写小标题）", "背景和起因", "（请填写正文）", "正文。",
            "（请填写奖项系列，例如 党员之星）", "党员之星", "（请填写姓名）", "王伟", "（请填写事迹）", "带领突击队攻关。",
            "（请填写活动类型，例如 主题党日）", "主题党日", "（请填写活动纪要）", "纪要。");

    @TempDir
    Path dir;

    @Test
    void aNewCaseIsRefusedAtItsFirstBlankUntilItIsWritten() throws Exception {
        refusedUntilWritten("case", "cases", 8, 6, "（请填写小标题）");
    }

    @Test
    void aNewHonorRollIsRefusedAtItsFirstBlankUntilItIsWritten() throws Exception {
        refusedUntilWritten("honor", "honors", 4, 7, "（请填写奖项系列，例如 党员之星）");
    }

    @Test
    void aNewActivityIsRefusedAtItsFirstBlankUntilItIsWritten() throws Exception {
        refusedUntilWritten("activity", "activities", 4, 7, "（请填写活动类型，例如 主题党日）");
    }

    private void refusedUntilWritten(String kind, String folder, int line, int column, String first) throws Exception {
        TestSite site = new TestSite(dir).settings("");
        TestSite.Run run = TestSite.run("new", kind, "“走进英雄营”" + kind, "--content", site.content().toString(),
                "--today", "2026-11-22");
        assertThat(run.status()).as(run.err()).isZero();
        Path file = Path.of(run.out().strip());
        String text = Files.readString(file);
        assertThat(text).startsWith("---\ntitle: \"“走进英雄营”" + kind + "\"\ndate: 2026-11-22\n");
        String expected = "content/" + folder + "/" + file.getFileName() + ":" + line + ":" + column
                + ": error: 还没有填写：请把“" + first + "”换成真实的内容。";

        TestSite.Run build = site.build();
        assertThat(build.status()).as(build.out()).isEqualTo(1);
        assertThat(build.firstError()).isEqualTo(expected);
        assertThat(site.check().out().lines().findFirst().orElse("")).isEqualTo(expected);

        for (Map.Entry<String, String> w : WRITTEN.entrySet()) {
            text = text.replace(w.getKey(), w.getValue());
        }
        Files.writeString(file, text);
        TestSite.Run written = site.build();
        assertThat(written.status()).as(written.err()).isZero();
        assertThat(site.read("index.html")).contains("“走进英雄营”" + kind);
    }

    @Test
    void honorRollBlanksAreTheNameAndTheCitation() throws Exception {
        TestSite site = new TestSite(dir).settings("");
        TestSite.Run run = TestSite.run("new", "honor", "2026年度党员之星", "--content", site.content().toString(),
                "--today", "2026-11-22");
        String text = Files.readString(Path.of(run.out().strip()));
        assertThat(text).contains("  - name: （请填写姓名）\n").contains("    citation: （请填写事迹）\n")
                .doesNotContain("姓名\n").doesNotContain("事迹。");
        TestSite.Run build = site.build();
        assertThat(build.err()).contains(":7:11: error: 还没有填写：请把“（请填写姓名）”换成真实的内容。")
                .contains(":9:15: error: 还没有填写：请把“（请填写事迹）”换成真实的内容。");
    }

    @Test
    void aDraftWithBlanksIsOnlyWarnedAbout() {
        TestSite site = new TestSite(dir).settings("")
                .file("cases/a.md", "---\ntitle: 草稿\ndate: 2026-11-22\ndraft: true\n---\n（请填写正文）\n");
        TestSite.Run build = site.build();
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(build.err()).contains("content/cases/a.md:6:1: warning: 草稿里还没有填写：发布前请把“（请填写正文）”换成真实的内容。");
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        TestSite site = new TestSite(dir).settings("");
        String[] args = {"new", "case", "“走进英雄营”case", "--content", site.content().toString(), "--today", "2026-11-22"};
        TestSite.Run first = TestSite.run(args);
        assertThat(first.status()).isZero();
        Path file = Path.of(first.out().strip());
        byte[] edited = "---\ntitle: 已经写好的案例\n---\n支部书记改过的正文。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, edited);

        TestSite.Run again = TestSite.run(args);
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).isEqualTo(file + ":1:1: error: 文件已经存在，没有覆盖：请换一个标题，或直接编辑这个文件。\n"
                + "没有新建文件：发现 1 处错误，0 条警告。请按上面的提示修改后重新运行；没有写入任何文件。\n");
        assertThat(file).hasBinaryContent(edited);
        try (java.util.stream.Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        assertThat(TestSite.run("new", "poster", "x", "--content", site.content().toString()).status()).isEqualTo(2);
    }
}
