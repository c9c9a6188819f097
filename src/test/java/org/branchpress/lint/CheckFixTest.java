package org.branchpress.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckFixTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private byte[] read(TestSite site, String path) throws IOException {
        return Files.readAllBytes(site.content().resolve(path));
    }

    @Test
    void fixesExactlyTheReportedPlacesAndIsIdempotent() throws IOException {
        TestSite site = new TestSite(dir).settings("").file("cases/a.md", """
                ---
                title: 党员,干部(测试)
                summary: "注意:这里不改"
                date: 2024-01-01
                ---
                ## (一)背景

                党员,干部都来了!你呢?注意:一;二。
                We met Alice, Bob and Carol: all agreed (twice)!
                用 `党员,干部` 表示，[链接,文字](https://a.b/党员,干部?x=1,2) 和 <https://a.b/党,员>。
                网址 https://例子.cn/党员,干部 不改，<span title="党员,干部">文字</span>也不改。

                ```
                党员,干部(代码)
                ```
                """);
        TestSite.Run first = site.check("--fix");
        assertThat(first.status()).isZero();
        assertThat(first.err()).contains("已修正 8 处标点：content/cases/a.md");
        String fixed = """
                ---
                title: 党员,干部(测试)
                summary: "注意:这里不改"
                date: 2024-01-01
                ---
                ## （一）背景

                党员，干部都来了！你呢？注意：一；二。
                We met Alice, Bob and Carol: all agreed (twice)!
                用 `党员,干部` 表示，[链接，文字](https://a.b/党员,干部?x=1,2) 和 <https://a.b/党,员>。
                网址 https://例子.cn/党员,干部 不改，<span title="党员,干部">文字</span>也不改。

                ```
                党员,干部(代码)
                ```
                """;
        assertThat(new String(read(site, "cases/a.md"), StandardCharsets.UTF_8)).isEqualTo(fixed);
        assertThat(first.out().lines().filter(l -> l.contains("content/cases/a.md")).toList()).as("only the title,"
                + " which --fix leaves to the officer").containsExactly(
                "content/cases/a.md:2:10: warning: 标题里用了半角逗号“,”：请改为全角“，”。");

        TestSite.Run second = site.check("--fix");
        assertThat(second.status()).isZero();
        assertThat(second.err()).doesNotContain("已修正");
        assertThat(read(site, "cases/a.md")).isEqualTo(fixed.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsCrLfAndTheByteOrderMark() throws IOException {
        String crlf = "---\r\ntitle: 党员,干部\r\ndate: 2024-01-01\r\n---\r\n党员,干部\r\n\r\n(一)说明\r\n";
        TestSite site = new TestSite(dir).settings("")
                .bytes("cases/a.md", concat(BOM, crlf.getBytes(StandardCharsets.UTF_8)));
        TestSite.Run run = site.check("--fix");
        assertThat(run.err()).contains("已修正 3 处标点：content/cases/a.md");
        String expected = "---\r\ntitle: 党员,干部\r\ndate: 2024-01-01\r\n---\r\n党员，干部\r\n\r\n（一）说明\r\n";
        assertThat(read(site, "cases/a.md")).isEqualTo(concat(BOM, expected.getBytes(StandardCharsets.UTF_8)));

        byte[] before = read(site, "cases/a.md");
        assertThat(site.check("--fix").err()).doesNotContain("已修正");
        assertThat(read(site, "cases/a.md")).isEqualTo(before);
    }

    @Test
    void filesWithNothingToFixAreNotWrittenAndOtherWarningsStillPrint() throws IOException {
        TestSite site = new TestSite(dir).settings("")
                .file("cases/a.md", "---\ntitle: 甲\ndate: 2024-01-01\n---\n党员，干部。\r\n")
                .file("cases/b.md", "---\ntitle: 乙\ndate: 2024-01-01\n---\n![](../media/x.jpg),党员\n")
                .bytes("media/x.jpg", new byte[] {1});
        Path a = site.content().resolve("cases/a.md");
        Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(0));
        TestSite.Run run = site.check("--fix");
        assertThat(run.err()).contains("已修正 1 处标点：content/cases/b.md").doesNotContain("cases/a.md");
        assertThat(Files.getLastModifiedTime(a).toMillis()).isZero();
        assertThat(run.out()).contains("content/cases/b.md:5:1: warning: 图片缺少替代文字");
    }

    @Test
    void helpDescribesFix() {
        TestSite.Run run = TestSite.run("check", "--help");
        assertThat(run.out()).contains("--fix").contains("半角标点");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A full disk (a tiny tmpfs, as root) while --fix rewrites a file: the file stays whole. */
    @Test
    void aFullDiskLeavesTheFileExactlyAsItWasAndExitsOne() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "needs root to mount a small tmpfs");
        Path disk = dir.resolve("disk");
        Files.createDirectories(disk);
        mount("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString());
        try {
            TestSite site = new TestSite(disk).settings("").file("cases/a.md",
                    "---\ntitle: 案例\ndate: 2024-01-01\n---\n" + "党员,干部都来了。\n".repeat(2000));
            byte[] before = read(site, "cases/a.md");
            try (var filler = Files.newOutputStream(disk.resolve("filler"))) {
                byte[] block = new byte[4096];
                while (true) {
                    filler.write(block);
                }
            } catch (IOException full) {
                // the disk is full now
            }
            TestSite.Run run = site.check("--fix");
            assertThat(run.status()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).contains("content/cases/a.md:1:1: error: 无法改写这个文件").contains("原来的内容没有改动")
                    .doesNotContain("没有发现问题").doesNotContain("\tat ");
            assertThat(read(site, "cases/a.md")).isEqualTo(before);
            try (var left = Files.list(site.content().resolve("cases"))) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactly("a.md");
            }
        } finally {
            mount("umount", disk.toString());
        }
    }

    private static void mount(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }

    @Test
    void fixLeavesAPathInAngleBracketsAlone() throws IOException {
        TestSite site = new TestSite(dir).settings("").file("media/活动 照片.png", "x").file("cases/a.md",
                LintRun.FRONT + "见图![合影](<../media/活动 照片.png>)和说明,推进工作。\n");
        TestSite.Run run = site.check("--fix");
        assertThat(run.out()).doesNotContain("替代文字");
        assertThat(new String(read(site, "cases/a.md"), StandardCharsets.UTF_8))
                .contains("见图![合影](<../media/活动 照片.png>)和说明，推进工作。");
    }
}
